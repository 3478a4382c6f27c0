#include "core/smart/VocabularyCompiler.hpp"

#include "core/common/Error.hpp"
#include "core/smart/Tokeniser.hpp"

#include <nlohmann/json.hpp>

namespace concord::core::smart {

namespace {

using nlohmann::json;

/// Built-in token classes, by the name patterns use.
const std::map<std::string, std::uint16_t>& builtinClasses() {
    static const std::map<std::string, std::uint16_t> classes = {
        {"#num", AtomNumber}, {"#int", AtomInteger}, {"#year", AtomYear},
        {"#day", AtomDay},    {"#date", AtomDate},   {"#daymonth", AtomDayMonth},
        {"#lead", AtomLead},  {"&word", AtomWord},   {"&titled", AtomTitled},
        {"&upper", AtomUpper}};
    return classes;
}

const std::map<std::string, Effect>& effects() {
    static const std::map<std::string, Effect> table = {
        {"none", Effect::None},         {"level", Effect::Level},       {"time", Effect::Time},
        {"vague", Effect::Vague},       {"concrete", Effect::Concrete}, {"object", Effect::Object},
        {"maintain", Effect::Maintain}, {"abstract", Effect::Abstract}};
    return table;
}

/// The most phrases one written pattern may expand to (the shipped file: 216).
const std::size_t maxPhrases = 10000;

/// The largest startWords, wholeGoalWords and exampleWords a vocabulary may set.
const int maxWordCount = 1000;

bool isComment(const std::string& key) {
    return !key.empty() && key.front() == '_';
}

std::vector<std::string> splitOn(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t end = text.find(separator, begin);
        parts.push_back(text.substr(begin, end - begin));
        if (end == std::string::npos)
            return parts;
        begin = end + 1;
    }
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    for (const std::string& part : splitOn(text, ' '))
        if (!part.empty())
            out.push_back(part);
    return out;
}

} // namespace

VocabularyCompiler::VocabularyCompiler(std::string origin) : _origin(std::move(origin)) {}

Vocabulary VocabularyCompiler::compile(const json& root) {
    if (!root.is_object())
        fail("the vocabulary must be a JSON object", _origin);
    for (const char* key : {"lists", "macros", "rules", "hints"})
        if (!root.contains(key))
            fail("missing section", key);
    try {
        compileLists(root.at("lists"));
        readMacros(root.at("macros"));
        compileRules(root.at("rules"));
        compileHints(root.at("hints"));
    } catch (const json::exception& e) {
        fail(std::string("unexpected JSON shape (") + e.what() + ")", _origin);
    }
    _vocabulary._atomCount = AtomBuiltinCount + _atoms.size();
    std::vector<std::uint64_t> rulesByAtom(_vocabulary._atomCount, 0);
    for (std::size_t r = 0; r < _vocabulary._rules.size() && r < 64; ++r)
        _vocabulary._rules[r].firstAtoms().forEach(
            [&](std::size_t atom) { rulesByAtom[atom] |= std::uint64_t(1) << r; });
    _vocabulary._lexicon.freeze(rulesByAtom);
    return std::move(_vocabulary);
}

void VocabularyCompiler::compileLists(const json& lists) {
    for (const auto& [name, entries] : lists.items()) {
        if (isComment(name))
            continue;
        const std::uint16_t id = atom("@" + name);
        for (const std::string entry : entries) {
            const bool stem = entry.size() > 1 && entry.back() == '*';
            const std::string key =
                singleToken(stem ? entry.substr(0, entry.size() - 1) : entry, "@" + name);
            if (stem)
                _vocabulary._lexicon.addStem(key, id);
            else
                _vocabulary._lexicon.addWord(key, id);
        }
    }
}

void VocabularyCompiler::readMacros(const json& macros) {
    for (const auto& [name, alternatives] : macros.items())
        if (!isComment(name))
            _macros[name] = alternatives.get<std::vector<std::string>>();
}

