#include "core/smart/Rule.hpp"

namespace concord::core::smart {

Rule::Rule(std::string id, Effect effect, std::vector<Pattern> patterns)
    : _id(std::move(id)), _effect(effect), _patterns(std::move(patterns)), _nodes(1),
      _rootByAtom(AtomSet::capacity) {
    for (const Pattern& pattern : _patterns) {
        std::uint32_t node = 0;
        for (const Pattern::Step& step : pattern.steps()) {
            std::uint32_t next = 0;
            for (std::uint32_t child : _nodes[node].children)
                if (_nodes[child].step == step)
                    next = child;
            if (next == 0) {
                next = static_cast<std::uint32_t>(_nodes.size());
                Node fresh{step, {}, false, {}, 0};
                std::size_t count = 0;
                step.atoms.forEach([&](std::size_t atom) {
                    if (count < fresh.few.size())
                        fresh.few[count] = static_cast<std::uint16_t>(atom);
                    ++count;
                });
                fresh.fewCount = count <= fresh.few.size() ? std::uint8_t(count) : 0;
                _nodes.push_back(fresh);
                _nodes[node].children.push_back(next);
            }
            node = next;
        }
        _nodes[node].terminal = true;
    }
    for (const Pattern& pattern : _patterns)
        for (const Pattern::Step& step : pattern.steps()) {
            _firstAtoms |= step.atoms; // the atoms a match may start with
            if (!step.optional)
                break;
        }
    for (std::uint32_t child : _nodes[0].children) {
        const Pattern::Step& step = _nodes[child].step;
        if (step.optional)
            _optionalRoots.push_back(child);
        else
            step.atoms.forEach([&](std::size_t atom) {
                _rootByAtom[atom].push_back(child);
                _rootAtoms.set(atom);
            });
    }
}

std::size_t Rule::longestMatch(const Token* tokens, std::size_t count, const std::uint8_t* claimed,
                               std::size_t pos) const {
    if (claimed[pos] || !tokens[pos].atoms.intersects(_firstAtoms))
        return pos;
    Walk state{tokens, count, claimed, pos};
    const Token& first = tokens[pos];
    first.atoms.forEachCommon(_rootAtoms, [&](std::size_t atom) {
        for (std::uint32_t child : _rootByAtom[atom])
            if (!_nodes[child].step.glued || first.gluedLeft)
                walk(child, pos + 1, noEnd, state); // the root child matched token `pos`
    });
    for (std::uint32_t child : _optionalRoots) {
        if (fits(_nodes[child], first))
            walk(child, pos + 1, noEnd, state);
        walk(child, pos, noEnd, state);
    }
    return state.best;
}

bool Rule::fits(const Node& node, const Token& token) {
    if (node.step.glued && !token.gluedLeft)
        return false;
    if (node.fewCount == 0)
        return token.atoms.intersects(node.step.atoms);
    for (std::uint8_t i = 0; i < node.fewCount; ++i)
        if (token.atoms.test(node.few[i]))
            return true;
    return false;
}

void Rule::walk(std::uint32_t index, std::size_t pos, std::size_t end, Walk& state) const {
    const Node& node = _nodes[index];
    const std::size_t matchEnd = end == noEnd ? pos : end;
    if (node.terminal && matchEnd > state.best)
        state.best = matchEnd;
    for (std::uint32_t child : node.children) {
        const Pattern::Step& step = _nodes[child].step;
        const bool here = pos < state.count && fits(_nodes[child], state.tokens[pos]);
        const std::size_t childEnd = step.context && end == noEnd ? pos : end;
        if (step.negative) {
            if (!here)
                walk(child, pos, childEnd, state);
            continue;
        }
        if (here && (step.context || !state.claimed[pos]))
            walk(child, pos + 1, childEnd, state);
        if (step.optional)
            walk(child, pos, childEnd, state);
    }
}

} // namespace concord::core::smart
