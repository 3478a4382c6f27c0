#pragma once

#include "core/share/Merge.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace concord::uno {

/// The UNO side of collect: opens each returned file hidden and read-only, hands its
/// sheets, null date and stamp to core::share::Merge, and applies the merge's writes to
/// the master as one undo step.
class CollectRun {
public:
    /// Reads one returned file into merge, with its formula cells. A file Calc cannot open
    /// (damaged, cut short, not a spreadsheet, password-protected: every question Calc asks
    /// while loading is answered "abort") is recorded as refused whole
    /// (Merge::refuse: Unreadable or Password) and the collect goes on. Throws
    /// css::uno::Exception when reading an opened file fails.
    static void add(const css::uno::Reference<css::uno::XComponentContext>& context,
                    core::share::Merge& merge, const rtl::OUString& url);

    /// Writes the merge's cells into the master (numbers, texts, dates with a date format
    /// where the cell has none), inside one undo context named undoTitle; nothing, and no
    /// undo step, when there is nothing to write. Returns the number of cells written.
    static int apply(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& master,
                     const std::vector<core::share::CellWrite>& writes,
                     const std::string& undoTitle);
};

} // namespace concord::uno
