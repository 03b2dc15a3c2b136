// Warning and error colours derived from the current palette, so light and dark themes stay readable.
#pragma once

#include <QColor>
#include <QPalette>

namespace LicenseDesk {

/// Qt's palette has no warning/error roles: these keep the palette's lightness and only pick a hue.
namespace StatusColors {
QColor warning(const QPalette &palette);
QColor error(const QPalette &palette);
/// A dark or light text colour that reads on top of background.
QColor textOn(const QColor &background, const QPalette &palette);
} // namespace StatusColors

} // namespace LicenseDesk
