#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace concord::uno {

/// Holds back the document's repaints and row-height adjustments while many cells change
/// (XModel::lockControllers and XActionLockable::addActionLock), and lets them happen
/// once at the end: when release() is called or the lock is destroyed.
class DocumentLock {
public:
    /// Locks. Throws css::uno::Exception when the document refuses.
    explicit DocumentLock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
    /// release(); never throws.
    ~DocumentLock();

    DocumentLock(const DocumentLock&) = delete;
    DocumentLock& operator=(const DocumentLock&) = delete;

    /// Unlocks (once). Never throws.
    void release() noexcept;

private:
    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    bool _controllers = false;
    bool _actions = false;
};

} // namespace concord::uno
