#include "core/sheets/ReadingOrder.hpp"

#include <algorithm>
#include <iterator>

namespace concord::core::sheets {

namespace {

/// The reading order of the generated kinds.
const char* const readingOrder[] = {"company", "people",   "scorecard",
                                    "smart",   "requests", "escalations"};

std::size_t rank(const std::string& kind) {
    const auto at = std::find(std::begin(readingOrder), std::end(readingOrder), kind);
    return static_cast<std::size_t>(at - std::begin(readingOrder));
}

} // namespace

std::vector<std::string> reportSheets(const std::vector<WrittenSheet>& documentSheets,
                                      bool everySheet) {
    std::vector<WrittenSheet> chosen;
    for (const WrittenSheet& sheet : documentSheets)
        if (everySheet || !sheet.kind.empty())
            chosen.push_back(sheet);
    if (!everySheet)
        std::stable_sort(chosen.begin(), chosen.end(),
                         [](const WrittenSheet& a, const WrittenSheet& b) {
                             return rank(a.kind) < rank(b.kind);
                         });
    std::vector<std::string> names;
    for (const WrittenSheet& sheet : chosen)
        names.push_back(sheet.name);
    return names;
}

bool inDocumentOrder(const std::vector<WrittenSheet>& documentSheets,
                     const std::vector<std::string>& wanted) {
    std::size_t next = 0;
    for (const WrittenSheet& sheet : documentSheets)
        if (next < wanted.size() && sheet.name == wanted[next])
            ++next;
    return next == wanted.size();
}

} // namespace concord::core::sheets
