#include "core/sheets/Naming.hpp"

#include <Poco/UTF8String.h>

namespace concord::core::sheets {

namespace {

/// Characters Calc does not allow in a sheet name, and what stands for them.
const std::string forbiddenInNames = "[]*?:/\\";
constexpr char replacement = '_';

} // namespace

std::string safeSheetName(std::string name) {
    for (char& c : name)
        if (forbiddenInNames.find(c) != std::string::npos)
            c = replacement;
    const std::size_t first = name.find_first_not_of('\'');
    const std::size_t last = name.find_last_not_of('\'');
    return first == std::string::npos ? std::string(1, replacement)
                                      : name.substr(first, last - first + 1);
}

std::string foldedSheetName(const std::string& name) {
    return Poco::UTF8::toLower(name);
}

std::string freeSheetName(const std::set<std::string>& taken, const std::string& wanted) {
    std::string name = wanted;
    for (int n = 2; taken.count(foldedSheetName(name)) != 0; ++n)
        name = wanted + " (" + std::to_string(n) + ")";
    return name;
}

} // namespace concord::core::sheets
