#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

/// Colours that carry meaning, chosen to read on the desktop's palette, light or dark.
namespace Colors {

/// Whether the application's palette is dark (light text on dark bases).
inline bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

/// Text that reports an error or a refusal.
inline QColor errorText()
{
    return darkPalette() ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

} // namespace Colors
