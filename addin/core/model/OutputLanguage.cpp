#include "OutputLanguage.hpp"

namespace concord::core {

OutputLanguage OutputLanguage::resolve(std::optional<UiLanguage> requested,
                                       const HeaderVote& headers,
                                       std::optional<UiLanguage> document) {
    if (requested)
        return {*requested, LanguageSource::Requested};
    if (const auto majority = headers.majority())
        return {*majority, LanguageSource::Headers};
    if (document)
        return {*document, LanguageSource::Document};
    return {UiLanguage::En, LanguageSource::Default};
}

} // namespace concord::core
