#include "core/smart/Analyser.hpp"

#include "core/common/Error.hpp"
#include "core/common/NumberText.hpp"
#include "core/common/Trim.hpp"
#include "core/smart/Tokeniser.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace concord::core::smart {

namespace {

bool given(const std::optional<std::string>& text) {
    return text && !common::Trim::isBlank(*text);
}

void requireFinite(const std::optional<double>& value, const char* name) {
    if (value && !std::isfinite(*value))
        throw common::Error(common::Error::Category::Argument, "smart.not_finite",
                            "SMART argument must be a finite number", name);
}

/// True when |target| lies within [|baseline|/4, 4·|baseline|], or there is nothing to check.
bool plausible(const Evidence& evidence) {
    if (!evidence.target || !evidence.baseline || *evidence.baseline == 0)
        return true;
    const double target = std::fabs(*evidence.target);
    const double baseline = std::fabs(*evidence.baseline);
    return target >= baseline / 4 && target <= baseline * 4;
}

} // namespace

Analyser::Analyser(Vocabulary vocabulary) : _vocabulary(std::move(vocabulary)) {}

Result Analyser::analyse(const Evidence& evidence) const {
    requireFinite(evidence.target, "target");
    requireFinite(evidence.baseline, "baseline");
    requireFinite(evidence.deadline, "deadline");
    thread_local TokenBuffer buffer;
    thread_local std::vector<std::uint8_t> claimed;
    const TextFacts facts = scan(evidence.goal, buffer, claimed, nullptr);

    Result result;
    result.language = facts.language;
    result.s = facts.specific;
    result.m = facts.level || (given(evidence.kpi) && evidence.target.has_value());
    const bool targetKnown = evidence.target.has_value() || facts.level;
    result.a = targetKnown && plausible(evidence);
    result.r = given(evidence.owner) && (given(evidence.parent) || evidence.companyLevel);
    result.t = facts.time || evidence.deadline.has_value();
    result.hint = hint(result, evidence, facts, buffer);
    return result;
}

std::vector<Match> Analyser::explain(std::string_view goal) const {
    TokenBuffer buffer;
    std::vector<std::uint8_t> claimed;
    std::vector<Match> matches;
    scan(goal, buffer, claimed, &matches);
    return matches;
}

Analyser::TextFacts Analyser::scan(std::string_view goal, TokenBuffer& buffer,
                                   std::vector<std::uint8_t>& claimed,
                                   std::vector<Match>* matches) const {
    Tokeniser::tokenise(goal, _vocabulary.lexicon(), buffer);
    const std::size_t count = buffer.tokens.size();
    const Token* tokens = buffer.tokens.data();
    claimed.assign(count, 0);

    TextFacts facts;
    facts.language = buffer.letters.language();
    facts.levelAt = goal.size();
    facts.hasContent = std::any_of(buffer.tokens.begin(), buffer.tokens.end(),
                                   [](const Token& t) { return t.kind != Token::Kind::Symbol; });
    std::size_t firstVague = count;
    std::size_t firstConcrete = count;
    bool object = false;
    bool maintain = false;
    bool abstract = false;
    const std::vector<Rule>& rules = _vocabulary.rules();
    for (std::size_t r = 0; r < rules.size(); ++r) {
        const Rule& rule = rules[r];
        const std::uint64_t bit = r < 64 ? std::uint64_t(1) << r : 0;
        for (std::size_t pos = 0; pos < count;) {
            if (bit && !(tokens[pos].rules & bit)) { // the rule cannot start here
                ++pos;
                continue;
            }
            const std::size_t end = rule.longestMatch(tokens, count, claimed.data(), pos);
            if (end == pos) {
                ++pos;
                continue;
            }
            std::fill(claimed.begin() + std::ptrdiff_t(pos), claimed.begin() + std::ptrdiff_t(end),
                      std::uint8_t(1));
            switch (rule.effect()) {
            case Effect::Level:
                facts.level = true;
                break;
            case Effect::Time:
                facts.time = true;
                if (pos > 0 && tokens[pos].sourceBegin < facts.levelAt)
                    facts.levelAt = tokens[pos].sourceBegin;
                break;
            case Effect::Vague:
                firstVague = std::min(firstVague, pos);
                break;
            case Effect::Concrete:
                firstConcrete = std::min(firstConcrete, pos);
                break;
            case Effect::Object:
                object = true;
                break;
            case Effect::Maintain:
                maintain = true;
                break;
            case Effect::Abstract:
                abstract = true;
                break;
            case Effect::None:
                break;
            }
            if (matches)
                matches->push_back({rule.id(), rule.effect(),
                                    std::string(goal.substr(tokens[pos].sourceBegin,
                                                            tokens[end - 1].sourceEnd -
                                                                tokens[pos].sourceBegin))});
            pos = end;
        }
    }
    const bool deliverable =
        firstConcrete < firstVague || (object && firstVague == count && !maintain);
    facts.direction = firstVague < count;
    facts.abstract = abstract;
    facts.specific = facts.level || (!abstract && deliverable);
    return facts;
}

