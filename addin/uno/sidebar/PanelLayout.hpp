#pragma once

namespace concord::uno {

/// Places the panel's rows one under the other, in pixels: a cursor that walks down a
/// column of the given width, between margins. Geometry only; it knows no control.
class PanelLayout {
public:
    /// A rectangle in the panel's window.
    struct Box {
        int x = 0;
        int y = 0;
        int width = 0;
        int height = 0;
    };

    /// Space around the content, between rows, and between sections.
    static constexpr int margin = 6;
    static constexpr int rowGap = 4;
    static constexpr int sectionGap = 12;
    /// Space between a caption and its field in a row.
    static constexpr int columnGap = 6;

    /// A column width pixels wide, starting at the top margin.
    explicit PanelLayout(int width);

    /// A box over the whole content width, height high; moves down past it and a row gap.
    Box row(int height);
    /// A row split into a caption captionWidth wide and a field taking the rest (the caption
    /// is clipped to half the content width): {caption, field}.
    struct Split {
        Box caption;
        Box field;
    };
    Split splitRow(int height, int captionWidth);
    /// A row with a value valueWidth wide at its right end (clipped to half the content
    /// width) and a caption taking the rest: {caption, value}.
    Split valueRow(int height, int valueWidth);
    /// Moves down by a section gap (less the row gap already left).
    void section();

    /// The content width (width less both margins, at least 1).
    int contentWidth() const;
    /// How far down the rows go, the bottom margin included.
    int height() const;

private:
    int _width;
    int _y;
};

} // namespace concord::uno
