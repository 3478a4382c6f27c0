#pragma once

#include "cli/office/CalcDocument.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <string>

namespace concord::integration {

/// Reading a sheet's cells in the share tests (hand-outs, masters, returned files).
struct SheetCells {
    using Rows = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

    /// The sheet named name of document; throws when there is none.
    static css::uno::Reference<css::sheet::XSpreadsheet> sheet(const cli::CalcDocument& document,
                                                               const std::string& name);
    /// The used area of sheet from A1, as one getDataArray.
    static Rows used(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
    /// A cell value's text; empty for a number or an empty cell.
    static std::string text(const css::uno::Any& value);
};

} // namespace concord::integration
