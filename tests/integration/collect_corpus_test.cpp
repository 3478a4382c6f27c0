// `concord collect` on returned hand-outs that went wrong on their way back (issue 14,
// "Hardening"), each made from FIN's real 2026-12 hand-out of the sample workbook:
//   truncated   the file cut to half its bytes                → refused whole (unreadable)
//   password    saved with a password                         → refused whole (password)
//   other       FIN-DSO 46, stamped by another master         → refused whole (other master)
//   moved       FIN-DSO's row (46) cut from Actuals and pasted
//               on Deliveries                                  → 1 listed, nothing merged
//   formula     FIN-DSO's Value is the formula =E<row>+0       → 1 refused (formula)
//   10k rows    FIN-DSO 46, and 10,000 rows of FIN-DSO for the
//               months from 2030-01 added below                → 1 filled, 10,000 listed
// FIN's hand-out holds 4 Actuals rows (FIN-DSO, FIN-CLOSE, FIN-OPEX, FIN-OVERDUE 2026-12)
// and 7 Deliveries rows (the December deliveries of the requests FIN provides), all empty:
// a file that merges row by row leaves 3 + 7 = 10 of them empty.
// The master is the sample with FIN's December values cleared, so FIN-DSO 2026-12's Value
// cell is empty: the one cell any of these may fill is that one, by the 10k-rows file.
// Each file alone: exit code 65, the line naming the file (and cell), MASTER's bytes
// unchanged, OUT = MASTER but for the expected cell. Then the whole corpus in one collect,
// which prints files tried, crashes and wrongly merged rows.
#include "GeneratorCli.hpp"
#include "OfficeEnvironment.hpp"
#include "SheetCells.hpp"
#include "cli/office/CalcDocument.hpp"
#include "core/common/CivilDate.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Path.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <sstream>

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

constexpr sal_Int32 valueCol = 5; // the hand-out's Value column (F); the plan is E
constexpr int addedRows = 10000;

std::string sampleWorkbook() {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    return path.toString() + "oxt-extra/samples/concord-sample-en.ods";
}

double december() {
    return static_cast<double>(core::common::daysFromCivil({2026, 12, 1}) -
                               core::common::daysFromCivil({1899, 12, 30}));
}

/// The row (0-based) whose column 0 is key and column periodCol equals period, or -1.
sal_Int32 findRow(const Rows& rows, const std::string& key, sal_Int32 periodCol,
                  const Any& period) {
    for (sal_Int32 r = 1; r < rows.getLength(); ++r)
        if (text(rows[r][0]) == key && rows[r][periodCol] == period)
            return r;
    return -1;
}

/// Every non-empty cell of the input tables, "Sheet!row,col" → value as text.
std::map<std::string, std::string> inputCells(const cli::CalcDocument& document) {
    std::map<std::string, std::string> out;
    for (const char* name : {"Departments", "Goals", "KPIs", "Actuals", "Requests", "Deliveries"}) {
        const Rows rows = used(sheet(document, name));
        for (sal_Int32 r = 0; r < rows.getLength(); ++r)
            for (sal_Int32 c = 0; c < rows[r].getLength(); ++c) {
                double number = 0;
                const std::string value =
                    (rows[r][c] >>= number) ? std::to_string(number) : text(rows[r][c]);
                if (!value.empty())
                    out[std::string(name) + "!" + std::to_string(r) + "," + std::to_string(c)] =
                        value;
            }
    }
    return out;
}

/// The cells of after that differ from before (changed, added or removed).
std::map<std::string, std::string> changed(const std::map<std::string, std::string>& before,
                                           const std::map<std::string, std::string>& after) {
    std::map<std::string, std::string> out;
    for (const auto& [cell, value] : after)
        if (auto found = before.find(cell); found == before.end() || found->second != value)
            out[cell] = value;
    for (const auto& [cell, value] : before)
        if (!after.count(cell))
            out[cell] = "(removed)";
    return out;
}

void unprotect(const Reference<css::sheet::XSpreadsheet>& s) {
    Reference<css::util::XProtectable>(s, UNO_QUERY_THROW)->unprotect("");
}

