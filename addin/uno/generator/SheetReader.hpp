#pragma once

#include "core/common/CivilDate.hpp"
#include "core/common/Language.hpp"
#include "core/model/RawSheet.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace concord::uno {

/// Reads a workbook for the core: each sheet's used area in one bulk call, and the
/// document settings the core needs.
class SheetReader {
public:
    /// Every sheet whose name is not in skip, in document order, as its name and the cells
    /// from A1 to the end of its used area, read with one getDataArray call per sheet.
    /// Empty cells become empty core cells; a formula showing an error becomes a
    /// core::common::CellError holding the text Calc shows ("#N/A", "#DIV/0!", "Err:502");
    /// numbers (dates are serials of the document) and texts are kept. Throws
    /// css::uno::Exception when Calc refuses.
    static std::vector<core::model::RawSheet>
    read(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
         const std::set<std::string>& skip);

    /// The document's date serial 0 (its NullDate property); 1899-12-30 when the
    /// document does not say.
    static core::common::CivilDate
    nullDate(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

    /// The document's locale as a fallback language of generated texts (after the table
    /// headers, DESIGN §2): Russian or English when the document's default character
    /// locale (CharLocale, Tools ▸ Options ▸ Language Settings ▸ Languages ▸ Default
    /// languages for documents, stored in the document) is Russian or English, else empty.
    static std::optional<core::common::Language>
    language(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
};

} // namespace concord::uno
