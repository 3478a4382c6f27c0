#include "core/smart/SmartHints.hpp"

#include <cstdio>
#include <cstdlib>

namespace concord::core {

namespace {

std::size_t index(Language language) {
    return language == Language::Ru ? 1 : 0;
}

bool isSpaceByte(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isTrailingPunctuation(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
}

} // namespace

const std::vector<std::string>& SmartHints::requiredIds() {
    static const std::vector<std::string> ids = {"S",       "M",        "A.outOfRange",
                                                 "R.owner", "R.parent", "R.ownerAndParent",
                                                 "T",       "complete", "empty"};
    return ids;
}

void SmartHints::setTemplate(Language language, const std::string& id, std::string text) {
    _templates[index(language)][id] = std::move(text);
}

bool SmartHints::has(Language language, const std::string& id) const {
    return _templates[index(language)].count(id) != 0;
}

void SmartHints::setStartWords(int startWords, int wholeGoalWords) {
    _startWords = startWords;
    _wholeGoalWords = wholeGoalWords;
}

std::string
SmartHints::format(Language language, const std::string& id,
                   const std::vector<std::pair<std::string_view, std::string>>& values) const {
    const std::string& text = _templates[index(language)].at(id);
    std::string out;
    out.reserve(text.size() + 64);
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t open = text.find('{', pos);
        const std::size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) {
            out.append(text, pos, std::string::npos);
            break;
        }
        out.append(text, pos, open - pos);
        const std::string_view name(text.data() + open + 1, close - open - 1);
        bool filled = false;
        for (const auto& [key, value] : values)
            if (key == name) {
                out += value;
                filled = true;
                break;
            }
        if (!filled)
            out.append(text, open, close - open + 1);
        pos = close + 1;
    }
    return out;
}

std::string SmartHints::start(std::string_view goal) const {
    std::vector<std::string_view> words;
    for (std::size_t pos = 0; pos < goal.size();) {
        while (pos < goal.size() && isSpaceByte(goal[pos]))
            ++pos;
        const std::size_t begin = pos;
        while (pos < goal.size() && !isSpaceByte(goal[pos]))
            ++pos;
        if (pos > begin)
            words.push_back(goal.substr(begin, pos - begin));
    }
    const bool whole = int(words.size()) <= _wholeGoalWords;
    const std::size_t take = whole ? words.size() : std::size_t(_startWords);
    std::string out;
    for (std::size_t i = 0; i < take; ++i) {
        if (i)
            out += ' ';
        out.append(words[i]);
    }
    while (!out.empty() && isTrailingPunctuation(out.back()))
        out.pop_back();
    if (!whole)
        out += "\xE2\x80\xA6"; // …
    return out;
}

std::string SmartHints::number(double value, Language language) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6g", value); // round to 6 significant digits
    std::snprintf(buffer, sizeof buffer, "%.15g", std::strtod(buffer, nullptr)); // no 1e+06
    std::string out(buffer);
    if (language == Language::Ru)
        for (char& c : out)
            if (c == '.')
                c = ',';
    return out;
}

} // namespace concord::core
