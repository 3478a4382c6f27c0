#pragma once

#include "core/sheets/Plan.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace concord::uno {

/// Which sheets of a document Concord generated, kept in the document itself so that the
/// same workbook behaves the same wherever it is opened.
///
/// Two marks, both needed for a sheet to count as Concord's (and so to be replaced):
///  - the document's user-defined property "ConcordGeneratedSheets" lists each generated
///    sheet as JSON, {"version": 1, "sheets": [{"name", "kind", "key"}]};
///  - the sheet itself holds a sheet-local named expression "ConcordGenerated" (its kind).
/// The property alone is not enough: document properties are not part of the undo stack,
/// so after Edit ▸ Undo it may still list a name that a user then gives to a sheet of
/// their own. The sheet mark alone is not enough either: a user's copy of a generated
/// sheet (Move/Copy, under another name) carries it too and must stay the user's.
class GeneratedRegistry {
public:
    /// One generated sheet: its name in the document, kind ("scorecard", "company",
    /// "smart", "requests", "escalations") and key (department code of a scorecard).
    using Entry = core::sheets::GeneratedSheet;

    /// Reads the property of document and keeps the entries whose sheet exists and
    /// carries the mark. A missing or unreadable property means no generated sheets.
    /// Throws css::uno::Exception when Calc refuses to answer.
    static GeneratedRegistry
    load(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

    /// The generated sheets, in the order they were listed.
    const std::vector<Entry>& entries() const { return _entries; }
    /// Their names.
    std::set<std::string> names() const;

    /// Puts the mark into sheet (a new, generated sheet). Throws css::uno::Exception when
    /// Calc refuses.
    static void mark(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                     const std::string& kind);

    /// Writes entries as the document's property (adding it if needed). Throws
    /// css::uno::RuntimeException when Calc refuses (e.g. the property exists with another
    /// type, or read-only).
    static void save(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::vector<Entry>& entries);

    /// Puts the property back exactly as load() found it (removed when there was none), to
    /// take back a save() of a run that is reverted. Throws css::uno::Exception when Calc
    /// refuses.
    void restore(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) const;

private:
    std::vector<Entry> _entries;
    /// The property's value when loaded; empty when the document had no such property.
    std::optional<css::uno::Any> _stored;
};

} // namespace concord::uno
