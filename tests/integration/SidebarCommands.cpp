#include "SidebarCommands.hpp"

#include "OfficeEnvironment.hpp"
#include "cli/office/ExtensionTypes.hpp"
#include "uno/text/UnoText.hpp"

#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/util/URLTransformer.hpp>

#include <Poco/Path.h>

#include <stdexcept>

namespace concord::integration {

css::uno::Reference<css::frame::XFrame>
SidebarCommands::frameOf(const cli::CalcDocument& document) {
    return css::uno::Reference<css::frame::XModel>(document.model(), css::uno::UNO_QUERY_THROW)
        ->getCurrentController()
        ->getFrame();
}

SidebarCommands::Outcome
SidebarCommands::execute(const cli::CalcDocument& document, const std::string& url,
                         const std::vector<css::beans::PropertyValue>& arguments) {
    // The office answers with org.concord.GenerationResult, a type of the extension that
    // this process must know before it reads the answer.
    Poco::Path types(CONCORD_OXT);
    types.setFileName("concord.rdb");
    cli::ExtensionTypes::add(types.toString());
    try {
        const auto helper =
            css::frame::DispatchHelper::create(OfficeEnvironment::office().context());
        const css::uno::Any answer = helper->executeDispatch(
            css::uno::Reference<css::frame::XDispatchProvider>(frameOf(document),
                                                               css::uno::UNO_QUERY_THROW),
            ::concord::uno::fromUtf8(url), "", 0,
            css::uno::Sequence<css::beans::PropertyValue>(
                arguments.data(), static_cast<sal_Int32>(arguments.size())));
        Outcome outcome;
        css::frame::DispatchResultEvent event;
        if (answer >>= event) {
            outcome.reported = true;
            outcome.success = event.State == css::frame::DispatchResultState::SUCCESS;
            outcome.result = event.Result;
        }
        return outcome;
    } catch (const css::uno::Exception& error) {
        throw std::runtime_error(url + " threw " + ::concord::uno::toUtf8(error.Message));
    }
}

css::uno::Reference<css::frame::XDispatch> SidebarCommands::query(const cli::CalcDocument& document,
                                                                  const std::string& url) {
    css::util::URL parsed;
    parsed.Complete = ::concord::uno::fromUtf8(url);
    css::util::URLTransformer::create(OfficeEnvironment::office().context())->parseStrict(parsed);
    return css::uno::Reference<css::frame::XDispatchProvider>(frameOf(document),
                                                              css::uno::UNO_QUERY_THROW)
        ->queryDispatch(parsed, "", 0);
}

css::beans::PropertyValue SidebarCommands::argument(const std::string& name,
                                                    const css::uno::Any& value) {
    css::beans::PropertyValue result;
    result.Name = ::concord::uno::fromUtf8(name);
    result.Value = value;
    return result;
}

} // namespace concord::integration
