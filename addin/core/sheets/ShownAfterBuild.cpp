#include "core/sheets/ShownAfterBuild.hpp"

#include <algorithm>

namespace concord::core::sheets {

namespace {

const char companyKind[] = "company";

} // namespace

std::string shownSheet(const std::vector<WrittenSheet>& written) {
    const auto company =
        std::find_if(written.begin(), written.end(),
                     [](const WrittenSheet& sheet) { return sheet.kind == companyKind; });
    if (company != written.end())
        return company->name;
    return written.empty() ? std::string() : written.front().name;
}

} // namespace concord::core::sheets
