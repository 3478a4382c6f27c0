// libFuzzer target for the other loaders of registration/data/*.json in the core: words.json
// (common::Words), tables.json (model::TableSchema), messages.json (model::Messages),
// sheets.json (report::Texts), publish.json (publish::Texts with the shipped sheets.json) and
// share.json (share::Texts::load, through a temporary file). See CMakeLists.txt for the build
// and run commands.
//
// Input: byte 0 picks the loader (modulo 6, in the order above), the rest is the file's text;
// seeds in corpus/data_files are the shipped files with their selector byte.
//
// What must hold for any input: the loader either throws core::common::Error of the
// configuration category with an id of its own kind ("words.", "tables.", "messages.",
// "texts.", "share.") or gives an object that answers for every id it has, in en and ru,
// without an exception.
#include "FuzzSupport.hpp"

#include "core/common/Error.hpp"
#include "core/common/Words.hpp"
#include "core/model/Messages.hpp"
#include "core/model/TableSchema.hpp"
#include "core/publish/Texts.hpp"
#include "core/report/Texts.hpp"
#include "core/share/Texts.hpp"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace concord::core;
using common::Language;
using concord::fuzz::require;

namespace {

const char* const kinds[] = {"words.", "tables.", "messages.", "texts.", "texts.", "share."};

const nlohmann::json& shippedSheets() {
    static const nlohmann::json sheets =
        nlohmann::json::parse(std::ifstream(CONCORD_DATA_DIR "/sheets.json"));
    return sheets;
}

std::string temporaryFile() {
    return "/tmp/concord-fuzz-share-" + std::to_string(::getpid()) + ".json";
}

void load(int which, std::string_view text) {
    if (which == 5) {
        const std::string path = temporaryFile();
        std::ofstream(path, std::ios::binary).write(text.data(), std::streamsize(text.size()));
        const share::Texts texts = share::Texts::load(path);
        for (const std::string& id : texts.ids())
            for (const Language language : {Language::En, Language::Ru})
                texts.format(id, language, {"1", "2"});
        return;
    }
    const nlohmann::json data = nlohmann::json::parse(text, nullptr, false);
    if (data.is_discarded())
        return;
    switch (which) {
    case 0: {
        const common::Words words(data);
        for (const char* word : {"up", "month", "yes", "company", "вверх"})
            words.direction(word), words.frequency(word), words.agreed(word), words.level(word);
        for (const auto state : {report::RequestState::OnTime, report::RequestState::Late,
                                 report::RequestState::Open, report::RequestState::Overdue})
            for (const Language language : {Language::En, Language::Ru})
                require(!words.requestState(state, language).empty());
        break;
    }
    case 1: {
        const model::TableSchema schema(data);
        for (const model::TableSpec& table : schema.tables()) {
            require(&schema.table(table.id) == &table);
            for (const std::string& name : table.names)
                require(schema.findSheet(name) == &table);
            for (const model::ColumnSpec& column : table.columns)
                require(&table.columns[table.columnIndex(column.id)] == &column);
        }
        break;
    }
    case 2: {
        const model::Messages messages(data);
        for (const std::string& id : messages.ids()) {
            require(messages.has(id));
            for (const Language language : {Language::En, Language::Ru})
                require(!messages.text(id, {"a", "b"}, language).empty());
        }
        break;
    }
    case 3: {
        const report::Texts texts(data);
        for (const std::string& id : report::Texts::requiredIds())
            for (const Language language : {Language::En, Language::Ru})
                require(!texts.format(id, language, {{"code", "K1"}}).empty());
        break;
    }
    case 4: {
        const publish::Texts texts(shippedSheets(), data);
        for (const std::string& id : publish::Texts::requiredIds())
            for (const Language language : {Language::En, Language::Ru})
                require(!texts.text(id, language).empty());
        break;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const int which = data[0] % 6;
    try {
        load(which, concord::fuzz::text(data + 1, size - 1));
    } catch (const common::Error& error) {
        require(error.category() == common::Error::Category::Configuration);
        require(error.id().rfind(kinds[which], 0) == 0);
    }
    return 0;
}
