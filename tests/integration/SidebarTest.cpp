#include "SidebarTest.hpp"

#include "OfficeEnvironment.hpp"
#include "SidebarTexts.hpp"
#include "SidebarWorkbook.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

#include <algorithm>
#include <iostream>

namespace concord::integration {

void SidebarTest::SetUp() {
    _document.emplace(cli::CalcDocument::create(OfficeEnvironment::office()));
    SidebarWorkbook::write(*_document);
    _sidebar = new CountingSidebar;
    _panel = std::make_unique<SidebarPanelDriver>(OfficeEnvironment::office(), *_document, 320, 900,
                                                  _sidebar.get());
}

void SidebarTest::TearDown() {
    _panel.reset();
    _document.reset();
    if (HasFailure())
        std::cerr << "office output so far:\n" << OfficeEnvironment::office().output() << '\n';
}

std::string SidebarTest::ui(const std::string& id, const std::vector<std::string>& args) {
    return SidebarTexts::text(id, "en", args);
}

std::string SidebarTest::pressAndWait(const std::string& buttonId) {
    const std::size_t steps = undoSteps();
    const std::string building = ui("progress.building");
    const std::string failed = ui("status.failed", {""});
    _panel->press(ui(buttonId));
    const bool ended = SidebarPanelDriver::waitUntil(
        [&] {
            const std::string status = _panel->status();
            return status != building && (undoSteps() > steps || status.rfind(failed, 0) == 0);
        },
        std::chrono::seconds(30));
    EXPECT_TRUE(ended) << "pressing " << ui(buttonId) << " built nothing; the status line says "
                       << _panel->status();
    return _panel->status();
}

std::size_t SidebarTest::undoSteps() const {
    return static_cast<std::size_t>(css::uno::Reference<css::document::XUndoManagerSupplier>(
                                        _document->model(), css::uno::UNO_QUERY_THROW)
                                        ->getUndoManager()
                                        ->getAllUndoActionTitles()
                                        .getLength());
}

std::vector<std::string> SidebarTest::sheetNames() const {
    std::vector<std::string> names;
    for (const rtl::OUString& name : _document->model()->getSheets()->getElementNames())
        names.push_back(::concord::uno::toUtf8(name));
    return names;
}

std::vector<std::string> SidebarTest::newSheets(const std::vector<std::string>& before) const {
    std::vector<std::string> added;
    for (const std::string& name : sheetNames())
        if (std::find(before.begin(), before.end(), name) == before.end())
            added.push_back(name);
    return added;
}

} // namespace concord::integration
