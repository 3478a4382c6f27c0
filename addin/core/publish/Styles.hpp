#pragma once

#include <string>

namespace concord::core::publish {

/// style.css of the site: one column on a phone (tables scroll sideways inside their box,
/// the navigation wraps), larger type on a wall screen (≥ 1600 px), status colours chosen
/// to differ in lightness as well as hue (dark green, mid red, light amber) and always
/// paired with an icon and a word, a print style without the navigation. No web font, no
/// external file.
const std::string& styles();

} // namespace concord::core::publish
