#include "core/functions/Catalogue.hpp"

#include "core/common/Error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <utility>

namespace concord::core::functions {

namespace {

using nlohmann::json;

/// Throws the one error of catalogue validation: what went wrong, at which JSON pointer.
[[noreturn]] void fail(const std::string& what, const std::string& where, std::string value = {}) {
    throw common::Error(common::Error::Category::Configuration, "catalogue.invalid",
                        what + " at " + (where.empty() ? "/" : where), std::move(value));
}

char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// The comparison key of a display name: ASCII letters lower-cased, other bytes unchanged.
std::string foldAscii(std::string_view text) {
    std::string folded(text);
    std::transform(folded.begin(), folded.end(), folded.begin(), lowerAscii);
    return folded;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return lowerAscii(x) == lowerAscii(y);
           });
}

/// Display names already taken (ASCII case ignored), each with the id of its owner.
class NameRegister {
public:
    /// Records name for owner; throws when another owner already holds it. The same owner
    /// may use one name twice (e.g. equal en and ru text).
    void claim(const std::string& name, const std::string& owner, const std::string& where) {
        const auto [it, inserted] = _owners.emplace(foldAscii(name), owner);
        if (!inserted && it->second != owner)
            fail("name already used by " + it->second, where, name);
    }

private:
    std::map<std::string, std::string> _owners;
};

const json& requireMember(const json& object, const std::string& where, const char* key,
                          json::value_t type, const char* expected) {
    const auto it = object.find(key);
    if (it == object.end() || it->type() != type)
        fail(std::string("missing ") + expected, where + "/" + key);
    return *it;
}

std::string readText(const json& object, const std::string& where, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
        fail("missing or empty text", where + "/" + key);
    return it->get<std::string>();
}

LocalText readLocalText(const json& object, const std::string& where, const char* key) {
    const json& texts =
        requireMember(object, where, key, json::value_t::object, "en/ru text object");
    const std::string path = where + "/" + key;
    return LocalText{readText(texts, path, "en"), readText(texts, path, "ru")};
}

bool readFlag(const json& object, const std::string& where, const char* key) {
    return requireMember(object, where, key, json::value_t::boolean, "true/false").get<bool>();
}

std::vector<ArgumentInfo> readArguments(const json& function, const std::string& where) {
    const json& list = requireMember(function, where, "arguments", json::value_t::array, "array");
    std::vector<ArgumentInfo> arguments;
    NameRegister names;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = where + "/arguments/" + std::to_string(i);
        if (!list[i].is_object())
            fail("not a JSON object", at);
        ArgumentInfo argument{readText(list[i], at, "id"), readLocalText(list[i], at, "name"),
                              readLocalText(list[i], at, "description"),
                              readFlag(list[i], at, "optional"),
                              readFlag(list[i], at, "zeroMeansMissing")};
        if (std::any_of(arguments.begin(), arguments.end(),
                        [&](const ArgumentInfo& other) { return other.id == argument.id; }))
            fail("duplicate argument id", at + "/id", argument.id);
        names.claim(argument.name.en, argument.id, at + "/name/en");
        names.claim(argument.name.ru, argument.id, at + "/name/ru");
        if (!argument.optional && !arguments.empty() && arguments.back().optional)
            fail("required argument after an optional one", at + "/optional", argument.id);
        if (argument.zeroMeansMissing && !argument.optional)
            fail("zeroMeansMissing on a required argument", at + "/zeroMeansMissing", argument.id);
        arguments.push_back(std::move(argument));
    }
    return arguments;
}

} // namespace

const std::string& LocalText::in(common::Language language) const {
    return language == common::Language::Ru ? ru : en;
}

const ArgumentInfo* FunctionInfo::argument(std::string_view id) const {
    const auto it = std::find_if(arguments.begin(), arguments.end(),
                                 [id](const ArgumentInfo& argument) { return argument.id == id; });
    return it == arguments.end() ? nullptr : &*it;
}

Catalogue::Catalogue(std::string service, std::vector<FunctionInfo> functions)
    : _service(std::move(service)), _functions(std::move(functions)) {}

Catalogue Catalogue::load(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        throw common::Error(common::Error::Category::Configuration, "catalogue.unreadable",
                            "cannot open the function catalogue", path);
    json document;
    try {
        document = json::parse(file);
    } catch (const json::exception& e) { // parse_error, out_of_range (1e999)
        throw common::Error(common::Error::Category::Configuration, "catalogue.invalid",
                            std::string("not valid JSON (") + e.what() + ")", path);
    }
    return parse(document);
}

Catalogue Catalogue::load(const std::string& path, const IdlMethods& idl) {
    Catalogue catalogue = load(path);
    catalogue.check(idl);
    return catalogue;
}

void Catalogue::check(const IdlMethods& idl) const {
    const char id[] = "catalogue.idl_mismatch";
    const auto configuration = common::Error::Category::Configuration;
    for (const auto& [method, count] : idl)
        if (!byId(method))
            throw common::Error(configuration, id,
                                "the IDL method has no function in the catalogue", method);
    for (const FunctionInfo& function : _functions) {
        const auto method = idl.find(function.id);
        if (method == idl.end())
            throw common::Error(configuration, id, "the function is not an IDL method",
                                function.id);
        const std::size_t count = function.arguments.size() + (function.caller ? 1 : 0);
        if (count != method->second)
            throw common::Error(configuration, id,
                                "the function's arguments differ from the IDL method's",
                                function.id + " has " + std::to_string(count) + ", the IDL " +
                                    std::to_string(method->second));
    }
}

Catalogue Catalogue::parse(const json& document) {
    if (!document.is_object())
        fail("not a JSON object", "");
    std::string service = readText(document, "", "service");
    const json& list = requireMember(document, "", "functions", json::value_t::array, "array");
    if (list.empty())
        fail("no functions", "/functions");

    std::vector<FunctionInfo> functions;
    NameRegister displayNames;
    NameRegister excelNames;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = "/functions/" + std::to_string(i);
        if (!list[i].is_object())
            fail("not a JSON object", at);
        FunctionInfo function{readText(list[i], at, "id"), readText(list[i], at, "excel"),
                              readLocalText(list[i], at, "name"),
                              readLocalText(list[i], at, "description"),
                              readArguments(list[i], at)};
        if (list[i].contains("caller")) {
            if (!list[i]["caller"].is_boolean())
                fail("missing true/false", at + "/caller");
            function.caller = list[i]["caller"].get<bool>();
        }
        if (std::any_of(functions.begin(), functions.end(),
                        [&](const FunctionInfo& other) { return other.id == function.id; }))
            fail("duplicate function id", at + "/id", function.id);
        excelNames.claim(function.excel, function.id, at + "/excel");
        displayNames.claim(function.name.en, function.id, at + "/name/en");
        displayNames.claim(function.name.ru, function.id, at + "/name/ru");
        functions.push_back(std::move(function));
    }
    return Catalogue(std::move(service), std::move(functions));
}

const FunctionInfo* Catalogue::byId(std::string_view id) const {
    const auto it = std::find_if(_functions.begin(), _functions.end(),
                                 [id](const FunctionInfo& function) { return function.id == id; });
    return it == _functions.end() ? nullptr : &*it;
}

const FunctionInfo* Catalogue::byDisplayName(std::string_view name) const {
    const auto it = std::find_if(_functions.begin(), _functions.end(), [name](const auto& f) {
        return equalsIgnoringAsciiCase(f.name.en, name) || equalsIgnoringAsciiCase(f.name.ru, name);
    });
    return it == _functions.end() ? nullptr : &*it;
}

} // namespace concord::core::functions
