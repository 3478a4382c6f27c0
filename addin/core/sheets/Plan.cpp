#include "core/sheets/Plan.hpp"

#include "core/common/Error.hpp"
#include "core/sheets/Naming.hpp"

#include <algorithm>
#include <set>

namespace concord::core::sheets {

namespace {

/// Whether the chosen layouts would get exactly the names of the sheets that go, in the
/// same order: then each can take the place of its namesake.
bool sameSheets(const std::vector<Layout>& layouts, const std::vector<std::size_t>& chosen,
                const std::vector<PlannedSheet>& removed) {
    if (removed.empty() || removed.size() != chosen.size())
        return false;
    for (std::size_t i = 0; i < chosen.size(); ++i)
        if (safeSheetName(layouts[chosen[i]].name) != removed[i].name ||
            layouts[chosen[i]].kind != removed[i].kind || layouts[chosen[i]].key != removed[i].key)
            return false;
    return true;
}

/// The plan of a rebuild of the same sheets: only the changed ones go and come back.
void rebuildInPlace(const std::vector<Layout>& layouts, const std::vector<std::size_t>& chosen,
                    const std::vector<GeneratedSheet>& registry, const Scope& scope, Plan& result) {
    std::vector<PlannedSheet> same = std::move(result.remove);
    result.remove.clear();
    // The registry entries in scope, by name (their fingerprints).
    std::vector<GeneratedSheet> ours;
    for (const GeneratedSheet& entry : registry)
        if (scope.covers(entry.kind, entry.key))
            ours.push_back(entry);
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const Layout& layout = layouts[chosen[i]];
        const PlannedSheet& old = same[i];
        const auto entry = std::find_if(
            ours.begin(), ours.end(), [&](const GeneratedSheet& e) { return e.name == old.name; });
        PlannedSheet sheet{old.name,          old.position,      layout.kind, layout.key,
                           layout.frozenRows, layout.frozenCols, chosen[i]};
        if (entry != ours.end() && !layout.fingerprint.empty() &&
            entry->fingerprint == layout.fingerprint) {
            result.keep.push_back(sheet);
        } else {
            result.remove.push_back(old);
            result.write.push_back(sheet);
        }
        result.registry.push_back({old.name, layout.kind, layout.key, layout.fingerprint});
    }
}

} // namespace

Plan plan(const std::vector<Layout>& layouts, const std::vector<std::string>& documentSheets,
          const std::vector<GeneratedSheet>& registry, const Scope& scope) {
    Plan result;
    if (!scope.write)
        return result;
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < layouts.size(); ++i)
        if (scope.covers(layouts[i].kind, layouts[i].key))
            chosen.push_back(i);
    if (!scope.key.empty() && chosen.empty())
        throw common::Error(common::Error::Category::Input, "build.department_unknown",
                            "no department with the code \"" + scope.key + "\"", scope.key);

    // The registered sheets that go; the others stay listed.
    for (const GeneratedSheet& entry : registry) {
        if (!scope.covers(entry.kind, entry.key)) {
            result.registry.push_back(entry);
            continue;
        }
        const auto at = std::find(documentSheets.begin(), documentSheets.end(), entry.name);
        if (at != documentSheets.end())
            result.remove.push_back({entry.name, static_cast<int>(at - documentSheets.begin()),
                                     entry.kind, entry.key, 0, 0, 0});
    }
    std::sort(result.remove.begin(), result.remove.end(),
              [](const PlannedSheet& a, const PlannedSheet& b) { return a.position < b.position; });

    if (sameSheets(layouts, chosen, result.remove)) {
        rebuildInPlace(layouts, chosen, registry, scope, result);
        return result;
    }

    // The names that stay taken: every sheet but those that go.
    std::set<std::string> taken;
    for (const std::string& name : documentSheets)
        taken.insert(foldedSheetName(name));
    for (const PlannedSheet& sheet : result.remove)
        taken.erase(foldedSheetName(sheet.name));

    int position = result.remove.empty() ? static_cast<int>(documentSheets.size())
                                         : result.remove.front().position;
    for (const std::size_t index : chosen) {
        const Layout& layout = layouts[index];
        const std::string wanted = safeSheetName(layout.name);
        const std::string name = freeSheetName(taken, wanted);
        taken.insert(foldedSheetName(name));
        if (name != wanted)
            result.renamed.push_back({wanted, name});
        result.write.push_back({name, position++, layout.kind, layout.key, layout.frozenRows,
                                layout.frozenCols, index});
        result.registry.push_back({name, layout.kind, layout.key, layout.fingerprint});
    }
    return result;
}

} // namespace concord::core::sheets
