#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string>

namespace concord::uno {

/// Freezes header rows and columns in the document's view. Frozen panes belong to the
/// view (the controller), not to the cells: a document without one (some headless loads)
/// has nothing to freeze, and that is not an error.
class ViewFreezer {
public:
    /// Finds the document's current controller, if it has one with freezable panes, and
    /// remembers its active sheet.
    explicit ViewFreezer(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

    /// True when there is a view to freeze panes in.
    bool hasView() const { return _view.is(); }

    /// Freezes the first rows and cols of sheet (0 and 0: nothing). Activates the sheet to
    /// do so, as the view freezes only its active sheet. Does nothing without a view.
    /// Throws css::uno::Exception when the view refuses.
    void freeze(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, int rows,
                int cols) const;

    /// Makes the sheet that was active when this object was made active again. Never
    /// throws (the user's sheet may be gone; then the view keeps what it shows).
    void restore() const noexcept;

    /// The name of the sheet that was active when this object was made; empty without a
    /// view. Never throws.
    std::string activeName() const noexcept;
    /// Makes the sheet named name active, when there is a view and such a sheet. Never
    /// throws (the sheet may be gone).
    void show(const std::string& name) const noexcept;

private:
    css::uno::Reference<css::uno::XInterface> _view;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    css::uno::Reference<css::sheet::XSpreadsheet> _active;
};

} // namespace concord::uno
