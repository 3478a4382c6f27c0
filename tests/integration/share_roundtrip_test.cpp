// Sharing the workbook across departments (DESIGN §6), end to end with the real `concord`
// and a real headless Calc: the sample workbook handed out for 2026-12 (ods and xlsx),
// five hand-outs filled in through UNO as department heads would, collected, and the
// collected workbook built; the same collect as the command and as the deck's Collect…
// (one undo step, its lines in the panel's list).
//
// The master: the sample (concord-sample-en) with the December 2026 values of TSG, FIN and
// LOG and FIN's R11 December delivery cleared (the numbers a department still owes).
// Returned files (worked out by hand):
//   TSG (ods):  TSG-LEADS 200, TSG-WON 50, TSG-CONV 25            → 3 filled
//   FIN (xlsx): FIN-DSO 46, FIN-CLOSE 7, FIN-OPEX 110, FIN-OVERDUE 14, R11 delivered on
//               09.12.2026                                          → 5 filled
//   CS (ods):   CS-FCR 99 against the master's 81                  → 1 conflict, 81 kept
//   LOG (xlsx): LOG-LEAD 2.4, and SAL's row "SAL-REV 2026-12 = 100" pasted in
//                                                                   → 1 filled, 1 refused
//   MKT (ods):  MKT-SQL 1800, but stamped by another master       → refused whole
//   MGT, SAL:   not returned.
// Scores of the collected workbook for 2026-12 (DESIGN §3: score = attainment limited to
// 0…1.2; department = weighted mean of the KPIs with an actual):
//   TSG: every KPI at its target (200 of 200; 50 of plan 50; 25 of 25 from baseline 14)
//        → 1, 1, 1 → 1.0.
//   FIN: DSO (down, baseline 52, target 40, weight 2) (46-52)/(40-52) = 0.5; CLOSE (9 → 5)
//        (7-9)/(5-9) = 0.5; OPEX (down, target 100, no baseline) 1-(110-100)/100 = 0.9;
//        OVERDUE (18 → 10) (14-18)/(10-18) = 0.5 → (2·0.5 + 0.5 + 0.9 + 0.5) / 5 = 0.58.
//   LOG: only LOG-LEAD has a December value (the others are stale, left out): (down,
//        baseline 3.4, target 2) (2.4-3.4)/(2-3.4) = 1/1.4 = 0.714285714…
#include "CommandAnswerer.hpp"

#include "GeneratorCli.hpp"
#include "OfficeEnvironment.hpp"
#include "SheetCells.hpp"
#include "SidebarCommands.hpp"
#include "SidebarPanelDriver.hpp"
#include "SidebarTexts.hpp"
#include "cli/office/CalcDocument.hpp"
#include "cli/office/FileUrl.hpp"
#include "core/common/CivilDate.hpp"
#include "uno/text/UnoText.hpp"
#include <rtl/ref.hxx>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <org/concord/CollectResult.hpp>

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Path.h>
#include <Poco/TemporaryFile.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace concord::integration {

