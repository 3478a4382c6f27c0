#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace concord::core::common {

/// The JSON document of a data file shipped with the extension. Throws a configuration
/// Error "<kind>.file_missing" ("cannot open <name>") when the file cannot be opened and
/// "<kind>.invalid_json" ("<name> is not valid JSON") when it is not JSON; value: the path.
/// E.g. readDataFile(path, "words", "the words file").
nlohmann::json readDataFile(const std::string& path, const std::string& kind,
                            const std::string& name);

} // namespace concord::core::common
