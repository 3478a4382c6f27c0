#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/concord/GenerationResult.hpp>

#include <string>

namespace concord::uno {

/// What a build is asked for: the arguments of org.concord.Generator::build, as the panel's
/// choosers and the commands' dispatch arguments give them.
struct BuildChoice {
    std::string what;       ///< "all", "scorecards", "smart", "requests" or "check"
    std::string period;     ///< "2026-09"…, or empty for the latest period with data
    std::string department; ///< a department code for "scorecards" alone, or empty for all
    std::string language;   ///< "en"/"ru" for the generated sheets, or empty: the document's
};

/// One run of the generator service on a document, with the frame's status-bar progress
/// indicator showing while it runs, and the frame's view showing the main sheet built
/// afterwards. The generator does the work (and makes it one undo step, whose undo shows
/// again the sheet shown before); this class only forwards the choice, keeps the indicator
/// honest and turns the view to what was built.
class BuildRun {
public:
    /// frame may be empty (then no progress is shown); progressText is the indicator's text.
    BuildRun(css::uno::Reference<css::uno::XComponentContext> context,
             css::uno::Reference<css::frame::XFrame> frame, std::string progressText);

    /// Calls org.concord.Generator::build(document, period, language, what), with what
    /// "scorecards:<code>" when a department is chosen for "scorecards". The indicator
    /// starts before and ends after the call, also when it throws. When the frame views
    /// document, its active sheet becomes the one core::sheets::shownSheet picks (the company
    /// sheet, else the first sheet written; none for a check). Returns the generator's
    /// result; throws what the generator throws (IllegalArgumentException for an unusable
    /// workbook or argument, RuntimeException when Calc refused a change — nothing is
    /// changed in either case) and RuntimeException when the service is not installed.
    org::concord::GenerationResult
    run(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
        const BuildChoice& choice) const;

    /// The generator's `what` for a choice: choice.what, or "scorecards:<code>".
    static std::string generatorWhat(const BuildChoice& choice);

private:
    void show(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
              const org::concord::GenerationResult& result) const;

    css::uno::Reference<css::uno::XComponentContext> _context;
    css::uno::Reference<css::frame::XFrame> _frame;
    std::string _progressText;
};

} // namespace concord::uno