namespace {

using ::concord::uno::fromUtf8;
using ::concord::uno::toUtf8;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

using Rows = SheetCells::Rows;
constexpr auto sheet = &SheetCells::sheet;
constexpr auto used = &SheetCells::used;
constexpr auto text = &SheetCells::text;

std::string sampleWorkbook(const std::string& language = "en") {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    path.pushDirectory("oxt-extra");
    path.pushDirectory("samples");
    path.setFileName("concord-sample-" + language + ".ods");
    return path.toString();
}

/// The date serial (null date 1899-12-30) of a day.
double serial(int year, int month, int day) {
    return static_cast<double>(core::common::daysFromCivil({year, month, day}) -
                               core::common::daysFromCivil({1899, 12, 30}));
}

/// One row of cells for setDataArray.
Rows oneRow(const std::vector<Any>& cells) {
    Sequence<Any> row(cells.data(), static_cast<sal_Int32>(cells.size()));
    return Rows(&row, 1);
}

double number(const Any& any) {
    double value = 0;
    any >>= value;
    return value;
}

bool isEmpty(const Any& any) {
    rtl::OUString value;
    return (any >>= value) && value.isEmpty();
}

/// The first row (0-based) whose column 0 is key and whose column periodCol is period (a
/// serial, or a text).
sal_Int32 findRow(const Rows& rows, const std::string& key, sal_Int32 periodCol,
                  const Any& period) {
    for (sal_Int32 r = 1; r < rows.getLength(); ++r)
        if (text(rows[r][0]) == key && rows[r][periodCol] == period)
            return r;
    return -1;
}

/// Every cell of the input tables of a workbook, "Sheet!row,col" → its value as text.
std::map<std::string, std::string> inputCells(const cli::CalcDocument& document) {
    std::map<std::string, std::string> out;
    for (const char* name : {"Departments", "Goals", "KPIs", "Actuals", "Requests", "Deliveries"}) {
        const Rows rows = used(sheet(document, name));
        for (sal_Int32 r = 0; r < rows.getLength(); ++r)
            for (sal_Int32 c = 0; c < rows[r].getLength(); ++c) {
                const Any& cell = rows[r][c];
                const std::string value = cell.getValueTypeClass() == css::uno::TypeClass_DOUBLE
                                              ? std::to_string(number(cell))
                                              : text(cell);
                if (!value.empty())
                    out[std::string(name) + "!" + std::to_string(r) + "," + std::to_string(c)] =
                        value;
            }
    }
    return out;
}

nlohmann::json readJson(const std::string& file) {
    Poco::FileInputStream in(file);
    return nlohmann::json::parse(in);
}

class ShareRoundTrip : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        _folder = Poco::TemporaryFile::tempName() + "-share/";
        Poco::File(_folder + "returned").createDirectories();
        makeMaster();
        _handOutOds = GeneratorCli::run(
            {"handout", path("master.ods"), "--period", "2026-12", "-o", path("ods")}, _folder);
        _handOutXlsx = GeneratorCli::run({"handout", path("master.ods"), "--period", "2026-12",
                                          "-o", path("xlsx"), "--format", "xlsx"},
                                         _folder);
    }
    static void TearDownTestSuite() {
        try {
            Poco::File(_folder).remove(true);
        } catch (const Poco::Exception&) {
            // a file still open in the office: the temporary folder is left behind
        }
    }

    static std::string path(const std::string& name) { return _folder + name; }

    /// The sample with December's TSG, FIN and LOG values and R11's December delivery
    /// cleared, as master.ods.
    static void makeMaster() {
        cli::CalcDocument document =
            cli::CalcDocument::load(OfficeEnvironment::office(), sampleWorkbook());
        const Any december(serial(2026, 12, 1));
        const auto actuals = sheet(document, "Actuals");
        const Rows rows = used(actuals);
        for (sal_Int32 r = 1; r < rows.getLength(); ++r) {
            const std::string kpi = text(rows[r][0]);
            const std::string prefix = kpi.substr(0, kpi.find('-'));
            if ((prefix == "TSG" || prefix == "FIN" || prefix == "LOG") && rows[r][1] == december)
                clear(actuals, 2, r);
        }
        const auto deliveries = sheet(document, "Deliveries");
        clear(deliveries, 2, findRow(used(deliveries), "R11", 1, december));
        document.storeAs(path("master.ods"), "calc8");
    }

    static void clear(const Reference<css::sheet::XSpreadsheet>& s, sal_Int32 col, sal_Int32 row) {
        ASSERT_GE(row, 1);
        Reference<css::sheet::XSheetOperation>(s->getCellRangeByPosition(col, row, col, row),
                                               UNO_QUERY_THROW)
            ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                            css::sheet::CellFlags::STRING);
    }

    /// Types value into the Value (Delivered on) column F of the hand-out row key / period.
    static void type(const cli::CalcDocument& handOut, const std::string& sheetName,
                     const std::string& key, double value) {
        const auto s = sheet(handOut, sheetName);
        const sal_Int32 row = findRow(used(s), key, 3, Any(fromUtf8("2026-12")));
        ASSERT_GE(row, 1) << key;
        s->getCellByPosition(5, row)->setValue(value);
    }

    static void setProperty(const cli::CalcDocument& document, const std::string& name,
                            const std::string& value) {
        Reference<css::beans::XPropertySet>(
            Reference<css::document::XDocumentPropertiesSupplier>(document.model(), UNO_QUERY_THROW)
                ->getDocumentProperties()
                ->getUserDefinedProperties(),
            UNO_QUERY_THROW)
            ->setPropertyValue(fromUtf8(name), Any(fromUtf8(value)));
    }

    /// The five returned files (see the comment at the top), in returned/; made once.
    static std::vector<std::string> fillIn() {
        static const std::vector<std::string> files = makeReturnedFiles();
        return files;
    }

    static std::vector<std::string> makeReturnedFiles() {
        auto office = [](const std::string& name) {
            return cli::CalcDocument::load(OfficeEnvironment::office(), path(name));
        };
        {
            cli::CalcDocument tsg = office("ods/TSG 2026-12.ods");
            type(tsg, "Actuals", "TSG-LEADS", 200);
            type(tsg, "Actuals", "TSG-WON", 50);
            type(tsg, "Actuals", "TSG-CONV", 25);
            tsg.storeAs(path("returned/TSG 2026-12.ods"), "calc8");
        }
        {
            cli::CalcDocument fin = office("xlsx/FIN 2026-12.xlsx");
            type(fin, "Actuals", "FIN-DSO", 46);
            type(fin, "Actuals", "FIN-CLOSE", 7);
            type(fin, "Actuals", "FIN-OPEX", 110);
            type(fin, "Actuals", "FIN-OVERDUE", 14);
            type(fin, "Deliveries", "R11", serial(2026, 12, 9));
            fin.storeAs(path("returned/FIN 2026-12.xlsx"), "Calc Office Open XML");
        }
        {
            cli::CalcDocument cs = office("ods/CS 2026-12.ods");
            type(cs, "Actuals", "CS-FCR", 99);
            cs.storeAs(path("returned/CS 2026-12.ods"), "calc8");
        }
        {
            cli::CalcDocument log = office("xlsx/LOG 2026-12.xlsx");
            type(log, "Actuals", "LOG-LEAD", 2.4);
            // The head unprotects the sheet (no password) and pastes a row of Sales.
            const auto actuals = sheet(log, "Actuals");
            Reference<css::util::XProtectable>(actuals, UNO_QUERY_THROW)->unprotect("");
            const sal_Int32 next = used(actuals).getLength();
            Reference<css::sheet::XCellRangeData>(actuals->getCellRangeByPosition(0, next, 5, next),
                                                  UNO_QUERY_THROW)
                ->setDataArray(oneRow({Any(fromUtf8("SAL-REV")), Any(fromUtf8("Sales revenue")),
                                       Any(fromUtf8("mln RUB")), Any(fromUtf8("2026-12")),
                                       Any(95.0), Any(100.0)}));
            log.storeAs(path("returned/LOG 2026-12.xlsx"), "Calc Office Open XML");
        }
        {
            cli::CalcDocument mkt = office("ods/MKT 2026-12.ods");
            type(mkt, "Actuals", "MKT-SQL", 1800);
            setProperty(mkt, "ConcordShareMaster", "another-master");
            mkt.storeAs(path("returned/MKT 2026-12.ods"), "calc8");
        }
        return {path("returned/TSG 2026-12.ods"), path("returned/FIN 2026-12.xlsx"),
                path("returned/CS 2026-12.ods"), path("returned/LOG 2026-12.xlsx"),
                path("returned/MKT 2026-12.ods")};
    }

    static std::string _folder;
    static GeneratorCli::Outcome _handOutOds;
    static GeneratorCli::Outcome _handOutXlsx;
};

