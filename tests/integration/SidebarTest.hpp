#pragma once

#include "CountingSidebar.hpp"
#include "SidebarPanelDriver.hpp"
#include "cli/office/CalcDocument.hpp"

#include <gtest/gtest.h>
#include <rtl/ref.hxx>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace concord::integration {

/// Fixture of the sidebar tests: a new hidden Calc document per test holding the
/// SidebarWorkbook, and the Concord panel made for its frame (SidebarPanelDriver) with a
/// CountingSidebar as its sidebar.
class SidebarTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    cli::CalcDocument& document() { return *_document; }
    SidebarPanelDriver& panel() { return *_panel; }
    /// The sidebar the panel was given.
    const CountingSidebar& sidebar() const { return *_sidebar; }
    /// The English text of a ui.json id.
    static std::string ui(const std::string& id, const std::vector<std::string>& args = {});
    /// Presses the button with the text of ui.json id buttonId and waits until the build
    /// it starts has ended: the office calls a button's listeners once it is idle, and the
    /// build then adds one undo step (or, when it fails, says so in the status line).
    /// Returns the status line then. Fails the test when nothing happens within 30 s.
    std::string pressAndWait(const std::string& buttonId);
    /// The number of steps on the document's undo stack.
    std::size_t undoSteps() const;
    /// The names of the document's sheets, in order.
    std::vector<std::string> sheetNames() const;
    /// The sheets of the document that are not in before.
    std::vector<std::string> newSheets(const std::vector<std::string>& before) const;

private:
    std::optional<cli::CalcDocument> _document;
    rtl::Reference<CountingSidebar> _sidebar;
    std::unique_ptr<SidebarPanelDriver> _panel;
};

} // namespace concord::integration
