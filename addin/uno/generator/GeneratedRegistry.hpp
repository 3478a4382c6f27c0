#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

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
    struct Entry {
        std::string name;
        std::string kind;
        std::string key;
    };

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
    /// css::uno::Exception when Calc refuses.
    static void save(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::vector<Entry>& entries);

private:
    std::vector<Entry> _entries;
};

} // namespace concord::uno
