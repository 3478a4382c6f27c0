#pragma once

#include "FrameInterceptor.hpp"

#include <com/sun/star/frame/XDispatch.hpp>

#include <mutex>
#include <string>
#include <vector>

namespace concord::integration {

/// Stands between a frame and its dispatch providers and keeps the vnd.concord: commands for
/// itself: it records each one dispatched to the frame instead of running it, and passes every
/// other URL on. For what must not run headless (a file picker cannot be answered).
class CommandRecorder : public FrameInterceptor<css::frame::XDispatch> {
public:
    /// The vnd.concord: commands dispatched so far, in order: each its complete URL, then
    /// " Name" for each dispatch argument ("vnd.concord:ExportPdf URL").
    std::vector<std::string> dispatched() const;

    // XDispatch: records the URL and the arguments' names.
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;

protected:
    bool claims(const css::util::URL& url) const override;

private:
    mutable std::mutex _mutex;
    std::vector<std::string> _dispatched;
};

} // namespace concord::integration
