#pragma once

#include <string>

namespace concord::core::sheets {

/// How a generated sheet prints (DESIGN §3 "The report as a document"): applied by the UNO
/// writer as the sheet's page style; the PDF export takes only generated sheets.
struct PrintSetup {
    bool landscape = true;     ///< A4 landscape
    int pagesWide = 1;         ///< scaled to this many pages wide (0 = no scaling)
    int pagesTall = 0;         ///< 0 = as many as needed
    int repeatRows = 0;        ///< header rows (from row 0) repeated on every page
    std::string headerLeft;    ///< e.g. the company (About title or file name)
    std::string headerRight;   ///< e.g. the period
    std::string footerPattern; ///< "Page {page} of {pages}" in the build's language
};

} // namespace concord::core::sheets
