#pragma once

#include "core/sheets/Build.hpp"
#include "core/sheets/Scope.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace concord::uno {

class GeneratorTexts;

/// What one generation produced.
struct GenerationOutcome {
    core::sheets::BuildResult build; ///< the core's result (its sheets moved into the swap)
    std::vector<std::string> sheets; ///< names of the sheets written, in document order
    /// Sentences for the user in the build's language: the core's notes (mixed headers),
    /// then name clashes.
    std::vector<std::string> notes;
};

/// One run of the generator on a document: read the input tables (SheetReader), let the
/// core compute and lay out everything (core::sheets::build), and swap the new sheets for
/// Concord's previous ones (SheetSwap, GeneratedRegistry) as one undo step
/// (GenerationUndoAction).
class Generation {
public:
    /// context, document and texts must outlive the object; dataDir is the folder of the
    /// data files.
    Generation(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
               const GeneratorTexts& texts, std::string dataDir);

    /// Runs the generation. Input sheets are all sheets but Concord's own. When writing:
    /// applies the core's plan (core::sheets::plan: which sheets go, the new ones' names,
    /// places and clash notes, the registry after the run); freezes their header
    /// panes when the document has a view, keeps the active sheet active, records them in
    /// the registry, and adds one entry to the undo stack that takes all of it back (none
    /// when the undo manager is locked). When writing the sheets, the registry or the undo
    /// entry fails, all of it is taken back (sheets and registry as they were).
    ///
    /// Throws css::lang::IllegalArgumentException when the core rejects the input
    /// (ArgumentPosition 0: a required table or column is missing; 1: the period; 3: the
    /// scope's key names no department) — nothing is changed then; css::uno::RuntimeException
    /// naming the sheet when Calc refuses a change — the document is put back as it was first.
    GenerationOutcome run(const core::sheets::BuildOptions& options,
                          const core::sheets::Scope& scope) const;

private:
    css::uno::Reference<css::uno::XComponentContext> _context;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    const GeneratorTexts& _texts;
    std::string _dataDir;
};

} // namespace concord::uno
