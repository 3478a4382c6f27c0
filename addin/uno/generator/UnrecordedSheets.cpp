#include "UnrecordedSheets.hpp"
#include "uno/text/UnoText.hpp"

#include "GeneratedRegistry.hpp"
#include "ScratchDocument.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

UnrecordedSheets::UnrecordedSheets(const Reference<css::sheet::XSpreadsheetDocument>& document)
    : _document(document) {
    Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
    if (supplier.is())
        _manager = supplier->getUndoManager();
}

void UnrecordedSheets::run(const std::function<void()>& change) const {
    if (_manager.is())
        _manager->lock();
    try {
        change();
    } catch (...) {
        if (_manager.is())
            _manager->unlock();
        throw;
    }
    if (_manager.is())
        _manager->unlock();
}

void UnrecordedSheets::remove(const std::string& name) const {
    auto sheets = _document->getSheets();
    if (sheets->hasByName(fromUtf8(name)))
        run([&] { sheets->removeByName(fromUtf8(name)); });
}

void UnrecordedSheets::import(const ScratchDocument& from, const std::string& name,
                              sal_Int16 position) const {
    Reference<css::sheet::XSpreadsheets2> sheets(_document->getSheets(), UNO_QUERY_THROW);
    if (sheets->hasByName(fromUtf8(name)))
        return;
    // Without a drawing layer in the target Calc 7.4 drops the sheet's charts (see
    // ScratchDocument); asking for a draw page makes one.
    Reference<css::drawing::XDrawPagesSupplier>(_document, UNO_QUERY_THROW)
        ->getDrawPages()
        ->getByIndex(0);
    run([&] { sheets->importSheet(from.document(), fromUtf8(name), position); });
}

void UnrecordedSheets::mark(const std::string& name, const std::string& kind) const {
    Reference<css::sheet::XSpreadsheet> sheet(_document->getSheets()->getByName(fromUtf8(name)),
                                              UNO_QUERY_THROW);
    run([&] { GeneratedRegistry::mark(sheet, kind); });
}

} // namespace concord::uno