std::string Analyser::levelExample(const Evidence& evidence, const TextFacts& facts,
                                   const TokenBuffer& buffer, common::Language language) const {
    const Hints& hints = _vocabulary.hints();
    const auto has = [&](std::uint16_t atom) {
        return std::any_of(buffer.tokens.begin(), buffer.tokens.end(),
                           [&](const Token& token) { return token.atoms.test(atom); });
    };
    const bool down = hints.downAtom() && has(*hints.downAtom());
    for (const Hints::LevelKind& kind : hints.levelKinds()) {
        if (!has(kind.atom))
            continue;
        const std::string id = "level." + kind.list;
        const bool useDown = down && hints.has(language, id + ".down");
        return hints.example(evidence.goal, facts.levelAt,
                             hints.text(language, useDown ? id + ".down" : id));
    }
    return {};
}

std::string Analyser::hint(const Result& result, const Evidence& evidence, const TextFacts& facts,
                           const TokenBuffer& buffer) const {
    const Hints& hints = _vocabulary.hints();
    const common::Language language = result.language;
    if (!facts.hasContent)
        return hints.format(language, "empty", {});
    std::vector<std::pair<std::string_view, std::string>> values = {
        {"start", hints.start(evidence.goal)}};
    if (!result.s || !result.m) {
        // a direction on a known kind of indicator ("reduce response time") needs a level,
        // which makes it specific too; anything else needs a result named first, and a
        // deliverable ("launch the pricing page") a measure of its own
        const bool direction = facts.direction && !facts.abstract;
        std::string example = direction ? levelExample(evidence, facts, buffer, language) : "";
        if (!example.empty()) {
            values.emplace_back("example", std::move(example));
            return hints.format(language, result.s ? "M.level" : "S.level", values);
        }
        return hints.format(language, result.s ? "M" : "S", values);
    }
    // What the text itself lacks comes first (S, M, T: the writer can fix it in the cell);
    // then what the rows around the goal must supply (A: a plausible target, R: owner and
    // parent).
    if (!result.t) {
        values.emplace_back("example", hints.example(evidence.goal, evidence.goal.size(),
                                                     hints.text(language, "example.deadline")));
        return hints.format(language, "T", values);
    }
    if (!result.a) {
        // M implies a known target (a level in the text, or a KPI with a target), so A fails
        // here only because the target argument is too far from the baseline
        assert(evidence.target && evidence.baseline);
        const double b = *evidence.baseline;
        values.emplace_back("target", common::NumberText::hint(*evidence.target, language));
        values.emplace_back("baseline", common::NumberText::hint(b, language));
        values.emplace_back("low", common::NumberText::hint(std::min(b / 4, b * 4), language));
        values.emplace_back("high", common::NumberText::hint(std::max(b / 4, b * 4), language));
        return hints.format(language, "A.outOfRange", values);
    }
    if (!result.r) {
        const bool owner = given(evidence.owner);
        const bool parent = given(evidence.parent) || evidence.companyLevel;
        return hints.format(language,
                            !owner && !parent ? "R.ownerAndParent"
                            : !owner          ? "R.owner"
                                              : "R.parent",
                            values);
    }
    return hints.format(language, "complete", values);
}

} // namespace concord::core::smart
