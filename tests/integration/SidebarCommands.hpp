#pragma once

#include "cli/office/CalcDocument.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/Any.hxx>

#include <string>
#include <vector>

namespace concord::integration {

/// Runs Concord's commands on a document's frame the way macros, menus and toolbars do.
class SidebarCommands {
public:
    /// The frame of document's view.
    static css::uno::Reference<css::frame::XFrame> frameOf(const cli::CalcDocument& document);

    /// What a command reported: whether it succeeded, and its result.
    struct Outcome {
        bool reported = false; ///< a DispatchResultEvent came back
        bool success = false;  ///< its State was SUCCESS
        css::uno::Any result;  ///< its Result
    };

    /// XDispatchHelper::executeDispatch(frame, url, "", 0, arguments), as a macro calls a
    /// command (the helper answers with the command's DispatchResultEvent). Throws
    /// std::runtime_error with the message when the office throws.
    static Outcome execute(const cli::CalcDocument& document, const std::string& url,
                           const std::vector<css::beans::PropertyValue>& arguments = {});

    /// What the frame offers for url (XDispatchProvider::queryDispatch): empty when no one
    /// handles it.
    static css::uno::Reference<css::frame::XDispatch> query(const cli::CalcDocument& document,
                                                            const std::string& url);

    /// A dispatch argument.
    static css::beans::PropertyValue argument(const std::string& name, const css::uno::Any& value);
};

} // namespace concord::integration
