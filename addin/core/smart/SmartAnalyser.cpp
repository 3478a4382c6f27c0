#include "core/smart/SmartAnalyser.hpp"

#include "core/Error.hpp"
#include "core/smart/SmartTokeniser.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace concord::core {

namespace {

bool given(const std::optional<std::string>& text) {
    return text && text->find_first_not_of(" \t\r\n") != std::string::npos;
}

void requireFinite(const std::optional<double>& value, const char* name) {
    if (value && !std::isfinite(*value))
        throw Error("smart.not_finite", "SMART argument must be a finite number", name);
}

/// True when |target| lies within [|baseline|/4, 4·|baseline|], or there is nothing to check.
bool plausible(const SmartEvidence& evidence) {
    if (!evidence.target || !evidence.baseline || *evidence.baseline == 0)
        return true;
    const double target = std::fabs(*evidence.target);
    const double baseline = std::fabs(*evidence.baseline);
    return target >= baseline / 4 && target <= baseline * 4;
}

} // namespace

SmartAnalyser::SmartAnalyser(SmartVocabulary vocabulary) : _vocabulary(std::move(vocabulary)) {}

SmartResult SmartAnalyser::analyse(const SmartEvidence& evidence) const {
    requireFinite(evidence.target, "target");
    requireFinite(evidence.baseline, "baseline");
    requireFinite(evidence.deadline, "deadline");
    thread_local SmartTokenBuffer buffer;
    thread_local std::vector<std::uint8_t> claimed;
    const TextFacts facts = scan(evidence.goal, buffer, claimed, nullptr);

    SmartResult result;
    result.language = facts.language;
    result.s = facts.specific;
    result.m = facts.level || (given(evidence.kpi) && evidence.target.has_value());
    const bool targetKnown = evidence.target.has_value() || facts.level;
    result.a = targetKnown && plausible(evidence);
    result.r = given(evidence.owner) && (given(evidence.parent) || evidence.companyLevel);
    result.t = facts.time || evidence.deadline.has_value();
    result.hint = hint(result, evidence, facts);
    return result;
}

std::vector<SmartMatch> SmartAnalyser::explain(std::string_view goal) const {
    SmartTokenBuffer buffer;
    std::vector<std::uint8_t> claimed;
    std::vector<SmartMatch> matches;
    scan(goal, buffer, claimed, &matches);
    return matches;
}

SmartAnalyser::TextFacts SmartAnalyser::scan(std::string_view goal, SmartTokenBuffer& buffer,
                                             std::vector<std::uint8_t>& claimed,
                                             std::vector<SmartMatch>* matches) const {
    SmartTokeniser::tokenise(goal, _vocabulary.lexicon(), buffer);
    const std::size_t count = buffer.tokens.size();
    const SmartToken* tokens = buffer.tokens.data();
    claimed.assign(count, 0);

    TextFacts facts;
    facts.language = languageOfLetters(buffer.cyrillicLetters, buffer.latinLetters);
    facts.hasContent =
        std::any_of(buffer.tokens.begin(), buffer.tokens.end(),
                    [](const SmartToken& t) { return t.kind != SmartToken::Kind::Symbol; });
    std::size_t firstVague = count;
    std::size_t firstConcrete = count;
    bool abstract = false;
    for (const SmartRule& rule : _vocabulary.rules()) {
        for (std::size_t pos = 0; pos < count;) {
            const std::size_t end = rule.longestMatch(tokens, count, claimed.data(), pos);
            if (end == pos) {
                ++pos;
                continue;
            }
            std::fill(claimed.begin() + std::ptrdiff_t(pos), claimed.begin() + std::ptrdiff_t(end),
                      std::uint8_t(1));
            switch (rule.effect()) {
            case SmartEffect::Level:
                facts.level = true;
                break;
            case SmartEffect::Time:
                facts.time = true;
                break;
            case SmartEffect::Vague:
                firstVague = std::min(firstVague, pos);
                break;
            case SmartEffect::Concrete:
                firstConcrete = std::min(firstConcrete, pos);
                break;
            case SmartEffect::Abstract:
                abstract = true;
                break;
            case SmartEffect::None:
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
    facts.specific = facts.level || (!abstract && firstConcrete < firstVague);
    return facts;
}

std::string SmartAnalyser::hint(const SmartResult& result, const SmartEvidence& evidence,
                                const TextFacts& facts) const {
    const SmartHints& hints = _vocabulary.hints();
    const Language language = result.language;
    if (!facts.hasContent)
        return hints.format(language, "empty", {});
    std::vector<std::pair<std::string_view, std::string>> values = {
        {"start", hints.start(evidence.goal)}};
    if (!result.s)
        return hints.format(language, "S", values);
    if (!result.m)
        return hints.format(language, "M", values);
    if (!result.a) {
        // M implies a known target (a level in the text, or a KPI with a target), so A fails
        // here only because the target argument is too far from the baseline
        assert(evidence.target && evidence.baseline);
        const double b = *evidence.baseline;
        values.emplace_back("target", SmartHints::number(*evidence.target, language));
        values.emplace_back("baseline", SmartHints::number(b, language));
        values.emplace_back("low", SmartHints::number(std::min(b / 4, b * 4), language));
        values.emplace_back("high", SmartHints::number(std::max(b / 4, b * 4), language));
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
    if (!result.t)
        return hints.format(language, "T", values);
    return hints.format(language, "complete", values);
}

} // namespace concord::core
