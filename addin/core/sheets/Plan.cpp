#include "core/sheets/Plan.hpp"

#include "core/common/Error.hpp"
#include "core/sheets/Naming.hpp"

#include <algorithm>
#include <set>

namespace concord::core::sheets {

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
        result.registry.push_back({name, layout.kind, layout.key});
    }
    return result;
}

} // namespace concord::core::sheets
