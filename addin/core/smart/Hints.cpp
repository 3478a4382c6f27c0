#include "core/smart/Hints.hpp"

#include "core/common/Placeholders.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace concord::core::smart {

namespace {

std::size_t index(common::Language language) {
    return language == common::Language::Ru ? 1 : 0;
}

bool isSpaceByte(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isTrailingPunctuation(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
}

constexpr const char* ellipsis = "\xE2\x80\xA6"; // …

} // namespace

const std::vector<std::string>& Hints::requiredIds() {
    static const std::vector<std::string> ids = {
        "S",        "S.level",          "M", "M.level",  "A.outOfRange",     "R.owner",
        "R.parent", "R.ownerAndParent", "T", "complete", "example.deadline", "empty"};
    return ids;
}

const std::string& Hints::text(common::Language language, const std::string& id) const {
    return _templates[index(language)].at(id);
}

void Hints::setTemplate(common::Language language, const std::string& id, std::string text) {
    _templates[index(language)][id] = std::move(text);
}

bool Hints::has(common::Language language, const std::string& id) const {
    return _templates[index(language)].count(id) != 0;
}

void Hints::setStartWords(int startWords, int wholeGoalWords, int exampleWords) {
    _startWords = startWords;
    _wholeGoalWords = wholeGoalWords;
    _exampleWords = exampleWords;
}

std::string
Hints::format(common::Language language, const std::string& id,
              const std::vector<std::pair<std::string_view, std::string>>& values) const {
    return common::Placeholders::named(_templates[index(language)].at(id), values);
}

std::string Hints::start(std::string_view goal) const {
    // one pass, no word list: the end of word startWords and whether there are more than
    // wholeGoalWords words
    std::size_t words = 0;
    std::size_t startEnd = 0;
    std::size_t end = 0;
    for (std::size_t pos = 0; pos < goal.size() && words <= std::size_t(_wholeGoalWords);) {
        while (pos < goal.size() && isSpaceByte(goal[pos]))
            ++pos;
        if (pos == goal.size())
            break;
        while (pos < goal.size() && !isSpaceByte(goal[pos]))
            ++pos;
        ++words;
        end = pos;
        if (words == std::size_t(_startWords))
            startEnd = pos;
    }
    const bool whole = words <= std::size_t(_wholeGoalWords);
    std::string_view quoted = goal.substr(0, whole ? end : startEnd);
    while (!quoted.empty() && (isTrailingPunctuation(quoted.back()) || isSpaceByte(quoted.back())))
        quoted.remove_suffix(1);
    const std::size_t first = quoted.find_first_not_of(" \t\r\n");
    std::string out(first == std::string_view::npos ? std::string_view() : quoted.substr(first));
    if (!whole)
        out += ellipsis;
    return out;
}

std::string Hints::example(std::string_view goal, std::size_t at,
                           std::string_view insertion) const {
    const std::vector<std::string_view> before = words(goal.substr(0, at));
    const std::vector<std::string_view> after = words(goal.substr(at));
    const auto keep = std::size_t(_exampleWords);
    std::string out;
    if (before.size() > keep)
        out = ellipsis + join(before, before.size() - keep, before.size());
    else
        out = join(before, 0, before.size());
    if (!out.empty())
        out += ' ';
    out.append(insertion);
    if (!after.empty())
        out += ' ' + join(after, 0, std::min(keep, after.size())) +
               (after.size() > keep ? ellipsis : "");
    return out;
}

std::vector<std::string_view> Hints::words(std::string_view text) {
    std::vector<std::string_view> out;
    for (std::size_t pos = 0; pos < text.size();) {
        while (pos < text.size() && isSpaceByte(text[pos]))
            ++pos;
        const std::size_t begin = pos;
        while (pos < text.size() && !isSpaceByte(text[pos]))
            ++pos;
        if (pos > begin)
            out.push_back(text.substr(begin, pos - begin));
    }
    return out;
}

std::string Hints::join(const std::vector<std::string_view>& words, std::size_t from,
                        std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        if (i > from)
            out += ' ';
        out.append(words[i]);
    }
    while (!out.empty() && isTrailingPunctuation(out.back()))
        out.pop_back();
    return out;
}

} // namespace concord::core::smart
