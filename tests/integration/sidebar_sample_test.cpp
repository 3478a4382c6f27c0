// The panel on the sample workbook shipped in concord.oxt (templates/concord-sample-en,
// built into <build>/oxt-extra/samples/): it shows what the sample holds, and Build all
// gives every department its scorecard.
#include "OfficeEnvironment.hpp"
#include "SidebarPanelDriver.hpp"
#include "SidebarTexts.hpp"
#include "uno/text/UnoText.hpp"

#include <Poco/File.h>
#include <Poco/Path.h>

#include <gtest/gtest.h>

#include <algorithm>

namespace concord::integration {

namespace {

std::string sampleWorkbook() {
    Poco::Path path(CONCORD_OXT);
    path.setFileName("");
    path.pushDirectory("oxt-extra");
    path.pushDirectory("samples");
    path.setFileName("concord-sample-en.ods");
    return path.toString();
}

std::string ui(const std::string& id, const std::vector<std::string>& args = {}) {
    return SidebarTexts::text(id, "en", args);
}

int number(const std::string& text) {
    return text.empty() || !std::all_of(text.begin(), text.end(), ::isdigit) ? -1 : std::stoi(text);
}

} // namespace

TEST(SidebarSample, ShowsTheSampleAndBuildsAScorecardPerDepartment) {
    const std::string path = sampleWorkbook();
    if (!Poco::File(path).exists())
        GTEST_SKIP() << "no sample workbook at " << path << " (built with CONCORD_TEMPLATES=ON)";
    const auto document = cli::CalcDocument::load(OfficeEnvironment::office(), path);
    SidebarPanelDriver panel(OfficeEnvironment::office(), document);

    const int departments = number(panel.textAfter(ui("count.departments")));
    EXPECT_GT(departments, 1);
    EXPECT_GT(number(panel.textAfter(ui("count.kpis"))), departments);
    EXPECT_GT(number(panel.textAfter(ui("count.goals"))), 0);
    EXPECT_GT(number(panel.textAfter(ui("count.requests"))), 0);
    EXPECT_EQ(number(panel.textAfter(ui("count.problems"))),
              static_cast<int>(panel.problemLines().size()));
    const auto entries = panel.chooserEntries(1); // "All departments", then one per department
    ASSERT_EQ(static_cast<std::size_t>(departments) + 1, entries.size());

    panel.press(ui("button.all"));
    const std::string built =
        ui("status.built", {"\x01"}).substr(0, ui("status.built", {"\x01"}).find('\x01'));
    ASSERT_TRUE(SidebarPanelDriver::waitUntil([&] { return panel.status().rfind(built, 0) == 0; },
                                              std::chrono::seconds(60)))
        << panel.status();
    const std::string status = panel.status();
    for (std::size_t i = 1; i < entries.size(); ++i) {
        const std::string code = entries[i].substr(0, entries[i].find(' '));
        EXPECT_NE(std::string::npos, status.find("Scorecard " + code)) << code;
        EXPECT_TRUE(
            document.model()->getSheets()->hasByName(::concord::uno::fromUtf8("Scorecard " + code)))
            << code;
    }
}

} // namespace concord::integration
