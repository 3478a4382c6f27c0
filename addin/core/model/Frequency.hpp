#pragma once

namespace concord::core::model {

/// How often a KPI is measured or a request is delivered. Once has no next period.
enum class Frequency { Once, Week, Month, Quarter, Year };

} // namespace concord::core::model
