#pragma once

#include "cli/office/CalcDocument.hpp"

#include <string>

namespace concord::integration {

/// The view of a Calc document as a user sees it: which sheet is shown, and Edit ▸ Undo /
/// Redo (the document's XUndoManager).
class SheetView {
public:
    /// The name of the active sheet of the document's current controller.
    static std::string activeSheet(const cli::CalcDocument& document);
    /// Makes the sheet named name the active one.
    static void activate(const cli::CalcDocument& document, const std::string& name);
    /// XUndoManager::undo and redo of the document.
    static void undo(const cli::CalcDocument& document);
    static void redo(const cli::CalcDocument& document);
};

} // namespace concord::integration
