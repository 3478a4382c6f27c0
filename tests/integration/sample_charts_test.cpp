// The charts of a real build of the sample workbook (templates/concord-sample-en, built
// into <build>/oxt-extra/samples/): every scorecard and the Company sheet carry their
// charts, a rebuild replaces them (never doubles them), undo and redo keep them with their
// sheets, and they print; each has the score line and the attainment bars of DESIGN §3.
#include "GeneratorSheetTexts.hpp"
#include "OfficeEnvironment.hpp"
#include "SheetCharts.hpp"
#include "cli/office/CalcDocument.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <org/concord/Generator.hpp>

#include <Poco/File.h>
#include <Poco/Path.h>

#include <gtest/gtest.h>

#include <map>

namespace concord::integration {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

std::string sampleWorkbook() {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    path.pushDirectory("oxt-extra");
    path.pushDirectory("samples");
    path.setFileName("concord-sample-en.ods");
    return path.toString();
}

Reference<css::sheet::XSpreadsheet> sheetOf(const cli::CalcDocument& document,
                                            const std::string& name) {
    return Reference<css::sheet::XSpreadsheet>(
        document.model()->getSheets()->getByName(::concord::uno::fromUtf8(name)), UNO_QUERY_THROW);
}

/// Builds everything in English and returns sheet name → number of charts of the sheets
/// written.
std::map<std::string, int> build(const cli::CalcDocument& document) {
    const auto result = org::concord::Generator::create(OfficeEnvironment::office().context())
                            ->build(document.model(), {}, "en", "all");
    std::map<std::string, int> charts;
    for (const rtl::OUString& name : result.sheets)
        charts[::concord::uno::toUtf8(name)] =
            SheetCharts::count(sheetOf(document, ::concord::uno::toUtf8(name)));
    return charts;
}

int total(const std::map<std::string, int>& charts) {
    int sum = 0;
    for (const auto& [name, count] : charts)
        sum += count;
    return sum;
}

} // namespace

TEST(SampleCharts, EveryScorecardAndCompanyHasChartsThatFollowTheirSheets) {
    const std::string path = sampleWorkbook();
    if (!Poco::File(path).exists())
        GTEST_SKIP() << "no sample workbook at " << path << " (built with CONCORD_TEMPLATES=ON)";
    const auto document = cli::CalcDocument::load(OfficeEnvironment::office(), path);
    const std::map<std::string, int> first = build(document);
    ASSERT_GT(total(first), 0) << "the core laid out no chart";

    const std::string company = GeneratorSheetTexts::text("sheet.company", "en");
    int scorecards = 0;
    for (const auto& [name, count] : first) {
        if (name == company || name.rfind("Scorecard ", 0) == 0) {
            EXPECT_EQ(2, count) << name;
            scorecards += name == company ? 0 : 1;
            // The sample's period is 2026-12 with actuals from 2026-01: the history holds
            // the 12 months 2026-01…2026-12, so the score line (score, amber and green
            // thresholds) has 3 series of 12 points; the bars are one series, one bar per
            // KPI of the department (Company: one per department, 7 in the sample).
            for (const auto& chart : SheetCharts::read(document.model(), sheetOf(document, name))) {
                if (chart.name == "score") {
                    EXPECT_EQ("com.sun.star.chart2.LineChartType", chart.type) << name;
                    ASSERT_EQ(3u, chart.series.size()) << name;
                    for (const auto& series : chart.series)
                        EXPECT_EQ(12, series.points) << name << " " << series.label;
                } else {
                    EXPECT_EQ(name == company ? "departments" : "attainment", chart.name);
                    EXPECT_EQ("com.sun.star.chart2.ColumnChartType", chart.type) << name;
                    ASSERT_EQ(1u, chart.series.size()) << name;
                    if (name == company) {
                        EXPECT_EQ(7, chart.series[0].points);
                    }
                    EXPECT_GT(chart.series[0].points, 0) << name;
                }
            }
            // Every series reads cells of its own sheet, one value per category.
            for (const auto& chart : SheetCharts::read(document.model(), sheetOf(document, name)))
                for (const auto& series : chart.series) {
                    EXPECT_TRUE(series.values.rfind("$'" + name + "'.", 0) == 0 ||
                                series.values.rfind("$" + name + ".", 0) == 0)
                        << name << " " << chart.name << ": " << series.values;
                    EXPECT_GT(series.points, 0) << name << " " << chart.name;
                }
            // Charts print: the sheet's page style does not leave them out.
            Reference<css::beans::XPropertySet> sheet(sheetOf(document, name), UNO_QUERY_THROW);
            const auto styleName = sheet->getPropertyValue("PageStyle").get<rtl::OUString>();
            Reference<css::container::XNameAccess> styles(
                Reference<css::style::XStyleFamiliesSupplier>(document.model(), UNO_QUERY_THROW)
                    ->getStyleFamilies()
                    ->getByName("PageStyles"),
                UNO_QUERY_THROW);
            Reference<css::beans::XPropertySet> style(styles->getByName(styleName),
                                                      UNO_QUERY_THROW);
            EXPECT_TRUE(style->getPropertyValue("PrintCharts").get<bool>()) << name;
            EXPECT_TRUE(style->getPropertyValue("PrintObjects").get<bool>()) << name;
        }
    }
    EXPECT_GT(scorecards, 1);

    // A rebuild replaces each sheet with its charts: the same counts, not twice as many.
    EXPECT_EQ(first, build(document));
    auto undo = Reference<css::document::XUndoManagerSupplier>(document.model(), UNO_QUERY_THROW)
                    ->getUndoManager();
    undo->undo();
    for (const auto& [name, count] : first)
        EXPECT_EQ(count, SheetCharts::count(sheetOf(document, name))) << "after undo: " << name;
    undo->redo();
    for (const auto& [name, count] : first)
        EXPECT_EQ(count, SheetCharts::count(sheetOf(document, name))) << "after redo: " << name;
}

} // namespace concord::integration
