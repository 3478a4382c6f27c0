#include "core/share/Stamp.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

namespace concord::core::share {

const std::vector<std::string>& Stamp::propertyNames() {
    static const std::vector<std::string> names = {"ConcordShareMaster", "ConcordShareDepartment",
                                                   "ConcordSharePeriod", "ConcordShareRows"};
    return names;
}

const char* Stamp::masterIdProperty() {
    return "ConcordMasterId";
}

std::vector<std::pair<std::string, std::string>> Stamp::properties() const {
    const std::vector<std::string>& names = propertyNames();
    return {{names[0], masterId}, {names[1], department}, {names[2], period}, {names[3], rowsHash}};
}

std::optional<Stamp> Stamp::fromProperties(const std::map<std::string, std::string>& properties) {
    std::vector<std::string> values;
    for (const std::string& name : propertyNames()) {
        const auto found = properties.find(name);
        if (found == properties.end() || found->second.empty())
            return std::nullopt;
        values.push_back(found->second);
    }
    return Stamp{values[0], values[1], values[2], values[3]};
}

std::string Stamp::masterIdOf(const model::Workbook& master, const std::string& declared) {
    if (!declared.empty())
        return declared;
    std::string text;
    for (const model::Department& department : master.departments)
        text += "D\t" + department.code + "\t" + department.name + "\n";
    for (const model::Kpi& kpi : master.kpis)
        text += "K\t" + kpi.id + "\t" + kpi.department + "\n";
    return sha1(text);
}

std::string Stamp::sha1(const std::string& text) {
    Poco::SHA1Engine engine;
    engine.update(text);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

} // namespace concord::core::share