void VocabularyCompiler::compileRules(const json& rules) {
    for (const json& rule : rules) {
        const std::string id = rule.at("id").get<std::string>();
        const std::string effectName = rule.at("effect").get<std::string>();
        const auto effect = effects().find(effectName);
        if (effect == effects().end())
            fail("unknown effect in rule " + id, effectName);
        std::vector<Pattern> patterns;
        for (const std::string written : rule.at("patterns"))
            for (const std::string& source : expand(written))
                patterns.push_back(compilePattern(source));
        _vocabulary._rules.emplace_back(id, effect->second, std::move(patterns));
    }
}

void VocabularyCompiler::compileHints(const json& hints) {
    _vocabulary._hints.setStartWords(wordCount(hints, "startWords", 4),
                                     wordCount(hints, "wholeGoalWords", 6),
                                     wordCount(hints, "exampleWords", 10));
    std::vector<Hints::LevelKind> kinds;
    std::vector<std::string> required = Hints::requiredIds();
    for (const std::string list : hints.value("levels", json::array())) {
        const auto atom = _atoms.find("@" + list);
        if (atom == _atoms.end())
            fail("unknown list in hints.levels", list);
        kinds.push_back({list, atom->second});
        required.push_back("level." + list);
    }
    _vocabulary._hints.setLevelKinds(std::move(kinds));
    if (hints.contains("down")) {
        const std::string list = hints.at("down").get<std::string>();
        const auto atom = _atoms.find("@" + list);
        if (atom == _atoms.end())
            fail("unknown list in hints.down", list);
        _vocabulary._hints.setDownAtom(atom->second);
    }
    for (common::Language language : {common::Language::En, common::Language::Ru}) {
        const char* code = common::languageCode(language);
        if (!hints.contains(code))
            fail("missing hint language", code);
        for (const auto& [id, text] : hints.at(code).items())
            if (!isComment(id))
                _vocabulary._hints.setTemplate(language, id, text.get<std::string>());
        for (const std::string& id : required)
            if (!_vocabulary._hints.has(language, id))
                fail("missing hint", std::string(code) + ":" + id);
    }
}

int VocabularyCompiler::wordCount(const json& hints, const char* key, int fallback) const {
    const auto found = hints.is_object() ? hints.find(key) : hints.end();
    if (!hints.is_object() || found == hints.end())
        return fallback;
    // Checked before the conversion: a number out of int's range (1e10) would be undefined.
    if (!found->is_number_integer() || *found < 1 || *found > maxWordCount)
        fail("hints." + std::string(key) + " must be a whole number from 1 to " +
                 std::to_string(maxWordCount),
             found->dump());
    return found->get<int>();
}

std::vector<std::string> VocabularyCompiler::expand(const std::string& written) const {
    std::vector<std::string> out;
    expand(written, written, 0, out);
    return out;
}

void VocabularyCompiler::expand(const std::string& written, const std::string& pattern, int depth,
                                std::vector<std::string>& out) const {
    const std::size_t open = pattern.find('{');
    if (open == std::string::npos) {
        // Checked per phrase: eight macros of ten words each would make 10^8 phrases.
        if (out.size() == maxPhrases)
            fail("a pattern expands to more than " + std::to_string(maxPhrases) + " phrases",
                 written);
        out.push_back(pattern);
        return;
    }
    if (depth > 8)
        fail("macros nest too deep", pattern);
    const std::size_t close = pattern.find('}', open);
    if (close == std::string::npos)
        fail("unclosed macro", pattern);
    const bool optional = open > 0 && pattern[open - 1] == '?';
    const std::size_t from = optional ? open - 1 : open;
    const std::string name = pattern.substr(open + 1, close - open - 1);
    const auto macro = _macros.find(name);
    if (macro == _macros.end())
        fail("unknown macro", name);
    std::vector<std::string> alternatives = macro->second;
    if (optional)
        alternatives.emplace_back();
    for (const std::string& alternative : alternatives)
        expand(written, pattern.substr(0, from) + alternative + pattern.substr(close + 1),
               depth + 1, out);
}

