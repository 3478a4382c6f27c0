#include "SheetSwap.hpp"

#include "DocumentLock.hpp"
#include "ScratchDocument.hpp"
#include "UnrecordedSheets.hpp"
#include "ViewFreezer.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace concord::uno {

SheetSwap::SheetSwap(const Reference<css::sheet::XSpreadsheetDocument>& document,
                     std::shared_ptr<const ScratchDocument> oldCopies, std::vector<Sheet> oldSheets,
                     std::shared_ptr<const ScratchDocument> freshCopies,
                     std::vector<Sheet> freshSheets)
    : _document(document), _oldCopies(std::move(oldCopies)), _old(std::move(oldSheets)),
      _freshCopies(std::move(freshCopies)), _fresh(std::move(freshSheets)) {}

void SheetSwap::apply() const {
    put(*_freshCopies, _fresh, _old);
}

void SheetSwap::revert() const {
    put(*_oldCopies, _old, _fresh);
}

void SheetSwap::put(const ScratchDocument& copies, const std::vector<Sheet>& sheets,
                    const std::vector<Sheet>& replaced) const {
    const UnrecordedSheets unrecorded(_document);
    {
        DocumentLock lock(_document);
        for (const Sheet& sheet : replaced)
            unrecorded.remove(sheet.name);
        for (const Sheet& sheet : sheets) {
            unrecorded.import(copies, sheet.name, sheet.position);
            unrecorded.mark(sheet.name, sheet.kind);
        }
    }
    const ViewFreezer freezer(_document);
    if (!freezer.hasView())
        return;
    for (const Sheet& sheet : sheets)
        freezer.freeze(
            Reference<css::sheet::XSpreadsheet>(
                _document->getSheets()->getByName(fromUtf8(sheet.name)), UNO_QUERY_THROW),
            sheet.frozenRows, sheet.frozenCols);
    freezer.restore();
}

} // namespace concord::uno
