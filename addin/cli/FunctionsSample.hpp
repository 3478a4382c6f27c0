#pragma once

#include <string>

namespace concord::cli {

class OfficeProcess;

/// The main job of the foundation: a new Calc document with one row per Concord function
/// (a sample formula, its result, and the result worked out by hand), saved as .ods.
class FunctionsSample {
public:
    /// Writes the sample to outputPath (written to a temporary file beside it, then renamed)
    /// and prints each formula with its result on stdout. Returns the number of rows whose
    /// result differs from the hand-worked one (0 when all agree). Throws OfficeError or
    /// css::uno::Exception when the office fails.
    static int write(const OfficeProcess& office, const std::string& outputPath);
};

} // namespace concord::cli
