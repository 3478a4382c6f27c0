#include "core/common/Today.hpp"

#include <ctime>

namespace concord::core::common {

CivilDate localToday() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

} // namespace concord::core::common
