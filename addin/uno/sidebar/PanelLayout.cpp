#include "PanelLayout.hpp"

#include <algorithm>

namespace concord::uno {

PanelLayout::PanelLayout(int width) : _width(width), _y(margin) {}

int PanelLayout::contentWidth() const {
    return std::max(1, _width - 2 * margin);
}

PanelLayout::Box PanelLayout::row(int height) {
    const Box box{margin, _y, contentWidth(), height};
    _y += height + rowGap;
    return box;
}

PanelLayout::Split PanelLayout::splitRow(int height, int captionWidth) {
    const Box whole = row(height);
    const int caption = std::min(captionWidth, whole.width / 2);
    const int field = std::max(1, whole.width - caption - columnGap);
    return {{whole.x, whole.y, caption, height},
            {whole.x + caption + columnGap, whole.y, field, height}};
}

PanelLayout::Split PanelLayout::valueRow(int height, int valueWidth) {
    const Box whole = row(height);
    const int value = std::min(valueWidth, whole.width / 2);
    const int caption = std::max(1, whole.width - value - columnGap);
    return {{whole.x, whole.y, caption, height},
            {whole.x + whole.width - value, whole.y, value, height}};
}

void PanelLayout::section() {
    _y += sectionGap - rowGap;
}

int PanelLayout::height() const {
    return _y - rowGap + margin;
}

} // namespace concord::uno
