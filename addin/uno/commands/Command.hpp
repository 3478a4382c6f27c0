#pragma once

#include "core/common/Language.hpp"

#include <string>
#include <vector>

namespace concord::uno {

/// One Concord command, reachable by the dispatch URL "vnd.concord:<name>" from menus,
/// toolbars, macros (XDispatchHelper::executeDispatch) and the sidebar panel.
struct Command {
    /// What running the command does.
    enum class Action {
        Build,       ///< runs org.concord.Generator on the frame's document
        NewWorkbook, ///< opens a new workbook from the shipped template
        ExportPdf,   ///< writes the report PDF (argument URL, else a file picker asks)
        HandOut,     ///< writes one hand-out per department (ShareRun::handOut)
        Collect      ///< merges returned hand-outs into the document (ShareRun::collect)
    };

    const char* name;                ///< e.g. "BuildAll"; the URL is scheme + name
    Action action;                   ///< what it does
    const char* what;                ///< Build: the generator's `what` ("all", "scorecards"…)
    core::common::Language language; ///< NewWorkbook: the template's language

    /// The URL scheme of every command, "vnd.concord:".
    static const char scheme[];

    /// The command of a complete dispatch URL such as "vnd.concord:BuildAll" (the name is
    /// matched exactly; anything after a '?' or '#' is ignored), or nullptr when the URL
    /// is not one of ours.
    static const Command* find(const std::string& url);

    /// Every command, in the order of the Tools ▸ Concord menu.
    static const std::vector<Command>& all();

    /// scheme + name.
    std::string url() const;
};

} // namespace concord::uno
