#pragma once

#include "core/common/Language.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace concord::core::functions {

/// One user-visible text in every UI language.
struct LocalText {
    std::string en;
    std::string ru;

    /// The text in the given language (never empty in a parsed catalogue).
    const std::string& in(common::Language language) const;
};

/// One user argument of a spreadsheet function, as the Function Wizard shows it.
struct ArgumentInfo {
    /// The IDL parameter name (e.g. "amberFrom"); stable, not shown to users.
    std::string id;
    /// Display name (e.g. "amber_from" / "жёлтый_от").
    LocalText name;
    /// One-sentence help: unit, default, accepted words.
    LocalText description;
    /// True when the argument may be omitted.
    bool optional = false;
    /// True when a 0 (what Calc passes for a reference to an empty cell) counts as "not
    /// given" (DESIGN §4); only ever true for optional arguments.
    bool zeroMeansMissing = false;
};

/// One spreadsheet function of the add-in service.
struct FunctionInfo {
    /// The IDL method name (e.g. "kpiAttainment"); stable, stored in documents.
    std::string id;
    /// The Excel compatibility name (e.g. "KPI.ATTAINMENT").
    std::string excel;
    /// Display name (e.g. "KPI.ATTAINMENT" / "КПЭ.ДОСТИЖЕНИЕ").
    LocalText name;
    /// One-sentence help on what the function returns.
    LocalText description;
    /// The user arguments in IDL order; the hidden `caller` parameter is not among them.
    std::vector<ArgumentInfo> arguments;
    /// True when the IDL method starts with the hidden `caller` (the calling document,
    /// filled in by Calc): Calc then counts it when it asks for argument help by position.
    bool caller = false;

    /// The argument with this id, or nullptr. The pointer lives as long as this object.
    const ArgumentInfo* argument(std::string_view id) const;
};

/// The function catalogue (registration/data/functions.json): the single source of every
/// function name, Excel name, description and argument help, in en and ru.
///
/// A catalogue is always valid: every text is present and non-empty in both languages,
/// function ids, Excel names and display names are unique across functions (display names
/// across both languages, ASCII case ignored), argument ids and display names are unique
/// within their function, required arguments come before optional ones and only optional
/// arguments have zeroMeansMissing. Pointers returned by the lookups stay valid as long as
/// the catalogue (or a catalogue it was moved into) lives.
class Catalogue {
public:
    /// The methods of the add-in's IDL interface: name → parameter count, the hidden
    /// `caller` included. The UNO layer reads them from the interface's type description.
    using IdlMethods = std::map<std::string, std::size_t>;

    /// load(path), then check(idl): a catalogue that does not match the IDL is refused.
    static Catalogue load(const std::string& path, const IdlMethods& idl);

    /// Reads and parses the catalogue file at path. Throws Error "catalogue.unreadable"
    /// (value: the path) when the file cannot be opened, "catalogue.invalid" when it is not
    /// JSON (value: the path) or fails the checks of parse().
    static Catalogue load(const std::string& path);

    /// Builds a catalogue from its JSON document. Throws Error "catalogue.invalid" whose
    /// message names the problem and its JSON pointer, e.g. "missing or empty text at
    /// /functions/0/arguments/1/description/ru", with the offending value where there is one
    /// (e.g. the duplicated id). Unknown members are ignored.
    static Catalogue parse(const nlohmann::json& document);

    /// Throws a configuration Error "catalogue.idl_mismatch" unless every IDL method has a
    /// function and every function an IDL method with as many parameters as its arguments
    /// (plus the hidden `caller`), so that no call reads past a function's argument list.
    void check(const IdlMethods& idl) const;

    /// The UNO service name of the add-in (e.g. "org.concord.Functions").
    const std::string& service() const { return _service; }

    /// All functions, in file order (the IDL order).
    const std::vector<FunctionInfo>& functions() const { return _functions; }

    /// The function with this IDL method name (exact), or nullptr.
    const FunctionInfo* byId(std::string_view id) const;

    /// The function with this display name in either language, or nullptr. ASCII letters
    /// are compared ignoring case ("kpi.attainment"), all other characters exactly
    /// ("КПЭ.ДОСТИЖЕНИЕ" matches, "кпэ.достижение" does not).
    const FunctionInfo* byDisplayName(std::string_view name) const;

private:
    Catalogue(std::string service, std::vector<FunctionInfo> functions);

    std::string _service;
    std::vector<FunctionInfo> _functions;
};

} // namespace concord::core::functions
