// Dates in generated sheets in one format per language (DESIGN §2 one language per build):
// ru DD.MM.YYYY, en YYYY-MM-DD — the "as of" date and the generation stamp alike.
#include "core/sheets/Build.hpp"
#include "core/sheets/Context.hpp"
#include "support/ShippedData.hpp"

#include "support/ReaderSupport.hpp"

#include <gtest/gtest.h>

using namespace concord::core::common;
using namespace concord::core::model;
using namespace concord::core::sheets;
using concord::test::texts;

using readertest::sheet;

namespace {

Cell t(const char* text) {
    return std::string(text);
}

/// The first text of column A that starts with prefix.
std::string lineStarting(const Layout& s, const std::string& prefix) {
    for (std::size_t r = 0; r < s.cells.rows(); ++r)
        if (const auto* text = std::get_if<std::string>(&s.cells.at(r, 0)))
            if (text->rfind(prefix, 0) == 0)
                return *text;
    return "";
}

} // namespace

TEST(DateFormat, TimestampInTheLanguagesDateFormat) {
    const LocalTime time{{2026, 10, 1}, 9, 5};
    EXPECT_EQ("2026-10-01 09:05", timestampText(texts(), Language::En, time));
    EXPECT_EQ("01.10.2026 09:05", timestampText(texts(), Language::Ru, time));
    EXPECT_EQ("31.12.2026", dateText(texts(), Language::Ru, {2026, 12, 31}));
    EXPECT_EQ("2026-12-31", dateText(texts(), Language::En, {2026, 12, 31}));
}

TEST(DateFormat, TitleLineHasOneDateFormat) {
    // P = 2026-09 (as of its last day, 30 Sep); generated 1 Oct 2026 at 09:00.
    const std::vector<RawSheet> sheets = {
        sheet("Подразделения", {{t("Код"), t("Название")}, {t("S"), t("Продажи")}}),
        sheet("Показатели", {{t("ID"), t("Название"), t("Подразделение"), t("Целевое значение")},
                             {t("K1"), t("Лиды"), t("S"), 100.0}})};
    BuildOptions options;
    options.period = "2026-09";
    options.generatedAt = {{2026, 10, 1}, 9, 0};
    BuildResult result = build(sheets, options, CONCORD_DATA_DIR);
    ASSERT_EQ(Language::Ru, result.language);
    EXPECT_EQ("Период 2026-09 · на 30.09.2026 · сформировано 01.10.2026 09:00",
              lineStarting(result.sheets.front(), "Период"));

    options.language = Language::En;
    result = build(sheets, options, CONCORD_DATA_DIR);
    EXPECT_EQ("Period 2026-09 · as of 2026-09-30 · generated 2026-10-01 09:00",
              lineStarting(result.sheets.front(), "Period"));
}
