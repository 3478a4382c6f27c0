#include "core/model/Workbook.hpp"

#include <algorithm>

namespace concord::core::model {

std::string CellRef::address() const {
    // Bijective base 26: A … Z, AA … AZ, BA …; column 0 is A, 25 is Z, 26 is AA.
    std::string letters;
    for (int n = col + 1; n > 0; n = (n - 1) / 26)
        letters += static_cast<char>('A' + (n - 1) % 26);
    std::reverse(letters.begin(), letters.end());
    return letters + std::to_string(row + 1);
}

} // namespace concord::core::model
