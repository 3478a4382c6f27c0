#pragma once

#include "core/common/Language.hpp"
#include "core/model/RawSheet.hpp"
#include "core/report/Texts.hpp"
#include "core/sheets/Layout.hpp"
#include "core/sheets/PrintSetup.hpp"

#include <string>
#include <vector>

namespace concord::core::sheets {

/// The company a printed report names in its page header (DESIGN §3 "The report as a
/// document"): the first text of the workbook's About sheet (its title; the sheet is found
/// by the names of text id print.about_sheet in en or ru, any case), else fileName (the
/// workbook's file name without folder and extension, may be empty). Never throws.
std::string companyName(const std::vector<model::RawSheet>& sheets, const report::Texts& texts,
                        const std::string& fileName);

/// How the generated sheet prints: A4 landscape, one page wide (a scorecard also one page
/// tall: one page per department), the rows down to its table header (its frozen rows)
/// repeated, the company left and "Period P" (text id print.period) right in the header,
/// and "Page {page} of {pages}" (text id print.footer) in the footer, in language. Throws
/// what Texts::text throws.
PrintSetup printSetup(const Layout& sheet, const std::string& company, const std::string& period,
                      const report::Texts& texts, common::Language language);

} // namespace concord::core::sheets

namespace concord::core::sheets {

/// A piece of a footer pattern: a text, or the page number / page count field.
struct FooterPart {
    enum class Kind { Text, Page, Pages };
    Kind kind = Kind::Text;
    std::string text; ///< Text only
};

/// pattern ("Page {page} of {pages}") cut at its {page} and {pages} placeholders, empty
/// texts left out: Text "Page ", Page, Text " of ", Pages. Never throws.
std::vector<FooterPart> footerParts(const std::string& pattern);

} // namespace concord::core::sheets
