#pragma once

#include "core/common/Language.hpp"
#include "core/sheets/Layout.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <memory>
#include <string>
#include <vector>

namespace concord::uno {

class GeneratorTexts;
class ScratchDocument;
class UnrecordedSheets;

/// One generation's change to a document, both ways: the generated sheets it replaces
/// ("old", kept as copies in a ScratchDocument) and the ones it writes ("fresh", kept as
/// the core's layouts). apply() puts the fresh ones in place of the old ones, revert() the
/// other way round; neither records anything on the document's undo stack
/// (UnrecordedSheets, and UndoStep around a first run) — GenerationUndoAction calls them.
///
/// A fresh sheet is written straight into the document, charts included: inside an
/// UndoStep Calc records nothing, so this is as cheap as the scratch document it replaced
/// was, without copying each sheet and chart across (importSheet, ~65 ms a chart).
class SheetSwap {
public:
    /// A sheet of one side: its name, its 0-based place in the document, its kind and key
    /// (GeneratedRegistry), and the header rows and columns to freeze.
    struct Sheet {
        std::string name;
        sal_Int16 position = 0;
        std::string kind;
        std::string key;
        int frozenRows = 0;
        int frozenCols = 0;
    };

    /// The sheets of each side in ascending position; fresh[i] has the content
    /// freshContent[i], shown with the formats of texts in language.
    SheetSwap(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
              std::shared_ptr<const ScratchDocument> oldCopies, std::vector<Sheet> oldSheets,
              std::vector<Sheet> freshSheets, std::vector<core::sheets::Layout> freshContent,
              std::shared_ptr<const GeneratorTexts> texts, core::common::Language language);

    /// Removes the old sheets, writes the fresh ones and copies them in at their places,
    /// marks them as generated and freezes their header panes when the document has a
    /// view. Remembers which sheet the view showed before, for revert(). Throws
    /// css::uno::RuntimeException naming the sheet when writing fails, css::uno::Exception
    /// when Calc refuses a change.
    void apply() const;
    /// The reverse: removes the fresh sheets that exist and copies the old ones back (those
    /// missing), then shows the sheet the view showed before apply() when it exists (so an
    /// undo does not leave the view on whichever sheet Calc picked next to a removed one).
    /// Throws css::uno::Exception when Calc refuses.
    void revert() const;

private:
    /// The first apply: every fresh sheet written straight into the document (fast inside
    /// the run's UndoStep, where Calc records nothing).
    void writeInPlace(const UnrecordedSheets& unrecorded) const;
    /// A redo: each fresh sheet written in a scratch document and copied in. Calc's undo
    /// manager runs the redo with recording merely locked, and charts inserted straight
    /// into the document then crashed Calc 7.4 (the drawing layer records them anyway);
    /// copied-in charts do not. Slower (~130 ms a chart), but a redo is rare.
    void writeThroughScratch(const UnrecordedSheets& unrecorded) const;
    void freeze(const std::vector<Sheet>& sheets) const;

    css::uno::Reference<css::uno::XComponentContext> _context;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    std::shared_ptr<const ScratchDocument> _oldCopies;
    std::vector<Sheet> _old;
    std::vector<Sheet> _fresh;
    std::vector<core::sheets::Layout> _content;
    std::shared_ptr<const GeneratorTexts> _texts;
    core::common::Language _language;
    /// The sheet the view showed before the last apply(); view state, not the swap's content.
    mutable std::string _shownBefore;
    /// Whether apply() ran before: every later apply() is a redo.
    mutable bool _applied = false;
};

} // namespace concord::uno
