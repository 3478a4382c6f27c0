#include "core/sheets/Printing.hpp"

#include <Poco/String.h>
#include <Poco/UTF8String.h>

#include <variant>

namespace concord::core::sheets {

namespace {

const char aboutSheetId[] = "print.about_sheet";
const char periodId[] = "print.period";
const char footerId[] = "print.footer";
const char scorecardKind[] = "scorecard";
const char companyKind[] = "company";
/// Rows of a Company sheet that still print readably on one A4 landscape page.
constexpr std::size_t onePageRows = 100;

/// A sheet name as Calc compares them: trimmed, any case.
std::string folded(const std::string& name) {
    return Poco::UTF8::toLower(Poco::trim(name));
}

/// The first non-empty text of sheet, row by row, trimmed; empty when it has none.
std::string firstText(const model::RawSheet& sheet) {
    for (std::size_t row = 0; row < sheet.cells.rows(); ++row)
        for (std::size_t col = 0; col < sheet.cells.cols(); ++col)
            if (const auto* text = std::get_if<std::string>(&sheet.cells.at(row, col)))
                if (const std::string trimmed = Poco::trim(*text); !trimmed.empty())
                    return trimmed;
    return std::string();
}

} // namespace

std::string companyName(const std::vector<model::RawSheet>& sheets, const report::Texts& texts,
                        const std::string& fileName) {
    try {
        const std::string names[] = {folded(texts.text(aboutSheetId, common::Language::En)),
                                     folded(texts.text(aboutSheetId, common::Language::Ru))};
        for (const model::RawSheet& sheet : sheets) {
            const std::string name = folded(sheet.name);
            if (name != names[0] && name != names[1])
                continue;
            if (std::string title = firstText(sheet); !title.empty())
                return title;
        }
    } catch (const std::exception&) {
        // Without the About sheet's name (an edited data file) the file name still tells.
    }
    return fileName;
}

PrintSetup printSetup(const Layout& sheet, const std::string& company, const std::string& period,
                      const report::Texts& texts, common::Language language) {
    PrintSetup print;
    print.landscape = true;
    print.pagesWide = 1;
    // a scorecard is one page; so is the Company sheet of a company whose sheet is short
    // enough to stay readable on one page (its charts would spill onto a page of their own)
    const bool onePage = sheet.kind == scorecardKind ||
                         (sheet.kind == companyKind && sheet.cells.rows() <= onePageRows);
    print.pagesTall = onePage ? 1 : 0;
    print.repeatRows = sheet.frozenRows;
    print.headerLeft = company;
    print.headerRight = texts.format(periodId, language, {{"period", period}});
    print.footerPattern = texts.text(footerId, language);
    return print;
}

} // namespace concord::core::sheets

namespace concord::core::sheets {

std::vector<FooterPart> footerParts(const std::string& pattern) {
    static const std::pair<const char*, FooterPart::Kind> fields[] = {
        {"{pages}", FooterPart::Kind::Pages}, {"{page}", FooterPart::Kind::Page}};
    std::vector<FooterPart> parts;
    std::string text;
    for (std::size_t at = 0; at < pattern.size();) {
        bool field = false;
        for (const auto& [name, kind] : fields) {
            const std::string placeholder = name;
            if (pattern.compare(at, placeholder.size(), placeholder) != 0)
                continue;
            if (!text.empty())
                parts.push_back({FooterPart::Kind::Text, text});
            text.clear();
            parts.push_back({kind, std::string()});
            at += placeholder.size();
            field = true;
            break;
        }
        if (!field)
            text += pattern[at++];
    }
    if (!text.empty())
        parts.push_back({FooterPart::Kind::Text, text});
    return parts;
}

} // namespace concord::core::sheets