std::string ShareRoundTrip::_folder;
GeneratorCli::Outcome ShareRoundTrip::_handOutOds;
GeneratorCli::Outcome ShareRoundTrip::_handOutXlsx;

} // namespace

TEST_F(ShareRoundTrip, HandOutWritesOneFilePerDepartmentInOdsAndXlsx) {
    ASSERT_EQ(0, _handOutOds.exitCode) << _handOutOds.err;
    ASSERT_EQ(0, _handOutXlsx.exitCode) << _handOutXlsx.err;
    for (const char* code : {"MGT", "SAL", "MKT", "FIN", "LOG", "CS", "TSG"}) {
        EXPECT_TRUE(Poco::File(path("ods/") + code + " 2026-12.ods").exists()) << code;
        EXPECT_TRUE(Poco::File(path("xlsx/") + code + " 2026-12.xlsx").exists()) << code;
    }
    std::vector<std::string> files;
    Poco::File(path("ods")).list(files);
    EXPECT_EQ(7u, files.size());

    // FIN's hand-out: About, Actuals (its 4 monthly KPIs for December, Value empty, plan
    // shown), Deliveries, Requests, and its scorecard copied from the master.
    cli::CalcDocument fin =
        cli::CalcDocument::load(OfficeEnvironment::office(), path("ods/FIN 2026-12.ods"));
    for (const char* name : {"About", "Actuals", "Deliveries", "Requests", "Scorecard FIN"})
        EXPECT_TRUE(fin.model()->getSheets()->hasByName(fromUtf8(name))) << name;
    const Rows actuals = used(sheet(fin, "Actuals"));
    ASSERT_EQ(5, actuals.getLength());
    EXPECT_EQ("Value", text(actuals[0][5]));
    const std::set<std::string> kpis = {text(actuals[1][0]), text(actuals[2][0]),
                                        text(actuals[3][0]), text(actuals[4][0])};
    EXPECT_EQ((std::set<std::string>{"FIN-DSO", "FIN-CLOSE", "FIN-OPEX", "FIN-OVERDUE"}), kpis);
    for (sal_Int32 r = 1; r < 5; ++r) {
        EXPECT_EQ("2026-12", text(actuals[r][3]));
        EXPECT_TRUE(isEmpty(actuals[r][5]));
    }
}

