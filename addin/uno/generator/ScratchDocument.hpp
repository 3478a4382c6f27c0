#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace concord::uno {

/// A private spreadsheet document without a window (created through the service manager,
/// never shown, not in the desktop's list) and without undo: where generated sheets are
/// written before they go into the user's document, and where the sheets a generation
/// replaces are kept for its undo. Closed on destruction.
class ScratchDocument {
public:
    /// A new empty document with its undo switched off. Throws css::uno::Exception when
    /// the office cannot make one.
    explicit ScratchDocument(const css::uno::Reference<css::uno::XComponentContext>& context);
    /// Closes the document; never throws.
    ~ScratchDocument();

    ScratchDocument(const ScratchDocument&) = delete;
    ScratchDocument& operator=(const ScratchDocument&) = delete;

    const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document() const {
        return _document;
    }

    /// Removes the sheet the document was created with, once other sheets exist (a
    /// document always has one). Throws css::uno::Exception when Calc refuses.
    void dropInitialSheet();

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    rtl::OUString _initialSheet;
};

} // namespace concord::uno
