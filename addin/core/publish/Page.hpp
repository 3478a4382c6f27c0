#pragma once

#include "core/publish/Context.hpp"

#include <string>
#include <string_view>

namespace concord::core::publish {

/// One HTML page of the site: the document head (charset, viewport, the build stamp, the
/// refresh of a live wall screen, the style sheet), a skip link, the navigation (the
/// company, each department, SMART, requests; the current page marked), the failure
/// banner when the last rebuild failed (on every page), the content, and a footer naming
/// the workbook and the build time. Ends with "<!-- concord-build ID -->" after </html>.
class Page {
public:
    /// current: the file name of this page, which the navigation marks; title: plain text.
    Page(const Context& context, std::string current, std::string title);

    /// Appends markup (already escaped) to the content.
    Page& add(std::string_view html);

    /// The complete document.
    std::string finish() const;

private:
    const Context& _context;
    std::string _current;
    std::string _title;
    std::string _content;
};

} // namespace concord::core::publish
