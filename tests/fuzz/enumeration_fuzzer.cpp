// libFuzzer target for the enumeration words (common::Words with the shipped words.json; see
// CMakeLists.txt for the build and run commands).
//
// Input: the text of a cell, as it is.
//
// What must hold for any input: the lookups return (no exception); a text is never both a
// range word and an up/down word; the answer does not change with surrounding ASCII spaces
// or with ASCII letters upper-cased (matching trims and ignores case).
#include "FuzzSupport.hpp"

#include "core/common/Words.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

using concord::core::common::Words;
using concord::fuzz::require;

namespace {

const Words& words() {
    static const Words instance = Words::load(CONCORD_DATA_DIR "/words.json");
    return instance;
}

std::string asciiUpper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(concord::fuzz::text(data, size));
    const auto direction = words().direction(text);
    const bool range = words().isRangeDirection(text);
    const auto frequency = words().frequency(text);
    const auto agreed = words().agreed(text);
    const auto level = words().level(text);
    require(!(direction && range));
    for (const std::string& other : {" " + text + "\t", asciiUpper(text)}) {
        require(words().direction(other) == direction);
        require(words().isRangeDirection(other) == range);
        require(words().frequency(other) == frequency);
        require(words().agreed(other) == agreed);
        require(words().level(other) == level);
    }
    return 0;
}