class CollectCorpus : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!Poco::File(sampleWorkbook()).exists())
            return;
        _folder = Poco::TemporaryFile::tempName() + "-corpus/";
        Poco::File(_folder + "returned").createDirectories();
        makeMaster();
        _handOut = GeneratorCli::run(
            {"handout", path("master.ods"), "--period", "2026-12", "-o", path("handouts")},
            _folder);
        if (_handOut.exitCode == 0)
            makeCorpus();
    }
    static void TearDownTestSuite() {
        try {
            if (!_folder.empty())
                Poco::File(_folder).remove(true);
        } catch (const Poco::Exception&) {
            // a file still open in the office: the temporary folder is left behind
        }
    }
    void SetUp() override {
        if (_folder.empty())
            GTEST_SKIP() << "no sample workbook at " << sampleWorkbook();
        ASSERT_EQ(0, _handOut.exitCode) << _handOut.err;
    }

    static std::string path(const std::string& name) { return _folder + name; }

    /// The sample with every December value of FIN cleared, as master.ods; remembers the
    /// cell of FIN-DSO 2026-12's Value ("Actuals!row,2").
    static void makeMaster() {
        cli::CalcDocument document =
            cli::CalcDocument::load(OfficeEnvironment::office(), sampleWorkbook());
        const auto actuals = sheet(document, "Actuals");
        const Rows rows = used(actuals);
        for (sal_Int32 r = 1; r < rows.getLength(); ++r)
            if (text(rows[r][0]).rfind("FIN-", 0) == 0 && rows[r][1] == Any(december()))
                Reference<css::sheet::XSheetOperation>(actuals->getCellRangeByPosition(2, r, 2, r),
                                                       UNO_QUERY_THROW)
                    ->clearContents(css::sheet::CellFlags::VALUE);
        _dsoCell = "Actuals!" + std::to_string(findRow(rows, "FIN-DSO", 1, Any(december()))) + ",2";
        document.storeAs(path("master.ods"), "calc8");
    }

    /// FIN's hand-out, opened for editing; row: FIN-DSO's row on its Actuals sheet.
    static cli::CalcDocument finHandOut(sal_Int32& row) {
        cli::CalcDocument fin =
            cli::CalcDocument::load(OfficeEnvironment::office(), path("handouts/FIN 2026-12.ods"));
        row = findRow(used(sheet(fin, "Actuals")), "FIN-DSO", 3, Any(fromUtf8("2026-12")));
        _actualRows = used(sheet(fin, "Actuals")).getLength() - 1;
        _deliveryRows = used(sheet(fin, "Deliveries")).getLength() - 1;
        return fin;
    }

    static void save(const cli::CalcDocument& document, const std::string& name,
                     const std::string& password = {}) {
        Sequence<css::beans::PropertyValue> arguments(password.empty() ? 2 : 3);
        arguments[0].Name = "FilterName";
        arguments[0].Value <<= rtl::OUString("calc8");
        arguments[1].Name = "Overwrite";
        arguments[1].Value <<= true;
        if (!password.empty()) {
            arguments[2].Name = "Password";
            arguments[2].Value <<= fromUtf8(password);
        }
        Reference<css::frame::XStorable>(document.model(), UNO_QUERY_THROW)
            ->storeToURL(fromUtf8("file://" + path("returned/" + name)), arguments);
        _corpus.push_back(name);
    }

    static void makeCorpus() {
        sal_Int32 row = 0;
        {
            cli::CalcDocument fin = finHandOut(row);
            sheet(fin, "Actuals")->getCellByPosition(valueCol, row)->setValue(46);
            save(fin, "password FIN 2026-12.ods", "secret");
            save(fin, "whole FIN 2026-12.ods");
            _corpus.pop_back(); // not returned as it is: only cut short below
            Poco::FileInputStream in(path("returned/whole FIN 2026-12.ods"));
            std::ostringstream bytes;
            Poco::StreamCopier::copyStream(in, bytes);
            in.close();
            Poco::File(path("returned/whole FIN 2026-12.ods")).remove();
            Poco::FileOutputStream out(path("returned/truncated FIN 2026-12.ods"));
            out << bytes.str().substr(0, bytes.str().size() / 2);
            out.close();
            _corpus.push_back("truncated FIN 2026-12.ods");

            Reference<css::beans::XPropertySet>(
                Reference<css::document::XDocumentPropertiesSupplier>(fin.model(), UNO_QUERY_THROW)
                    ->getDocumentProperties()
                    ->getUserDefinedProperties(),
                UNO_QUERY_THROW)
                ->setPropertyValue("ConcordShareMaster", Any(fromUtf8("another-master")));
            save(fin, "other FIN 2026-12.ods");
        }
        {
            cli::CalcDocument fin = finHandOut(row);
            const auto actuals = sheet(fin, "Actuals");
            const auto deliveries = sheet(fin, "Deliveries");
            unprotect(actuals);
            unprotect(deliveries);
            actuals->getCellByPosition(valueCol, row)->setValue(46);
            const auto source = Reference<css::sheet::XCellRangeData>(
                actuals->getCellRangeByPosition(0, row, valueCol, row), UNO_QUERY_THROW);
            const Rows moved = source->getDataArray();
            Reference<css::sheet::XSheetOperation>(source, UNO_QUERY_THROW)
                ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING);
            const sal_Int32 below = used(deliveries).getLength();
            Reference<css::sheet::XCellRangeData>(
                deliveries->getCellRangeByPosition(0, below, valueCol, below), UNO_QUERY_THROW)
                ->setDataArray(moved);
            _movedCell = "Deliveries!F" + std::to_string(below + 1);
            save(fin, "moved FIN 2026-12.ods");
        }
        {
            cli::CalcDocument fin = finHandOut(row);
            _formula = "=E" + std::to_string(row + 1) + "+0";
            sheet(fin, "Actuals")->getCellByPosition(valueCol, row)->setFormula(fromUtf8(_formula));
            save(fin, "formula FIN 2026-12.ods");
        }
        {
            cli::CalcDocument fin = finHandOut(row);
            const auto actuals = sheet(fin, "Actuals");
            actuals->getCellByPosition(valueCol, row)->setValue(46);
            unprotect(actuals);
            const sal_Int32 below = used(actuals).getLength();
            Rows rows(addedRows);
            for (int i = 0; i < addedRows; ++i) {
                const int year = 2030 + i / 12, month = 1 + i % 12;
                Sequence<Any> cells(valueCol + 1);
                cells[0] <<= fromUtf8("FIN-DSO");
                for (sal_Int32 c = 1; c < valueCol; ++c)
                    cells[c] <<= rtl::OUString();
                cells[3] <<= fromUtf8(std::to_string(year) + (month < 10 ? "-0" : "-") +
                                      std::to_string(month));
                cells[valueCol] <<= static_cast<double>(i + 1);
                rows[i] = cells;
            }
            Reference<css::sheet::XCellRangeData>(
                actuals->getCellRangeByPosition(0, below, valueCol, below + addedRows - 1),
                UNO_QUERY_THROW)
                ->setDataArray(rows);
            save(fin, "10k rows FIN 2026-12.ods");
        }
    }

    struct Collected {
        GeneratorCli::Outcome run;
        nlohmann::json report;
        std::map<std::string, std::string> changedCells; ///< OUT against MASTER
        bool masterUnchanged = false;
    };

    /// Collects files (names in returned/) into OUT; reads the report and OUT.
    static Collected collect(const std::vector<std::string>& files) {
        const std::string hash = GeneratorCli::fileHash(path("master.ods"));
        std::vector<std::string> arguments = {"collect", path("master.ods")};
        for (const std::string& file : files)
            arguments.push_back(path("returned/" + file));
        for (const char* more : {"-o", "out.ods", "--json", "report.json"})
            arguments.push_back(more);
        Collected out;
        out.run = GeneratorCli::run(arguments, _folder);
        out.masterUnchanged = hash == GeneratorCli::fileHash(path("master.ods"));
        if (Poco::File(path("report.json")).exists()) {
            Poco::FileInputStream in(path("report.json"));
            out.report = nlohmann::json::parse(in);
            in.close();
            Poco::File(path("report.json")).remove();
        }
        if (Poco::File(path("out.ods")).exists()) {
            cli::CalcDocument master =
                cli::CalcDocument::load(OfficeEnvironment::office(), path("master.ods"));
            cli::CalcDocument merged =
                cli::CalcDocument::load(OfficeEnvironment::office(), path("out.ods"));
            out.changedCells = changed(inputCells(master), inputCells(merged));
            merged.close();
            Poco::File(path("out.ods")).remove();
        }
        return out;
    }

    /// The outcomes of a report's lines, "outcome" → count.
    static std::map<std::string, int> outcomes(const nlohmann::json& report) {
        std::map<std::string, int> out;
        for (const auto& file : report["files"])
            for (const auto& line : file["lines"])
                ++out[line["outcome"].get<std::string>()];
        return out;
    }

    static std::string _folder;
    static GeneratorCli::Outcome _handOut;
    static std::vector<std::string> _corpus;
    static std::string _dsoCell;
    static std::string _movedCell;
    static std::string _formula;
    static sal_Int32 _actualRows;
    static sal_Int32 _deliveryRows;
};

