#pragma once

#include "FrameInterceptor.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>

#include <mutex>
#include <string>
#include <vector>

namespace concord::integration {

/// Stands between a frame and its dispatch providers, like CommandRecorder, and answers for
/// the user what a command would ask with a picker: a dispatch of url gets the arguments
/// given here added and then runs as usual (the frame's own dispatch, with the caller's
/// result listener). Every other URL passes on untouched. For the panel buttons whose
/// command opens a picker headless Calc cannot answer.
class CommandAnswerer : public FrameInterceptor<css::frame::XNotifyingDispatch> {
public:
    CommandAnswerer(std::string url, std::vector<css::beans::PropertyValue> answers);

    /// How many times url was dispatched through it.
    int answered() const;

    // XNotifyingDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;

protected:
    bool claims(const css::util::URL& url) const override;

private:
    css::uno::Reference<css::frame::XNotifyingDispatch> target(const css::util::URL& url);
    css::uno::Sequence<css::beans::PropertyValue>
    withAnswers(const css::uno::Sequence<css::beans::PropertyValue>& arguments) const;

    const std::string _url;
    const std::vector<css::beans::PropertyValue> _answers;
    mutable std::mutex _mutex;
    int _answered = 0;
};

} // namespace concord::integration
