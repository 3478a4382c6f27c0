// The deck's "Hand out…" button: pressed (through its accessible action, as a click or a
// screen reader does) it dispatches vnd.concord:HandOut with the chosen period to the
// document's frame, as Tools ▸ Concord does; headless, the folder picker that command opens
// cannot be answered, so a CommandRecorder takes the command instead of running it. That
// the command writes the hand-outs, and that "Collect…" merges and lists, is
// share_roundtrip_test's.
#include "CommandRecorder.hpp"
#include "SidebarCommands.hpp"
#include "SidebarTest.hpp"

namespace concord::integration {

using SidebarShare = SidebarTest;

TEST_F(SidebarShare, HandOutDispatchesTheCommandWithTheChosenPeriod) {
    // ui.json, en, written out
    EXPECT_EQ("Hand out…", ui("button.handout"));
    EXPECT_EQ("Collect…", ui("button.collect"));
    const rtl::Reference<CommandRecorder> recorder(new CommandRecorder);
    recorder->start(SidebarCommands::frameOf(document()));
    const auto sheetsBefore = sheetNames();
    const std::size_t stepsBefore = undoSteps();
    panel().press("Hand out…");
    const bool dispatched =
        SidebarPanelDriver::waitUntil([&] { return !recorder->dispatched().empty(); });
    recorder->stop();
    ASSERT_TRUE(dispatched) << "the button dispatched no vnd.concord: command";
    // the one command with the period argument (no URL: the command asks with its picker)
    EXPECT_EQ(std::vector<std::string>{"vnd.concord:HandOut Period"}, recorder->dispatched());
    EXPECT_EQ(sheetsBefore, sheetNames());
    EXPECT_EQ(stepsBefore, undoSteps());
}

} // namespace concord::integration
