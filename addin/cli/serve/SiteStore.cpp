#include "serve/SiteStore.hpp"

#include <atomic>

namespace concord::cli {

std::shared_ptr<const core::publish::Site> SiteStore::current() const {
    return std::atomic_load(&_site);
}

void SiteStore::replace(std::shared_ptr<const core::publish::Site> site) {
    std::atomic_store(&_site, std::move(site));
}

} // namespace concord::cli
