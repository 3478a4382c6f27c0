#pragma once

#include <com/sun/star/document/XUndoAction.hpp>
#include <cppuhelper/implbase1.hxx>

#include <memory>

namespace concord::uno {

class SheetSwap;

/// A whole generation as one entry of the document's undo stack (Edit ▸ Undo "Concord:
/// build sheets"): undo reverts its SheetSwap, redo applies it again. It owns the swap and
/// with it the copies of both sides, released when Calc drops the entry.
class GenerationUndoAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    GenerationUndoAction(rtl::OUString title, std::shared_ptr<const SheetSwap> swap);

    // XUndoAction
    rtl::OUString SAL_CALL getTitle() override;
    /// Throws css::document::UndoFailedException when Calc refuses.
    void SAL_CALL undo() override;
    /// Throws css::document::UndoFailedException when Calc refuses.
    void SAL_CALL redo() override;

private:
    rtl::OUString _title;
    std::shared_ptr<const SheetSwap> _swap;
};

} // namespace concord::uno
