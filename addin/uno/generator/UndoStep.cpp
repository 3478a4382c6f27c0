#include "UndoStep.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace concord::uno {

namespace {

const char undoEnabled[] = "IsUndoEnabled";

} // namespace

UndoStep::UndoStep(const Reference<css::sheet::XSpreadsheetDocument>& document,
                   const rtl::OUString& title)
    : _document(document) {
    Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
    if (supplier.is())
        _manager = supplier->getUndoManager();
    if (!_manager.is() || _manager->isLocked())
        return;
    _manager->enterUndoContext(title);
    _open = true;
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY);
    if (!properties.is() || !properties->getPropertySetInfo()->hasPropertyByName(undoEnabled))
        return;
    bool enabled = false;
    properties->getPropertyValue(undoEnabled) >>= enabled;
    if (!enabled)
        return; // the document records nothing anyway
    properties->setPropertyValue(undoEnabled, css::uno::Any(false));
    _silenced = true;
}

UndoStep::~UndoStep() {
    close();
}

void UndoStep::commit(const Reference<css::document::XUndoAction>& action) {
    if (!_open)
        return;
    if (_silenced) {
        _silenced = false;
        Reference<css::beans::XPropertySet>(_document, UNO_QUERY)
            ->setPropertyValue(undoEnabled, css::uno::Any(true));
    }
    _manager->addUndoAction(action);
    close();
}

void UndoStep::close() noexcept {
    try {
        if (_silenced) {
            _silenced = false;
            Reference<css::beans::XPropertySet>(_document, UNO_QUERY)
                ->setPropertyValue(undoEnabled, css::uno::Any(true));
        }
        if (_open) {
            _open = false;
            _manager->leaveUndoContext();
        }
    } catch (const css::uno::Exception&) {
        // The document went away meanwhile: there is no stack left to close.
    }
}

} // namespace concord::uno
