#pragma once

#include "core/publish/Context.hpp"

#include <string>

namespace concord::core::publish {

/// smart.html: one row per goal — ID, level, department (linked), owner, the goal's text,
/// the S, M, A, R, T marks (✔ met / ✖ missing, with the word for screen readers and grey
/// print), the score 0–5, what is missing and the hint.
std::string smartPage(const Context& context);

} // namespace concord::core::publish
