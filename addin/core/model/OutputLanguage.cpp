#include "core/model/OutputLanguage.hpp"

namespace concord::core::model {

OutputLanguage OutputLanguage::resolve(std::optional<common::Language> requested,
                                       const HeaderVote& headers,
                                       std::optional<common::Language> document) {
    if (requested)
        return {*requested, LanguageSource::Requested};
    if (const auto majority = headers.majority())
        return {*majority, LanguageSource::Headers};
    if (document)
        return {*document, LanguageSource::Document};
    return {common::Language::En, LanguageSource::Default};
}

} // namespace concord::core::model
