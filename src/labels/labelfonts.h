// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

namespace VendorPack {

// Text set into a zone: its lines and the size that made them fit.
struct FittedText
{
    QStringList lines;
    double sizeMm = 0; // font pixel size (em) in millimetres
    bool fits = true; // false: even the smallest size needs more room than the zone has
};

// The labels' typeface, DejaVu Sans, loaded from its own files (not through fontconfig's
// defaults) so every station prints the same; measures and wraps text in millimetres.
// Needs a QGuiApplication; keeps caches, so use it from one thread (the GUI thread).
class LabelFonts
{
    Q_DECLARE_TR_FUNCTIONS(LabelFonts)
public:
    // Line height as a multiple of the font size.
    static constexpr double kLineFactor = 1.2;

    // Loads the regular and bold faces once; false with a message when they are missing.
    static bool load(QString *error = nullptr);
    static QString family();
    // The face at a pixel size in the painter's units, without hinting (vector output).
    static QFont font(int pixelSize, bool bold);

    // Distance from a line's top to its baseline at sizeMm (the face's ascent).
    static double ascent(double sizeMm, bool bold);
    // Width in millimetres of text set at sizeMm.
    static double width(const QString &text, double sizeMm, bool bold);
    // Whether every character has a glyph in the label face.
    static bool canShow(const QString &text, bool bold);

    // Sets paragraphs into width x height mm at the largest size from maxMm down to minMm,
    // wrapping at spaces (inside words when a word alone is too wide); never drops text.
    static FittedText fit(const QStringList &paragraphs, double widthMm, double heightMm,
                          double maxMm, double minMm, bool bold);
    // Lines of one paragraph wrapped to widthMm at sizeMm.
    static QStringList wrap(const QString &paragraph, double widthMm, double sizeMm, bool bold);
};

} // namespace VendorPack
