// Hue-shifted palette colours for warning (amber) and error (red) states.
#include "StatusColors.h"

namespace LicenseDesk::StatusColors {

namespace {

QColor withHue(const QPalette &palette, int hue) {
    // Take saturation/lightness from the theme's highlight so the colour fits light and dark palettes.
    const QColor base = palette.color(QPalette::Highlight).toHsl();
    const bool darkTheme = palette.color(QPalette::Window).lightness() < 128;
    const int lightness = std::clamp(base.lightness(), darkTheme ? 110 : 90, darkTheme ? 170 : 140);
    return QColor::fromHsl(hue, std::max(base.hslSaturation(), 170), lightness);
}

} // namespace

QColor warning(const QPalette &palette) {
    return withHue(palette, 35);
}

QColor error(const QPalette &palette) {
    return withHue(palette, 0);
}

QColor textOn(const QColor &background, const QPalette &palette) {
    const QColor light = palette.color(QPalette::HighlightedText);
    const QColor dark = palette.color(QPalette::WindowText);
    const bool lightText = light.lightness() > dark.lightness();
    const QColor &lighter = lightText ? light : dark;
    const QColor &darker = lightText ? dark : light;
    return background.lightness() < 140 ? lighter : darker;
}

} // namespace LicenseDesk::StatusColors