std::string CollectCorpus::_folder;
GeneratorCli::Outcome CollectCorpus::_handOut;
std::vector<std::string> CollectCorpus::_corpus;
std::string CollectCorpus::_dsoCell;
std::string CollectCorpus::_movedCell;
std::string CollectCorpus::_formula;
sal_Int32 CollectCorpus::_actualRows = 0;
sal_Int32 CollectCorpus::_deliveryRows = 0;

} // namespace

// --- files refused whole ---

TEST_F(CollectCorpus, FilesCalcCannotOpenOrOfAnotherMasterAreRefusedWholeByName) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"truncated FIN 2026-12.ods", "unreadable"},
        {"password FIN 2026-12.ods", "password"},
        {"other FIN 2026-12.ods", "other_master"}};
    const std::map<std::string, std::string> lines = {
        {"unreadable", "truncated FIN 2026-12.ods: refused whole — Calc cannot open it"},
        {"password", "password FIN 2026-12.ods: refused whole — it is protected by a password"},
        {"other_master", "other FIN 2026-12.ods: refused whole — a hand-out of another master"}};
    for (const auto& [file, status] : cases) {
        const Collected c = collect({file});
        EXPECT_EQ(65, c.run.exitCode) << file << "\n" << c.run.err;
        EXPECT_TRUE(c.masterUnchanged) << file;
        ASSERT_TRUE(c.report.is_object()) << file << ": no report\n" << c.run.err;
        ASSERT_EQ(1u, c.report["files"].size()) << file << "\n" << c.run.err;
        EXPECT_EQ(status, c.report["files"][0]["status"]) << file;
        EXPECT_NE(std::string::npos, c.run.out.find(lines.at(status))) << c.run.out;
        EXPECT_NE(std::string::npos, c.run.out.find("(0 cells merged)")) << c.run.out;
        EXPECT_TRUE(c.changedCells.empty()) << file << ": " << c.changedCells.begin()->first;
    }
}

