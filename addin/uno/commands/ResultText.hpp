#pragma once

#include <org/concord/GenerationResult.hpp>

#include <string>

namespace concord::uno {

class UiTexts;

/// What a build tells its user, in the UI language, from the generator's result: the
/// panel's status line and the message box of a menu command.
class ResultText {
public:
    /// Lines joined by '\n': "Built for 2026-09: Scorecard SAL, Company." (ui.json
    /// status.built; status.checked when no sheet was written), then each of the result's
    /// notes, then "Input problems: 2; …" (status.problems) when it has problems. Throws
    /// core::Error when texts lack one of these ids.
    static std::string of(const org::concord::GenerationResult& result, const UiTexts& texts);

    /// "Nothing was changed. <message>" (status.failed).
    static std::string failed(const std::string& message, const UiTexts& texts);
};

} // namespace concord::uno
