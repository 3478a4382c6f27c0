#pragma once

#include "core/publish/Context.hpp"

#include <string>

namespace concord::core::publish {

/// requests.html: the request matrix (requester rows × provider columns: agreed requests
/// and their pooled on-time share, the diagonal blank), the escalations (every request at
/// ladder step 1–3 with its step, action and, from step 2, the fact-based sentence), and
/// the register of all requests with their status in the period.
std::string requestsPage(const Context& context);

} // namespace concord::core::publish
