// libFuzzer target for the SMART analyser (see CMakeLists.txt for the build and run commands).
//
// Input: byte 0 is a set of flags, the rest is text split at 0x1F into goal, KPI, owner and
// parent (missing fields are not given). Flags: 1 target, 2 baseline, 4 deadline, 8
// company-level goal; with 16 the numbers are the raw bits of the last 24 bytes (NaN and
// infinities included), else small fixed values. Seeds in tests/fuzz/corpus start with 0x00
// followed by a goal of the dev set.
//
// What must hold for any input: analyse() and explain() return or throw
// concord::core::common::Error with the ids they document, never anything else; valid UTF-8 is
// never refused and invalid UTF-8 always is; the result is consistent (score, missing letters, a
// non-empty hint in UTF-8, the language detectLanguage() gives the same text).
#include "FuzzSupport.hpp"
#include "core/common/Error.hpp"
#include "core/smart/Analyser.hpp"
#include "core/smart/Language.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace concord::core::common;
using namespace concord::core::smart;

namespace {

const Analyser& analyser() {
    static const Analyser instance(Vocabulary::load(CONCORD_DATA_DIR "/smart.json"));
    return instance;
}

/// RFC 3629 UTF-8, written apart from the analyser's decoder so that the two check each other.
bool validUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned c = s[i];
        std::size_t length = 0;
        unsigned min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        unsigned cp = c & (0xFF >> (length + 1));
        for (std::size_t k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

void require(bool condition) {
    if (!condition)
        std::abort();
}

double number(const std::uint8_t* raw, bool rawBits, double fallback) {
    if (!rawBits)
        return fallback;
    double value;
    std::memcpy(&value, raw, sizeof value);
    return value;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::uint8_t flags = data[0];
    const bool rawBits = (flags & 16) && size >= 25;
    const std::uint8_t* raw = data + size - 24;
    const std::string_view text(reinterpret_cast<const char*>(data + 1),
                                size - 1 - (rawBits ? 24 : 0));
    const std::vector<std::string> parts = concord::fuzz::fields(text);

    Evidence evidence;
    evidence.goal = parts[0];
    if (parts.size() > 1)
        evidence.kpi = parts[1];
    if (parts.size() > 2)
        evidence.owner = parts[2];
    if (parts.size() > 3)
        evidence.parent = parts[3];
    if (flags & 1)
        evidence.target = number(raw, rawBits, 120);
    if (flags & 2)
        evidence.baseline = number(raw + 8, rawBits, 30);
    if (flags & 4)
        evidence.deadline = number(raw + 16, rawBits, 46387);
    evidence.companyLevel = (flags & 8) != 0;

    const bool utf8 = validUtf8(evidence.goal);
    const bool finite = (!evidence.target || std::isfinite(*evidence.target)) &&
                        (!evidence.baseline || std::isfinite(*evidence.baseline)) &&
                        (!evidence.deadline || std::isfinite(*evidence.deadline));
    try {
        const Result result = analyser().analyse(evidence);
        require(finite && utf8); // invalid UTF-8 is always refused
        require(result.score() >= 0 && result.score() <= 5);
        require(result.missing().size() == (5 - std::size_t(result.score())) * 2 - 1 ||
                (result.score() == 5 && result.missing().empty()));
        require(!result.hint.empty());
        require(validUtf8(result.hint) || !utf8);
        if (utf8)
            require(result.language == detectLanguage(evidence.goal));
    } catch (const Error& error) {
        const std::string id = error.id();
        require(id == "smart.not_finite" || (id == "smart.invalid_utf8" && !utf8));
        require(id != "smart.not_finite" || !finite);
    }
    try {
        for (const Match& match : analyser().explain(evidence.goal))
            require(!match.rule.empty() && !match.text.empty());
    } catch (const Error& error) {
        require(std::string(error.id()) == "smart.invalid_utf8" && !utf8);
    }
    return 0;
}