// --- files merged row by row ---

TEST_F(CollectCorpus, FinsHandOutHoldsFourActualsAndSevenDeliveries) {
    EXPECT_EQ(4, _actualRows);
    EXPECT_EQ(7, _deliveryRows);
}

TEST_F(CollectCorpus, RowMovedToDeliveriesIsListedByItsCellNotMerged) {
    const Collected c = collect({"moved FIN 2026-12.ods"});
    EXPECT_EQ(65, c.run.exitCode) << c.run.err;
    EXPECT_TRUE(c.masterUnchanged);
    EXPECT_EQ((std::map<std::string, int>{{"empty", 10}, {"unknown", 1}}), outcomes(c.report));
    EXPECT_NE(std::string::npos,
              c.run.out.find("FIN FIN-DSO 2026-12: listed, not merged — the hand-out had no such "
                             "row (moved FIN 2026-12.ods: " +
                             _movedCell + ")"))
        << c.run.out;
    EXPECT_TRUE(c.changedCells.empty());
}

TEST_F(CollectCorpus, FormulaInsteadOfAValueIsRefusedWithTheFormula) {
    const Collected c = collect({"formula FIN 2026-12.ods"});
    EXPECT_EQ(65, c.run.exitCode) << c.run.err;
    EXPECT_TRUE(c.masterUnchanged);
    EXPECT_EQ((std::map<std::string, int>{{"empty", 10}, {"refused_formula", 1}}),
              outcomes(c.report));
    EXPECT_NE(std::string::npos,
              c.run.out.find("FIN FIN-DSO 2026-12: refused — the cell holds a formula (" +
                             _formula + "), not a typed value"))
        << c.run.out;
    EXPECT_TRUE(c.changedCells.empty());
}

TEST_F(CollectCorpus, TenThousandRowsAddedAreListedAndOnlyTheTypedValueMerges) {
    const Collected c = collect({"10k rows FIN 2026-12.ods"});
    EXPECT_EQ(65, c.run.exitCode) << c.run.err;
    EXPECT_TRUE(c.masterUnchanged);
    EXPECT_EQ((std::map<std::string, int>{{"empty", 10}, {"filled", 1}, {"unknown", addedRows}}),
              outcomes(c.report));
    EXPECT_EQ((std::map<std::string, std::string>{{_dsoCell, "46.000000"}}), c.changedCells);
}

// --- the whole corpus at once ---

TEST_F(CollectCorpus, WholeCorpusMergesOnlyWhatItShould) {
    const Collected c = collect(_corpus);
    int crashes = c.run.exitCode == 0 || c.run.exitCode == 65 ? 0 : 1;
    if (c.report.is_null() || c.report["files"].size() != _corpus.size())
        ++crashes;
    const std::map<std::string, std::string> expected = {{_dsoCell, "46.000000"}};
    int wronglyMerged = 0;
    for (const auto& [cell, value] : c.changedCells)
        if (expected.count(cell) == 0 || expected.at(cell) != value)
            ++wronglyMerged;
    std::cout << "collect corpus: files tried " << _corpus.size() << ", crashes " << crashes
              << ", wrongly merged rows " << wronglyMerged << std::endl;
    EXPECT_EQ(65, c.run.exitCode) << c.run.err;
    EXPECT_EQ(0, crashes) << c.run.err;
    EXPECT_EQ(0, wronglyMerged);
    EXPECT_EQ(expected, c.changedCells);
    EXPECT_TRUE(c.masterUnchanged);
    ASSERT_TRUE(c.report.is_object()) << c.run.err;
    EXPECT_EQ(
        (std::map<std::string, int>{
            {"empty", 30}, {"filled", 1}, {"refused_formula", 1}, {"unknown", addedRows + 1}}),
        outcomes(c.report));
}

} // namespace concord::integration
