#pragma once

#include "core/publish/Site.hpp"

#include <memory>

namespace concord::cli {

/// The pages a server shows: one immutable Site, replaced whole. Request threads take the
/// current one (a shared pointer they keep while they answer), the rebuild thread puts a
/// new one in; neither waits for the other, and a response is always one build's page.
class SiteStore {
public:
    /// The current site, or empty before the first one was put in. Thread-safe.
    std::shared_ptr<const core::publish::Site> current() const;
    /// Makes site the current one. Thread-safe.
    void replace(std::shared_ptr<const core::publish::Site> site);

private:
    std::shared_ptr<const core::publish::Site> _site;
};

} // namespace concord::cli
