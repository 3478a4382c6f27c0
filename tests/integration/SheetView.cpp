#include "SheetView.hpp"

#include "uno/text/UnoText.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>

namespace concord::integration {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

Reference<css::sheet::XSpreadsheetView> viewOf(const cli::CalcDocument& document) {
    return Reference<css::sheet::XSpreadsheetView>(
        Reference<css::frame::XModel>(document.model(), UNO_QUERY_THROW)->getCurrentController(),
        UNO_QUERY_THROW);
}

Reference<css::document::XUndoManager> undoManagerOf(const cli::CalcDocument& document) {
    return Reference<css::document::XUndoManagerSupplier>(document.model(), UNO_QUERY_THROW)
        ->getUndoManager();
}

} // namespace

std::string SheetView::activeSheet(const cli::CalcDocument& document) {
    return ::concord::uno::toUtf8(
        Reference<css::container::XNamed>(viewOf(document)->getActiveSheet(), UNO_QUERY_THROW)
            ->getName());
}

void SheetView::activate(const cli::CalcDocument& document, const std::string& name) {
    viewOf(document)->setActiveSheet(Reference<css::sheet::XSpreadsheet>(
        document.model()->getSheets()->getByName(::concord::uno::fromUtf8(name)), UNO_QUERY_THROW));
}

void SheetView::undo(const cli::CalcDocument& document) {
    undoManagerOf(document)->undo();
}

void SheetView::redo(const cli::CalcDocument& document) {
    undoManagerOf(document)->redo();
}

} // namespace concord::integration
