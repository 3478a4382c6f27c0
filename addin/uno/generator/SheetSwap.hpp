#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <memory>
#include <string>
#include <vector>

namespace concord::uno {

class ScratchDocument;

/// One generation's change to a document, both ways: the generated sheets it replaces
/// ("old", kept as copies in a ScratchDocument) and the ones it writes ("fresh", written
/// in another ScratchDocument). apply() puts the fresh ones in place of the old ones,
/// revert() the other way round; both copy whole sheets (XSpreadsheets2::importSheet) and
/// record nothing on the document's undo stack (UnrecordedSheets).
class SheetSwap {
public:
    /// A sheet of one side: its name, its 0-based place in the document, its kind and key
    /// (GeneratedRegistry), and the header rows and columns to freeze.
    struct Sheet {
        std::string name;
        sal_Int16 position = 0;
        std::string kind;
        std::string key;
        int frozenRows = 0;
        int frozenCols = 0;
    };

    /// The sheets of each side in ascending position.
    SheetSwap(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
              std::shared_ptr<const ScratchDocument> oldCopies, std::vector<Sheet> oldSheets,
              std::shared_ptr<const ScratchDocument> freshCopies, std::vector<Sheet> freshSheets);

    /// Removes the old sheets, copies the fresh ones in at their places, marks them as
    /// generated and freezes their header panes when the document has a view. Throws
    /// css::uno::Exception when Calc refuses.
    void apply() const;
    /// The reverse: removes the fresh sheets that exist and copies the old ones back (those
    /// missing). Throws css::uno::Exception when Calc refuses.
    void revert() const;

    const std::vector<Sheet>& freshSheets() const { return _fresh; }

private:
    void put(const ScratchDocument& copies, const std::vector<Sheet>& sheets,
             const std::vector<Sheet>& replaced) const;

    css::uno::Reference<css::sheet::XSpreadsheetDocument> _document;
    std::shared_ptr<const ScratchDocument> _oldCopies;
    std::vector<Sheet> _old;
    std::shared_ptr<const ScratchDocument> _freshCopies;
    std::vector<Sheet> _fresh;
};

} // namespace concord::uno
