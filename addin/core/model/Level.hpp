#pragma once

namespace concord::core::model {

/// The level a goal belongs to in the cascade: the company, a department, or one person.
enum class Level { Company, Department, Person };

} // namespace concord::core::model
