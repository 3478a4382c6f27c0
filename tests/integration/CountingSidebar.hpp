#pragma once

#include <com/sun/star/ui/XSidebar.hpp>
#include <cppuhelper/implbase1.hxx>

#include <atomic>

namespace concord::integration {

/// The "Sidebar" argument the real sidebar gives a panel's factory, reduced to counting:
/// how often the panel asked to be laid out again (XSidebar::requestLayout). The office
/// calls it over the bridge, from its UI thread.
class CountingSidebar : public cppu::WeakImplHelper1<css::ui::XSidebar> {
public:
    void SAL_CALL requestLayout() override { ++_requests; }

    /// The calls of requestLayout so far.
    int requests() const { return _requests; }

private:
    std::atomic<int> _requests{0};
};

} // namespace concord::integration
