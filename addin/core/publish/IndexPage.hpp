#pragma once

#include "core/publish/Context.hpp"

#include <string>

namespace concord::core::publish {

/// index.html: the company scorecard — the company's score and status, the company score
/// line over the history, the departments' score bars, a table with one row per department
/// (name linking to its page, score, status, green/amber/red counts, on-time shares), and
/// the input problems (sheet, cell, message) when there are any.
std::string indexPage(const Context& context);

} // namespace concord::core::publish
