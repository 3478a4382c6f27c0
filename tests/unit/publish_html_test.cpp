// Html::escape: the one door from a workbook's text into a page, an attribute or a chart.
#include "core/publish/Html.hpp"

#include <gtest/gtest.h>

using concord::core::publish::Html;

TEST(PublishHtml, HostileTextsBecomeInertText) {
    const struct {
        const char* input;
        const char* expected;
    } cases[] = {
        // markup: each < > becomes an entity, nothing of a tag survives
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        // attribute breakers: both quotes and the ampersand
        {"\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"},
        {"O'Neil & \"Sons\"", "O&#39;Neil &amp; &quot;Sons&quot;"},
        // an entity typed by the user stays visible as typed
        {"&lt;", "&amp;lt;"},
    };
    for (const auto& row : cases) {
        SCOPED_TRACE(row.input);
        EXPECT_EQ(row.expected, Html::escape(row.input));
    }
}

TEST(PublishHtml, CyrillicAndEmojiAreKeptAsTheyAre) {
    EXPECT_EQ("Отдел продаж «Юг»", Html::escape("Отдел продаж «Юг»"));
    EXPECT_EQ("🚀 Growth 📈", Html::escape("🚀 Growth 📈"));
    // a family emoji is several code points joined by U+200D: all kept
    EXPECT_EQ("👨‍👩‍👧", Html::escape("👨‍👩‍👧"));
}

TEST(PublishHtml, BrokenUtf8BecomesTheReplacementCharacter) {
    // 0xFF never starts a UTF-8 sequence; 0xC3 alone is a cut two-byte sequence
    EXPECT_EQ("a\xEF\xBF\xBD"
              "b",
              Html::escape("a\xFF"
                           "b"));
    EXPECT_EQ("\xEF\xBF\xBD", Html::escape("\xC3"));
}

TEST(PublishHtml, ControlCharactersAreDroppedButLineBreaksKept) {
    // NUL, BEL and ESC are not allowed in XML; tab, LF, CR are
    EXPECT_EQ("ab", Html::escape(std::string("a\0b", 3)));
    EXPECT_EQ("ab", Html::escape("a\x07\x1B"
                                 "b"));
    EXPECT_EQ("a\tb\nc\r", Html::escape("a\tb\nc\r"));
}

TEST(PublishHtml, PlainTextIsUnchanged) {
    EXPECT_EQ("", Html::escape(""));
    EXPECT_EQ("Sales 2026-09: 87.5 %", Html::escape("Sales 2026-09: 87.5 %"));
}
