#include "ViewFreezer.hpp"
#include "uno/text/UnoText.hpp"

#include "uno/GridConversion.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace concord::uno {

ViewFreezer::ViewFreezer(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (!model.is())
        return;
    Reference<css::frame::XController> controller = model->getCurrentController();
    Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY);
    Reference<css::sheet::XViewFreezable> freezable(controller, UNO_QUERY);
    if (!view.is() || !freezable.is())
        return;
    _view = controller;
    _document = document;
    _active = view->getActiveSheet();
}

std::string ViewFreezer::activeName() const noexcept {
    try {
        const Reference<css::container::XNamed> named(_active, UNO_QUERY);
        return named.is() ? toUtf8(named->getName()) : std::string();
    } catch (const css::uno::Exception&) {
        return {}; // the sheet went away meanwhile: there is none to go back to
    }
}

void ViewFreezer::show(const std::string& name) const noexcept {
    if (!_view.is() || name.empty())
        return;
    try {
        const auto sheets = _document->getSheets();
        if (sheets->hasByName(fromUtf8(name)))
            Reference<css::sheet::XSpreadsheetView>(_view, UNO_QUERY)
                ->setActiveSheet(Reference<css::sheet::XSpreadsheet>(
                    sheets->getByName(fromUtf8(name)), UNO_QUERY));
    } catch (const css::uno::Exception&) {
        // The view went away meanwhile: nothing to show the sheet in.
    }
}

void ViewFreezer::freeze(const Reference<css::sheet::XSpreadsheet>& sheet, int rows,
                         int cols) const {
    if (!_view.is() || (rows <= 0 && cols <= 0))
        return;
    Reference<css::sheet::XSpreadsheetView>(_view, UNO_QUERY)->setActiveSheet(sheet);
    Reference<css::sheet::XViewFreezable>(_view, UNO_QUERY)
        ->freezeAtPosition(std::max(cols, 0), std::max(rows, 0));
}

void ViewFreezer::restore() const noexcept {
    if (!_view.is() || !_active.is())
        return;
    try {
        Reference<css::sheet::XSpreadsheetView>(_view, UNO_QUERY)->setActiveSheet(_active);
    } catch (const css::uno::Exception&) {
        // The sheet that was active is gone (it was generated and replaced).
    }
}

} // namespace concord::uno