Pattern VocabularyCompiler::compilePattern(const std::string& source) {
    std::vector<Pattern::Step> steps;
    bool required = false;
    for (std::string element : words(source)) {
        Pattern::Step step;
        std::size_t prefix = 0;
        for (; prefix < element.size(); ++prefix) {
            const char c = element[prefix];
            if (c == '?')
                step.optional = true;
            else if (c == '^')
                step.glued = true;
            else if (c == '!')
                step.negative = true;
            else if (c == '=')
                step.context = true;
            else
                break;
        }
        if (prefix == element.size())
            fail("empty pattern element", source);
        for (const std::string& alternative : splitOn(element.substr(prefix), '|')) {
            if (alternative.empty())
                fail("empty alternative", source);
            step.atoms.set(atomForAlternative(alternative, source));
        }
        if (steps.empty() && step.negative)
            fail("a pattern cannot start with a negative element", source);
        if (steps.empty() && step.context)
            fail("a pattern cannot start with a context element", source);
        if (!steps.empty() && steps.back().context && !step.context)
            fail("every element after a context element must be context", source);
        required = required || (!step.optional && !step.negative && !step.context);
        steps.push_back(step);
    }
    if (!required)
        fail("a pattern needs at least one required element", source);
    return Pattern(source, std::move(steps));
}

std::uint16_t VocabularyCompiler::atomForAlternative(const std::string& alternative,
                                                     const std::string& source) {
    const char kind = alternative.front();
    if (alternative.size() > 1 && (kind == '#' || kind == '&')) {
        const auto builtin = builtinClasses().find(alternative);
        if (builtin == builtinClasses().end())
            fail("unknown class in pattern \"" + source + "\"", alternative);
        return builtin->second;
    }
    if (alternative.size() > 1 && kind == '@') {
        const auto list = _atoms.find(alternative);
        if (list == _atoms.end())
            fail("unknown list in pattern \"" + source + "\"", alternative);
        return list->second;
    }
    const bool stem = alternative.size() > 1 && alternative.back() == '*';
    const std::string key =
        singleToken(stem ? alternative.substr(0, alternative.size() - 1) : alternative, source);
    const std::uint16_t id = atom((stem ? "stem:" : "word:") + key);
    if (stem)
        _vocabulary._lexicon.addStem(key, id);
    else
        _vocabulary._lexicon.addWord(key, id);
    return id;
}

std::uint16_t VocabularyCompiler::atom(const std::string& key) {
    const auto found = _atoms.find(key);
    if (found != _atoms.end())
        return found->second;
    const std::size_t id = AtomBuiltinCount + _atoms.size();
    if (id >= AtomSet::capacity)
        fail("too many distinct words and lists (the limit is " +
                 std::to_string(AtomSet::capacity) + ")",
             key);
    _atoms.emplace(key, std::uint16_t(id));
    return std::uint16_t(id);
}

std::string VocabularyCompiler::singleToken(const std::string& text,
                                            const std::string& context) const {
    static const Lexicon empty;
    TokenBuffer buffer;
    try {
        Tokeniser::tokenise(text, empty, buffer);
    } catch (const common::Error&) {
        fail("not UTF-8 in " + context, text);
    }
    if (buffer.tokens.size() != 1)
        fail("an entry must be one word, number or symbol (write phrases as patterns) in " +
                 context,
             text);
    return std::string(buffer.text(buffer.tokens.front()));
}

void VocabularyCompiler::fail(const std::string& message, const std::string& value) const {
    throw common::Error(common::Error::Category::Configuration, "smart.vocabulary_invalid",
                        _origin + ": " + message, value);
}

} // namespace concord::core::smart
