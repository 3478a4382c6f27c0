#pragma once

#include "Command.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>

#include <string>

namespace concord::uno {

/// Runs one Concord command (a vnd.concord: URL) for a frame.
///
/// Dispatch arguments (all optional): Period ("2026-09"…; default the latest with data),
/// Department (a code: only that department's scorecard, for BuildScorecards), Language
/// ("en"/"ru": the language of the generated sheets; default the document's), Hidden
/// (NewWorkbook: open the new workbook without showing it); HandOut: Period, URL (the
/// folder), Format ("ods"/"xlsx"); Collect: URLs (sequence of file URLs) or URL, and
/// TakeReturned (boolean).
///
/// XDispatch::dispatch (menus, toolbars) tells the user the outcome in a message box: what
/// was built, or why nothing was. XNotifyingDispatch::dispatchWithNotification (macros,
/// XDispatchHelper::executeDispatch) shows nothing and reports to the listener instead:
/// SUCCESS with the org.concord.GenerationResult of a build or the new document of
/// NewWorkbook, FAILURE with the message as a string. No C++ exception leaves this class.
class CommandDispatch : public cppu::WeakImplHelper1<css::frame::XNotifyingDispatch> {
public:
    /// command must outlive the object (it is an entry of Command::all()).
    CommandDispatch(css::uno::Reference<css::uno::XComponentContext> context,
                    css::uno::Reference<css::frame::XFrame> frame, const Command& command);

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    /// Tells the listener once, at once, whether the command can run: a build needs a
    /// spreadsheet in the frame, a new workbook can always be made.
    void SAL_CALL
    addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                      const css::util::URL& url) override;
    void SAL_CALL
    removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                         const css::util::URL& url) override;

    // XNotifyingDispatch
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;

private:
    /// What a run gave: success, the result for a listener, the sentence for a user.
    struct Outcome {
        bool success = false;
        css::uno::Any result;
        std::string message;
    };

    Outcome run(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const;
    Outcome build(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const;
    Outcome newWorkbook(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const;
    /// The report PDF (ReportPdf) at the argument URL, or where a file picker says; SUCCESS
    /// with the exported sheets' names, nothing when the picker is cancelled.
    Outcome exportPdf(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const;
    /// Hand-outs of Period (default: the latest with data) into the folder URL (else a
    /// folder picker asks), Format ods/xlsx; SUCCESS with the URLs written.
    Outcome handOut(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const;
    /// Collects URLs (a sequence of file URLs) or URL (one) into the frame's document (else
    /// a multi-file picker asks), TakeReturned; SUCCESS with the org.concord.CollectResult,
    /// the summary as the message.
    Outcome collect(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const;
    bool enabled() const;
    void show(const Outcome& outcome) const;

    css::uno::Reference<css::uno::XComponentContext> _context;
    css::uno::Reference<css::frame::XFrame> _frame;
    const Command& _command;
};

} // namespace concord::uno
