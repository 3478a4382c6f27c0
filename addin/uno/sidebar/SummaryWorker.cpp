#include "SummaryWorker.hpp"

#include "core/common/QuietPeriod.hpp"
#include "core/model/Reader.hpp"
#include "uno/Boundary.hpp"
#include "uno/Runtime.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>

#include <mutex>
#include <thread>

using css::uno::Reference;

namespace concord::uno {

/// What the owner and the thread share; the thread keeps it alive until it ends.
struct SummaryWorker::State {
    State(const Reference<css::uno::XComponentContext>& c, const Reference<css::frame::XFrame>& f,
          const UiTexts& t, const Reference<css::awt::XCallback>& cb)
        : quiet(std::chrono::milliseconds(quietMilliseconds)), context(c), frame(f), callback(cb),
          texts(t) {}

    core::common::QuietPeriod quiet;
    std::mutex mutex;
    // under mutex: cleared by stop(), so that nothing keeps the panel's objects alive
    Reference<css::uno::XComponentContext> context;
    Reference<css::frame::XFrame> frame;
    Reference<css::awt::XCallback> callback;
    std::optional<Result> ready;
    // the thread's own
    const UiTexts texts;
};

SummaryWorker::SummaryWorker(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::frame::XFrame>& frame, const UiTexts& texts,
                             const Reference<css::awt::XCallback>& callback)
    : _state(std::make_shared<State>(context, frame, texts, callback)) {
    // Detached: stop() may be called under Calc's lock while the thread waits for it.
    std::thread([state = _state] { run(state); }).detach();
}

SummaryWorker::~SummaryWorker() {
    stop();
}

void SummaryWorker::changed() noexcept {
    try {
        _state->quiet.touch();
    } catch (const std::system_error&) {
        // the mutex failed: the panel shows the last summary until the next change
    }
}

std::uint64_t SummaryWorker::generation() const {
    return _state->quiet.generation();
}

std::optional<SummaryWorker::Result> SummaryWorker::take() {
    std::lock_guard<std::mutex> lock(_state->mutex);
    std::optional<Result> result;
    result.swap(_state->ready);
    return result;
}

void SummaryWorker::stop() noexcept {
    try {
        _state->quiet.stop();
        std::lock_guard<std::mutex> lock(_state->mutex);
        _state->callback.clear();
        _state->frame.clear();
        _state->context.clear();
    } catch (...) {
        // a mutex failed: the thread ends with the office
    }
}

void SummaryWorker::run(const std::shared_ptr<State>& state) {
    std::optional<core::model::Reader> reader;
    while (const std::optional<std::uint64_t> generation = state->quiet.wait()) {
        Reference<css::frame::XFrame> frame;
        {
            std::lock_guard<std::mutex> lock(state->mutex);
            frame = state->frame;
        }
        if (!frame.is())
            return;
        Result result;
        result.generation = *generation;
        try {
            if (!reader)
                reader.emplace(core::model::Reader::load(dataDirectory()));
            const Reference<css::frame::XController> controller = frame->getController();
            const Reference<css::sheet::XSpreadsheetDocument> document(
                controller.is() ? controller->getModel() : Reference<css::frame::XModel>(),
                css::uno::UNO_QUERY);
            if (document.is())
                result.summary = WorkbookSummary::readCounts(document, state->texts, *reader);
            else
                result.noDocument = true;
        } catch (...) {
            result.failure = Boundary::currentMessage();
        }
        frame.clear();
        if (state->quiet.generation() != *generation)
            continue; // changed while it was read: read again once quiet
        Reference<css::uno::XComponentContext> context;
        Reference<css::awt::XCallback> callback;
        {
            std::lock_guard<std::mutex> lock(state->mutex);
            state->ready = std::move(result);
            context = state->context;
            callback = state->callback;
        }
        if (!callback.is())
            return;
        try {
            css::awt::AsyncCallback::create(context)->addCallback(callback, css::uno::Any());
        } catch (const css::uno::Exception&) {
            return; // no main loop to call back from: the office is closing
        }
    }
}

} // namespace concord::uno
