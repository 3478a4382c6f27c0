#pragma once

#include "WorkbookSummary.hpp"
#include "uno/commands/UiTexts.hpp"

#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace concord::uno {

/// Keeps the panel's counts current without holding up edits (issue 13): changed() only
/// notes the change (O(1), so an edit returns at once); once the document has been quiet
/// for quietMilliseconds, a thread of its own reads what the counts need
/// (WorkbookSummary::readCounts: the sheets of Departments, KPIs, Goals and Requests, each
/// in one getDataArray call under Calc's own lock, then the core's Reader beside the
/// office's UI; never the hundreds of thousands of Actuals rows) and posts the result back
/// to the office's main thread (AsyncCallback to callback). A change while it reads makes
/// it read again after the next quiet period; the result of the older read is dropped.
class SummaryWorker {
public:
    /// Quiet time after the last change before the workbook is read again.
    static constexpr int quietMilliseconds = 200;

    /// What one read found.
    struct Result {
        /// The changes seen (compare with generation()).
        std::uint64_t generation = 0;
        /// The frame held no document.
        bool noDocument = false;
        /// Why the read failed (Boundary::currentMessage); empty when it did not.
        std::string failure;
        WorkbookSummary summary;
    };

    /// Starts the thread, which then waits for a change. callback is called (on the office's
    /// main thread) each time a Result is ready. Throws std::system_error when no thread
    /// can be started.
    SummaryWorker(const css::uno::Reference<css::uno::XComponentContext>& context,
                  const css::uno::Reference<css::frame::XFrame>& frame, const UiTexts& texts,
                  const css::uno::Reference<css::awt::XCallback>& callback);
    /// stop().
    ~SummaryWorker();
    SummaryWorker(const SummaryWorker&) = delete;
    SummaryWorker& operator=(const SummaryWorker&) = delete;

    /// The workbook changed: read it once it has been quiet. O(1); never throws.
    void changed() noexcept;
    /// The number of changes so far.
    std::uint64_t generation() const;
    /// The last Result posted, once (empty when there is none or it was taken).
    std::optional<Result> take();
    /// Ends the thread without waiting for it (it may be waiting for Calc's lock, which the
    /// caller may hold): a read under way is dropped and nothing more is posted.
    /// Idempotent; never throws.
    void stop() noexcept;

private:
    struct State;
    static void run(const std::shared_ptr<State>& state);

    std::shared_ptr<State> _state;
};

} // namespace concord::uno
