// Tools ▸ Concord and the Concord deck as the office registered them from the installed
// concord.oxt (Addons.xcu, Sidebar.xcu, Factories.xcu, ProtocolHandler.xcu), read from the
// office's configuration: the menu merges into Calc's Tools menu, offers every command,
// and each command of it reaches a dispatch on a Calc frame. (The menu bar itself exists
// only in a visible window, which a headless office without a display does not make.)
#include "OfficeEnvironment.hpp"
#include "SidebarCommands.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XHierarchicalNameAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <gtest/gtest.h>

#include <algorithm>

namespace concord::integration {

namespace {

/// The configuration node at path, read-only, in the office's UI language.
css::uno::Reference<css::container::XHierarchicalNameAccess>
configuration(const std::string& path) {
    const auto provider =
        css::configuration::theDefaultProvider::get(OfficeEnvironment::office().context());
    const css::uno::Any argument(
        css::beans::NamedValue("nodepath", css::uno::Any(::concord::uno::fromUtf8(path))));
    return css::uno::Reference<css::container::XHierarchicalNameAccess>(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                              css::uno::Sequence<css::uno::Any>(&argument, 1)),
        css::uno::UNO_QUERY_THROW);
}

std::string text(const css::uno::Reference<css::container::XHierarchicalNameAccess>& node,
                 const std::string& path) {
    rtl::OUString value;
    node->getByHierarchicalName(::concord::uno::fromUtf8(path)) >>= value;
    return ::concord::uno::toUtf8(value);
}

const char concordMenu[] =
    "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBarMerging/org.concord.extension/ToolsConcord";
const char calc[] = "com.sun.star.sheet.SpreadsheetDocument";

/// The URLs of the Tools ▸ Concord submenu, in menu order, separators left out.
std::vector<std::string> menuUrls() {
    const auto menu = configuration(std::string(concordMenu) + "/MenuItems/concord/Submenu");
    const css::uno::Reference<css::container::XNameAccess> items(menu, css::uno::UNO_QUERY_THROW);
    auto names = items->getElementNames();
    std::vector<std::string> sorted;
    for (const rtl::OUString& name : names)
        sorted.push_back(::concord::uno::toUtf8(name));
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::string> urls;
    for (const std::string& name : sorted) {
        const std::string url = text(menu, name + "/URL");
        if (url != "private:separator")
            urls.push_back(url);
    }
    return urls;
}

} // namespace

TEST(CommandsMenu, MergesIntoCalcsToolsMenu) {
    const auto merge = configuration(concordMenu);
    EXPECT_EQ(".uno:ToolsMenu\\.uno:SolverDialog", text(merge, "MergePoint"));
    EXPECT_EQ("AddAfter", text(merge, "MergeCommand"));
    EXPECT_EQ("AddPath", text(merge, "MergeFallback"));
    EXPECT_EQ(calc, text(merge, "MergeContext"));
    EXPECT_EQ("Co~ncord", text(merge, "MenuItems/concord/Title"));
}

TEST(CommandsMenu, OffersEveryCommandAndTheDeck) {
    const std::vector<std::string> expected = {
        "vnd.concord:BuildAll",        "vnd.concord:BuildScorecards", "vnd.concord:CheckGoals",
        "vnd.concord:BuildRequests",   "vnd.concord:ExportPdf",       "vnd.concord:HandOut",
        "vnd.concord:Collect",         "vnd.concord:NewWorkbookEn",   "vnd.concord:NewWorkbookRu",
        ".uno:SidebarDeck.ConcordDeck"};
    EXPECT_EQ(expected, menuUrls());
}

TEST(CommandsMenu, EachConcordItemReachesADispatchOnACalcFrame) {
    const auto document = cli::CalcDocument::create(OfficeEnvironment::office());
    for (const std::string& url : menuUrls()) {
        if (url.rfind("vnd.concord:", 0) != 0)
            continue; // the deck's .uno: command belongs to the office
        EXPECT_TRUE(SidebarCommands::query(document, url).is()) << url;
    }
}

TEST(CommandsMenu, TheDeckAndItsPanelAreRegisteredForCalc) {
    const auto sidebar = configuration("/org.openoffice.Office.UI.Sidebar/Content");
    css::uno::Sequence<rtl::OUString> contexts;
    sidebar->getByHierarchicalName("DeckList/ConcordDeck/ContextList") >>= contexts;
    // "Calc, any, visible ;": one context (application Calc, any context, shown), as the
    // office's own decks write it; the separator leaves an empty last entry
    ASSERT_GE(contexts.getLength(), 1);
    EXPECT_EQ("Calc, any, visible", ::concord::uno::toUtf8(contexts[0].trim()));
    EXPECT_EQ("vnd.sun.star.extension://org.concord.extension/icons/concord-deck.png",
              text(sidebar, "DeckList/ConcordDeck/IconURL"));
    EXPECT_EQ("ConcordDeck", text(sidebar, "PanelList/ConcordPanel/DeckId"));
    EXPECT_EQ("private:resource/toolpanel/ConcordFactory/Main",
              text(sidebar, "PanelList/ConcordPanel/ImplementationURL"));
    const auto factories =
        configuration("/org.openoffice.Office.UI.Factories/Registered/UIElementFactories");
    EXPECT_EQ("ConcordFactory", text(factories, "org.concord.SidebarFactory/Name"));
    EXPECT_EQ("toolpanel", text(factories, "org.concord.SidebarFactory/Type"));
}

} // namespace concord::integration
