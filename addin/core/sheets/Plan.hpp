#pragma once

#include "core/sheets/Layout.hpp"
#include "core/sheets/Scope.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace concord::core::sheets {

/// One sheet Concord generated, as the document's registry lists it.
struct GeneratedSheet {
    std::string name; ///< its name in the document
    std::string kind; ///< "scorecard", "company", "smart", "requests", "escalations"
    std::string key;  ///< department code of a scorecard, else empty

    bool operator==(const GeneratedSheet& other) const {
        return name == other.name && kind == other.kind && key == other.key;
    }
};

/// A sheet a run removes or writes: its name, 0-based place in the document, kind and key,
/// and the header rows and columns to freeze.
struct PlannedSheet {
    std::string name;
    int position = 0;
    std::string kind;
    std::string key;
    int frozenRows = 0;
    int frozenCols = 0;
    std::size_t layout = 0; ///< a written sheet: index of its layout in the build's list

    bool operator==(const PlannedSheet& other) const {
        return name == other.name && position == other.position && kind == other.kind &&
               key == other.key && frozenRows == other.frozenRows &&
               frozenCols == other.frozenCols && layout == other.layout;
    }
};

/// A sheet written under another name than the one wanted, because a sheet that stays
/// holds it: the note the user is given.
struct Renamed {
    std::string wanted;
    std::string name;

    bool operator==(const Renamed& other) const {
        return wanted == other.wanted && name == other.name;
    }
};

/// What a run does to the document, decided before anything is changed.
struct Plan {
    std::vector<PlannedSheet> remove;     ///< Concord's sheets that go, in ascending position
    std::vector<PlannedSheet> write;      ///< the new sheets, final names, ascending position
    std::vector<Renamed> renamed;         ///< the clashes, in the order of write
    std::vector<GeneratedSheet> registry; ///< the registry after the run
};

/// The plan of a run writing layouts (the build's sheets, in order) into a document whose
/// sheets are documentSheets (in order) and whose registry is registry (only sheets that
/// exist and carry the mark):
///  - only the layouts scope covers are written; when scope names a department (key) and
///    none is left, throws Error "build.department_unknown" (value: the key);
///  - the registered sheets scope covers go; the others stay, and so do user sheets;
///  - each written sheet gets its wanted name made valid (safeSheetName), or "name (2)",
///    "name (3)"… when a sheet that stays holds it (compared ignoring case, Cyrillic
///    included; a Renamed note), and the places from where the first removed sheet stood
///    (at the end when none is removed), one after the other;
///  - the registry after the run: the entries that stay, then the written sheets.
/// Nothing is planned (and nothing thrown) when scope does not write.
Plan plan(const std::vector<Layout>& layouts, const std::vector<std::string>& documentSheets,
          const std::vector<GeneratedSheet>& registry, const Scope& scope);

} // namespace concord::core::sheets
