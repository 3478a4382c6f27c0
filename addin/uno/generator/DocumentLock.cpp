#include "DocumentLock.hpp"

#include <com/sun/star/document/XActionLockable.hpp>
#include <com/sun/star/frame/XModel.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace concord::uno {

DocumentLock::DocumentLock(const Reference<css::sheet::XSpreadsheetDocument>& document)
    : _document(document) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (model.is()) {
        model->lockControllers();
        _controllers = true;
    }
    Reference<css::document::XActionLockable> lockable(document, UNO_QUERY);
    if (lockable.is()) {
        lockable->addActionLock();
        _actions = true;
    }
}

DocumentLock::~DocumentLock() {
    release();
}

void DocumentLock::release() noexcept {
    try {
        if (_actions) {
            _actions = false;
            Reference<css::document::XActionLockable>(_document, UNO_QUERY)->removeActionLock();
        }
        if (_controllers) {
            _controllers = false;
            Reference<css::frame::XModel>(_document, UNO_QUERY)->unlockControllers();
        }
    } catch (const css::uno::Exception&) {
        // The document is gone: there is nothing left to unlock.
    }
}

} // namespace concord::uno