TEST_F(ShareRoundTrip, ProtectedCellsRefuseAWriteAndUnlockedOnesAcceptIt) {
    ASSERT_EQ(0, _handOutOds.exitCode) << _handOutOds.err;
    cli::CalcDocument sal =
        cli::CalcDocument::load(OfficeEnvironment::office(), path("ods/SAL 2026-12.ods"));
    const auto actuals = sheet(sal, "Actuals");
    const Rows before = used(actuals);
    const auto write = [&](sal_Int32 col) {
        try {
            Reference<css::sheet::XCellRangeData>(actuals->getCellRangeByPosition(col, 1, col, 1),
                                                  UNO_QUERY_THROW)
                ->setDataArray(oneRow({Any(42.0)}));
            return true;
        } catch (const css::uno::RuntimeException&) {
            return false;
        }
    };
    EXPECT_FALSE(write(0)); // A2, the KPI: locked
    EXPECT_FALSE(write(4)); // E2, the plan: locked
    EXPECT_TRUE(write(5));  // F2, the Value: unlocked
    const Rows after = used(actuals);
    EXPECT_EQ(text(before[1][0]), text(after[1][0]));
    EXPECT_EQ(number(before[1][4]), number(after[1][4]));
    EXPECT_EQ(42.0, number(after[1][5]));
    // every sheet is protected, the About sheet included
    Reference<css::container::XIndexAccess> sheets(sal.model()->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
        EXPECT_TRUE(Reference<css::util::XProtectable>(sheets->getByIndex(i), UNO_QUERY_THROW)
                        ->isProtected());
}

TEST_F(ShareRoundTrip, CollectMergesEveryExpectedValueAndRefusesEveryTamperedRow) {
    ASSERT_EQ(0, _handOutOds.exitCode) << _handOutOds.err;
    ASSERT_EQ(0, _handOutXlsx.exitCode) << _handOutXlsx.err;
    const std::vector<std::string> returned = fillIn();
    const std::string masterHash = GeneratorCli::fileHash(path("master.ods"));

    std::vector<std::string> arguments = {"collect", path("master.ods")};
    arguments.insert(arguments.end(), returned.begin(), returned.end());
    for (const char* more : {"-o", "out.ods", "--json", "report.json"})
        arguments.push_back(more);
    const auto run = GeneratorCli::run(arguments, _folder);
    EXPECT_EQ(65, run.exitCode) << run.err; // refused and in conflict: 65, OUT written
    EXPECT_EQ(masterHash, GeneratorCli::fileHash(path("master.ods")));
    ASSERT_TRUE(Poco::File(path("out.ods")).exists()) << run.err;

    // The report: per file, and exactly the expected conflicts and refusals.
    const nlohmann::json report = readJson(path("report.json"));
    ASSERT_EQ(5u, report["files"].size());
    std::map<std::string, nlohmann::json> byDepartment;
    for (const auto& counts : report["departments"])
        byDepartment[counts["code"]] = counts;
    EXPECT_EQ(3, byDepartment["TSG"]["filled"]);
    EXPECT_EQ(5, byDepartment["FIN"]["filled"]);
    EXPECT_EQ(0, byDepartment["FIN"]["conflicts"]);
    EXPECT_EQ(1, byDepartment["CS"]["conflicts"]);
    EXPECT_EQ(0, byDepartment["CS"]["filled"]);
    EXPECT_EQ(1, byDepartment["LOG"]["filled"]);
    EXPECT_EQ(1, byDepartment["LOG"]["refused"]);
    EXPECT_EQ(0u, byDepartment.count("MKT"));
    EXPECT_EQ("other_master", report["files"][4]["status"]);
    EXPECT_EQ(nlohmann::json::array({"MGT", "SAL"}), report["not_returned"]);
    std::vector<std::string> issues;
    for (const auto& file : report["files"])
        for (const auto& line : file["lines"]) {
            const std::string outcome = line["outcome"];
            if (outcome != "filled" && outcome != "empty" && outcome != "unchanged")
                issues.push_back(outcome + " " + line["key"].get<std::string>() + " " +
                                 line["period"].get<std::string>());
        }
    EXPECT_EQ((std::vector<std::string>{"conflict CS-FCR 2026-12",
                                        "refused_foreign_kpi SAL-REV 2026-12"}),
              issues);
    const nlohmann::json& conflict = report["files"][2]["lines"];
    for (const auto& line : conflict)
        if (line["outcome"] == "conflict") {
            EXPECT_EQ(81, line["master"]);
            EXPECT_EQ(99, line["returned"]);
        }
    EXPECT_NE(std::string::npos, run.out.find("Not returned: MGT, SAL")) << run.out;

    // OUT: the master plus exactly the merged cells, nothing else changed.
    cli::CalcDocument master =
        cli::CalcDocument::load(OfficeEnvironment::office(), path("master.ods"));
    cli::CalcDocument out = cli::CalcDocument::load(OfficeEnvironment::office(), path("out.ods"));
    const std::map<std::string, std::string> before = inputCells(master);
    const std::map<std::string, std::string> after = inputCells(out);
    const Rows actuals = used(sheet(out, "Actuals"));
    const Any december(serial(2026, 12, 1));
    std::map<std::string, std::string> expected = before;
    const std::map<std::string, double> merged = {
        {"TSG-LEADS", 200}, {"TSG-WON", 50},   {"TSG-CONV", 25},    {"FIN-DSO", 46},
        {"FIN-CLOSE", 7},   {"FIN-OPEX", 110}, {"FIN-OVERDUE", 14}, {"LOG-LEAD", 2.4}};
    for (const auto& [kpi, value] : merged) {
        const sal_Int32 row = findRow(actuals, kpi, 1, december);
        ASSERT_GE(row, 1) << kpi;
        EXPECT_DOUBLE_EQ(value, number(actuals[row][2])) << kpi;
        expected["Actuals!" + std::to_string(row) + ",2"] = std::to_string(value);
    }
    const Rows deliveries = used(sheet(out, "Deliveries"));
    const sal_Int32 r11 = findRow(deliveries, "R11", 1, december);
    ASSERT_GE(r11, 1);
    EXPECT_EQ(serial(2026, 12, 9), number(deliveries[r11][2]));
    expected["Deliveries!" + std::to_string(r11) + ",2"] = std::to_string(serial(2026, 12, 9));
    EXPECT_EQ(expected, after);

    // The collected workbook builds to the scores worked out by hand (top of the file).
    const auto build = GeneratorCli::run({"build", path("out.ods"), "--period", "2026-12", "-o",
                                          "built.ods", "--json", "built.json"},
                                         _folder);
    ASSERT_EQ(0, build.exitCode) << build.err;
    std::map<std::string, double> scores;
    const nlohmann::json built = readJson(path("built.json"));
    for (const auto& department : built["departments"])
        if (department["score"].is_number())
            scores[department["code"].get<std::string>()] = department["score"].get<double>();
    ASSERT_EQ(3u, scores.count("TSG") + scores.count("FIN") + scores.count("LOG"))
        << built["departments"].dump().substr(0, 3000) << build.out;
    EXPECT_NEAR(1.0, scores["TSG"], 1e-9);
    EXPECT_NEAR(0.58, scores["FIN"], 1e-9);
    EXPECT_NEAR(1 / 1.4, scores["LOG"], 1e-9);

    // Collecting the same files again into OUT changes nothing.
    std::vector<std::string> again = {"collect", path("out.ods")};
    again.insert(again.end(), returned.begin(), returned.end());
    again.push_back("-o");
    again.push_back("out2.ods");
    const auto second = GeneratorCli::run(again, _folder);
    EXPECT_EQ(65, second.exitCode) << second.err; // the conflict and the refusals stay
    EXPECT_NE(std::string::npos, second.out.find("(0 cells merged)")) << second.out;
    cli::CalcDocument out2 = cli::CalcDocument::load(OfficeEnvironment::office(), path("out2.ods"));
    EXPECT_EQ(after, inputCells(out2));
}

TEST_F(ShareRoundTrip, RussianMasterGetsRussianHandOuts) {
    // The Russian sample (Russian sheet names and headers): every sheet name, header and
    // sentence of the hand-out in Russian, the scorecard copy included; the stamp as in
    // English.
    const auto run = GeneratorCli::run({"handout", sampleWorkbook("ru"), "--period", "2026-12",
                                        "-o", path("ru"), "--format", "xlsx"},
                                       _folder);
    ASSERT_EQ(0, run.exitCode) << run.err;
    cli::CalcDocument sal =
        cli::CalcDocument::load(OfficeEnvironment::office(), path("ru/SAL 2026-12.xlsx"));
    EXPECT_EQ((std::vector<std::string>{"О файле", "Факт", "Поставки", "Запросы", "Карта SAL"}),
              [&] {
                  std::vector<std::string> names;
                  for (const rtl::OUString& name : sal.model()->getSheets()->getElementNames())
                      names.push_back(toUtf8(name));
                  return names;
              }());
    EXPECT_EQ("SAL — Продажи: данные за 2026-12", text(used(sheet(sal, "О файле"))[0][0]));
    EXPECT_EQ("Значение", text(used(sheet(sal, "Факт"))[0][5]));
    const auto properties =
        Reference<css::document::XDocumentPropertiesSupplier>(sal.model(), UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties();
    rtl::OUString department;
    Reference<css::beans::XPropertySet>(properties, UNO_QUERY_THROW)
        ->getPropertyValue("ConcordShareDepartment") >>= department;
    EXPECT_EQ("SAL", toUtf8(department));
}

TEST_F(ShareRoundTrip, CollectCommandMergesIntoTheOpenMasterAsOneUndoStep) {
    // vnd.concord:Collect (the sidebar's Collect… without its picker) on the master open in
    // Calc: the 9 cells of the round trip (TSG 3, FIN 5, LOG 1) in one undo step, which
    // undoes them all.
    ASSERT_EQ(0, _handOutOds.exitCode) << _handOutOds.err;
    ASSERT_EQ(0, _handOutXlsx.exitCode) << _handOutXlsx.err;
    const std::vector<std::string> returned = fillIn();
    cli::CalcDocument master =
        cli::CalcDocument::load(OfficeEnvironment::office(), path("master.ods"));
    const std::map<std::string, std::string> before = inputCells(master);
    const auto undo =
        Reference<css::document::XUndoManagerSupplier>(master.model(), UNO_QUERY_THROW)
            ->getUndoManager();
    const sal_Int32 stepsBefore = undo->getAllUndoActionTitles().getLength();

    std::vector<rtl::OUString> urls;
    for (const std::string& file : returned)
        urls.push_back(fromUtf8(cli::FileUrl::fromPath(file)));
    // The master itself picked by mistake: read as it is open (no stamp: refused whole),
    // and left open.
    urls.push_back(Reference<css::frame::XModel>(master.model(), UNO_QUERY_THROW)->getURL());
    const auto outcome = SidebarCommands::execute(
        master, "vnd.concord:Collect",
        {SidebarCommands::argument(
            "URLs",
            Any(Sequence<rtl::OUString>(urls.data(), static_cast<sal_Int32>(urls.size()))))});
    ASSERT_TRUE(outcome.reported);
    ASSERT_TRUE(outcome.success);
    org::concord::CollectResult result;
    ASSERT_TRUE(outcome.result >>= result);
    EXPECT_EQ(9, result.written);
    EXPECT_FALSE(result.clean);
    // CS conflict, LOG refusal, MKT and the master itself refused whole
    ASSERT_EQ(4, result.issues.getLength());
    EXPECT_NE(std::string::npos, toUtf8(result.issues[3]).find("master.ods: refused whole"));
    EXPECT_NE(std::string::npos, toUtf8(result.issues[0]).find("CS-FCR"));
    EXPECT_EQ("Actuals", toUtf8(result.issueCells[0]).substr(0, 7));
    EXPECT_EQ(stepsBefore + 1, undo->getAllUndoActionTitles().getLength());
    EXPECT_EQ("Concord: collect", toUtf8(undo->getCurrentUndoActionTitle()));
    EXPECT_NE(before, inputCells(master));
    undo->undo();
    EXPECT_EQ(before, inputCells(master));
}

TEST_F(ShareRoundTrip, PanelCollectListsEveryIssueAndChoosingOneSelectsTheMasterCell) {
    // The deck's Collect… on the master open in Calc: its command's file picker answered by
    // a CommandAnswerer with the five returned files. One undo step; the per-department
    // summary, who has not returned, then the CS conflict, the LOG refusal and the MKT
    // file at the head of the message list; choosing the conflict selects CS-FCR's December
    // Value cell of the master.
    ASSERT_EQ(0, _handOutOds.exitCode) << _handOutOds.err;
    ASSERT_EQ(0, _handOutXlsx.exitCode) << _handOutXlsx.err;
    const std::vector<std::string> returned = fillIn();
    cli::CalcDocument master =
        cli::CalcDocument::load(OfficeEnvironment::office(), path("master.ods"));
    std::vector<rtl::OUString> urls;
    for (const std::string& file : returned)
        urls.push_back(fromUtf8(cli::FileUrl::fromPath(file)));
    const rtl::Reference<CommandAnswerer> answerer(new CommandAnswerer(
        "vnd.concord:Collect",
        {SidebarCommands::argument(
            "URLs",
            Any(Sequence<rtl::OUString>(urls.data(), static_cast<sal_Int32>(urls.size()))))}));
    answerer->start(SidebarCommands::frameOf(master));
    const auto undo =
        Reference<css::document::XUndoManagerSupplier>(master.model(), UNO_QUERY_THROW)
            ->getUndoManager();
    const sal_Int32 stepsBefore = undo->getAllUndoActionTitles().getLength();
    {
        SidebarPanelDriver panel(OfficeEnvironment::office(), master);
        panel.press(SidebarTexts::text("button.collect", "en"));
        const bool merged = SidebarPanelDriver::waitUntil(
            [&] { return undo->getAllUndoActionTitles().getLength() > stepsBefore; },
            std::chrono::seconds(60));
        ASSERT_TRUE(merged) << panel.status();
        EXPECT_EQ(1, answerer->answered());
        EXPECT_EQ(stepsBefore + 1, undo->getAllUndoActionTitles().getLength());
        const bool listed = SidebarPanelDriver::waitUntil([&] {
            const auto lines = panel.problemLines();
            return !lines.empty() && lines[0].rfind("FIN 2026-12:", 0) == 0;
        });
        const std::vector<std::string> lines = panel.problemLines();
        ASSERT_TRUE(listed) << (lines.empty() ? std::string("(none)") : lines[0]);
        EXPECT_EQ("Collected 5 files: 9 cells merged; 3 lines to check in the list.",
                  panel.status());
        // FIN, LOG, CS, TSG (the master's order), not returned; then the three issues
        ASSERT_GE(lines.size(), 8u);
        EXPECT_EQ("Not returned: MGT, SAL", lines[4]);
        EXPECT_NE(std::string::npos, lines[5].find("CS CS-FCR 2026-12: conflict")) << lines[5];
        EXPECT_NE(std::string::npos, lines[6].find("LOG SAL-REV 2026-12: refused")) << lines[6];
        EXPECT_NE(std::string::npos, lines[7].find("MKT 2026-12.ods: refused whole")) << lines[7];

        const sal_Int32 row =
            findRow(used(sheet(master, "Actuals")), "CS-FCR", 1, Any(serial(2026, 12, 1)));
        panel.chooseProblem(5);
        const auto view = Reference<css::view::XSelectionSupplier>(
            Reference<css::frame::XModel>(master.model(), UNO_QUERY_THROW)->getCurrentController(),
            UNO_QUERY_THROW);
        const bool selected = SidebarPanelDriver::waitUntil([&] {
            const Reference<css::sheet::XCellRangeAddressable> range(view->getSelection(),
                                                                     css::uno::UNO_QUERY);
            if (!range.is())
                return false;
            const auto address = range->getRangeAddress();
            return address.StartColumn == 2 && address.StartRow == row;
        });
        EXPECT_TRUE(selected) << "CS-FCR is on row " << row + 1;
    }
    answerer->stop();
}

} // namespace concord::integration
