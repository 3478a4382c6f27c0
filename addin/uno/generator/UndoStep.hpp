#pragma once

#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <rtl/ustring.hxx>

namespace concord::uno {

/// One generation as one entry of the document's undo stack, with Calc's own recording
/// switched off while the generation writes.
///
/// Locking the undo manager is not enough in Calc 7.4: a chart inserted with
/// XTableCharts::addNewByName, and the rename of its shape, still reach the stack (the
/// drawing layer keeps its own "undo enabled" flag). Switching the document's
/// IsUndoEnabled off does stop them, but it also empties the undo stack — except inside
/// an undo context, where it empties only the context's own, still empty, list. So the
/// step opens its context first, then switches recording off; commit() switches it back
/// on, adds the one action that undoes the whole generation and closes the context. Every
/// write in between (cells, charts, sheet removals) is recorded nowhere, which is also
/// what makes it fast: Calc keeps no copy of what is removed or overwritten.
///
/// Without an undo manager, or with one somebody else locked (an undo or redo running
/// now), nothing is opened and nothing switched: the writes then go wherever Calc sends
/// them, as they did before.
class UndoStep {
public:
    /// Opens the context titled title on document's undo manager when it has a usable one.
    /// Throws css::uno::Exception when Calc refuses.
    UndoStep(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
             const rtl::OUString& title);
    /// Closes the context if commit() did not (an empty context leaves no entry behind).
    ~UndoStep();
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

    /// Whether the writes go unrecorded (a context is open and recording is off).
    bool silent() const { return _silenced; }
    /// Switches recording back on, adds action as the step's only entry and closes the
    /// context. Without a context: does nothing. Throws css::uno::Exception when Calc refuses.
    void commit(const css::uno::Reference<css::document::XUndoAction>& action);

private:
    void close() noexcept;

    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    css::uno::Reference<css::document::XUndoManager> _manager;
    bool _open = false;
    bool _silenced = false;
};

} // namespace concord::uno
