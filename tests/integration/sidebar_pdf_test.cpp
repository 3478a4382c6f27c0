// The panel's "Export PDF…" button: under the build buttons, and pressed (through its
// accessible action, as a click or a screen reader does) it dispatches vnd.concord:ExportPdf
// to the document's frame, as Tools ▸ Concord does. Headless, the file picker that command
// opens cannot be answered, so a CommandRecorder on the frame takes the command instead of
// running it; that the command with a URL writes the PDF is report_pdf_test's
// TheCommandWithAUrlWritesTheFile.
#include "CommandRecorder.hpp"
#include "SidebarCommands.hpp"
#include "SidebarTest.hpp"

#include <com/sun/star/accessibility/AccessibleRole.hpp>

namespace concord::integration {

using SidebarPdf = SidebarTest;

TEST_F(SidebarPdf, TheButtonSaysExportPdfUnderTheBuildButtons) {
    // ui.json button.pdf, en, written out: the label is the one the menu's picker title uses
    EXPECT_EQ("Export PDF…", ui("button.pdf"));
    const auto buttons = panel().names(css::accessibility::AccessibleRole::PUSH_BUTTON);
    ASSERT_EQ(8U, buttons.size()); // the four builds, the PDF, Hand out…, Collect…, Check input
    EXPECT_EQ("Export PDF…", buttons[4]);
    // one more row of the button column: same x and width as "Build all", a row gap (4 px,
    // PanelLayout::rowGap) below it, and the status line a row gap below the PDF button
    const css::awt::Rectangle all = panel().buttonBounds(ui("button.all"));
    const css::awt::Rectangle pdf = panel().buttonBounds("Export PDF…");
    EXPECT_EQ(all.X, pdf.X);
    EXPECT_EQ(all.Width, pdf.Width);
    EXPECT_EQ(all.Height, pdf.Height);
    EXPECT_EQ(all.Y + all.Height + 4, pdf.Y);
    // Hand out…, Collect… and Check input follow, one row each; the status line a row gap
    // below them
    const css::awt::Rectangle handOut = panel().buttonBounds(ui("button.handout"));
    const css::awt::Rectangle collect = panel().buttonBounds(ui("button.collect"));
    const css::awt::Rectangle check = panel().buttonBounds(ui("button.check"));
    EXPECT_EQ(pdf.Y + pdf.Height + 4, handOut.Y);
    EXPECT_EQ(handOut.Y + handOut.Height + 4, collect.Y);
    EXPECT_EQ(collect.Y + collect.Height + 4, check.Y);
    EXPECT_EQ(check.Y + check.Height + 4, panel().statusBounds().Y);
}

TEST_F(SidebarPdf, PressingItDispatchesExportPdfToTheFrame) {
    const rtl::Reference<CommandRecorder> recorder(new CommandRecorder);
    recorder->start(SidebarCommands::frameOf(document()));
    const auto sheetsBefore = sheetNames();
    const std::size_t stepsBefore = undoSteps();
    panel().press("Export PDF…");
    // the office calls the button's listeners once it is idle
    const bool dispatched =
        SidebarPanelDriver::waitUntil([&] { return !recorder->dispatched().empty(); });
    recorder->stop();
    ASSERT_TRUE(dispatched) << "the button dispatched no vnd.concord: command";
    // exactly the one command, with no URL argument (so the command asks with its picker)
    EXPECT_EQ(std::vector<std::string>{"vnd.concord:ExportPdf"}, recorder->dispatched());
    // it built nothing: the PDF prints what is there
    EXPECT_EQ(sheetsBefore, sheetNames());
    EXPECT_EQ(stepsBefore, undoSteps());
}

} // namespace concord::integration
