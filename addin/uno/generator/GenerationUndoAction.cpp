#include "GenerationUndoAction.hpp"
#include "uno/text/UnoText.hpp"

#include "SheetSwap.hpp"
#include "uno/GridConversion.hpp"

#include <com/sun/star/document/UndoFailedException.hpp>

namespace concord::uno {

namespace {

/// Runs change on a copy of the swap's owner (the undo manager may drop this action while
/// it runs); every failure becomes the UndoFailedException the undo manager expects.
template <class Change> void asUndoStep(Change change, const char* what) {
    try {
        change();
    } catch (const css::uno::Exception& error) {
        throw css::document::UndoFailedException(
            fromUtf8(std::string("Concord: cannot ") + what +
                     " the generated sheets: " + toUtf8(error.Message)),
            nullptr, css::uno::Any(error));
    } catch (const std::exception& error) {
        throw css::document::UndoFailedException(fromUtf8(std::string("Concord: cannot ") + what +
                                                          " the generated sheets: " + error.what()),
                                                 nullptr, css::uno::Any());
    }
}

} // namespace

GenerationUndoAction::GenerationUndoAction(rtl::OUString title,
                                           std::shared_ptr<const SheetSwap> swap)
    : _title(std::move(title)), _swap(std::move(swap)) {}

rtl::OUString GenerationUndoAction::getTitle() {
    return _title;
}

void GenerationUndoAction::undo() {
    const std::shared_ptr<const SheetSwap> swap = _swap;
    asUndoStep([&] { swap->revert(); }, "remove");
}

void GenerationUndoAction::redo() {
    const std::shared_ptr<const SheetSwap> swap = _swap;
    asUndoStep([&] { swap->apply(); }, "restore");
}

} // namespace concord::uno
