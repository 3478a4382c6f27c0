#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <functional>
#include <string>

namespace concord::uno {

class ScratchDocument;

/// Sheet changes to a user's document that Calc does not put on its undo stack, because
/// a generation records them as one GenerationUndoAction of its own.
///
/// Why not Calc's own records: a generation makes some 25 changes per sheet, Calc keeps at
/// most "undo steps" (default 100) actions even inside one undo context, so the first
/// sheets of a larger generation would silently lose their undo; and Calc 7.4 cannot undo
/// a sheet inserted through the API without an active view (ScUndoInsertTab uses the
/// active view unchecked: a hidden or headless document crashes the office).
///
/// How: each change runs with the document's XUndoManager locked. Calc re-enables its undo
/// manager at the end of many operations (a sheet insertion, a cell change), so one lock
/// around several changes is not enough: every change gets its own lock.
class UnrecordedSheets {
public:
    explicit UnrecordedSheets(
        const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

    /// Removes the sheet name if it exists.
    void remove(const std::string& name) const;
    /// Copies the sheet name of from into the document at position (same name), unless the
    /// document already has a sheet of that name.
    void import(const ScratchDocument& from, const std::string& name, sal_Int16 position) const;
    /// Marks the sheet name as generated, of kind (GeneratedRegistry::mark).
    void mark(const std::string& name, const std::string& kind) const;
    /// Runs any other change unrecorded.
    void run(const std::function<void()>& change) const;

    /// All of these throw css::uno::Exception when Calc refuses.

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    css::uno::Reference<css::document::XUndoManager> _manager;
};

} // namespace concord::uno
