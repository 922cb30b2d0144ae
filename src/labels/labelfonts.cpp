// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QRawFont>
#include <QStandardPaths>

#include <cmath>
#include <memory>

namespace VendorPack {

namespace {

// Metrics are taken once at this pixel size and scaled: without hinting, widths are linear.
constexpr int kReferencePixels = 1000;
constexpr double kReferenceMm = 10.0; // kReferencePixels stand for this many millimetres

struct FontState
{
    bool loaded = false;
    QString family;
    QString error;
    std::unique_ptr<QFontMetricsF> metrics[2];
    QRawFont raw[2];
    QHash<QString, double> widths[2]; // reference width in mm
    QHash<QString, FittedText> fits;
};

FontState &state()
{
    static FontState s;
    return s;
}

QString findFontFile(const QString &name)
{
    QStringList dirs { QStringLiteral("/usr/share/fonts/truetype/dejavu"),
                       QStringLiteral("/usr/local/share/fonts/truetype/dejavu"),
                       QStringLiteral("/usr/share/fonts/TTF") };
    dirs += QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    for (const QString &dir : std::as_const(dirs)) {
        const QString path = dir + QLatin1Char('/') + name;
        if (QFile::exists(path))
            return path;
    }
    return QString();
}

} // namespace

bool LabelFonts::load(QString *error)
{
    FontState &s = state();
    if (!s.loaded && s.error.isEmpty()) {
        const char *files[2] = { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" };
        for (int i = 0; i < 2; ++i) {
            const QString path = findFontFile(QLatin1String(files[i]));
            const int id = path.isEmpty() ? -1 : QFontDatabase::addApplicationFont(path);
            if (id < 0) {
                s.error = tr("The label font %1 (package fonts-dejavu-core) could not be loaded")
                              .arg(QLatin1String(files[i]));
                break;
            }
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (s.family.isEmpty() && !families.isEmpty())
                s.family = families.first();
            s.raw[i] = QRawFont(path, kReferencePixels, QFont::PreferNoHinting);
        }
        if (s.error.isEmpty()) {
            for (int i = 0; i < 2; ++i)
                s.metrics[i] = std::make_unique<QFontMetricsF>(font(kReferencePixels, i == 1));
            s.loaded = true;
        }
    }
    if (!s.loaded && error)
        *error = s.error;
    return s.loaded;
}

QString LabelFonts::family()
{
    return state().family;
}

QFont LabelFonts::font(int pixelSize, bool bold)
{
    QFont f(state().family);
    f.setPixelSize(qMax(1, pixelSize));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

double LabelFonts::ascent(double sizeMm, bool bold)
{
    FontState &s = state();
    if (!s.loaded)
        return sizeMm;
    return s.metrics[bold ? 1 : 0]->ascent() * sizeMm / kReferencePixels;
}

double LabelFonts::width(const QString &text, double sizeMm, bool bold)
{
    FontState &s = state();
    if (!s.loaded)
        return 0;
    QHash<QString, double> &cache = s.widths[bold ? 1 : 0];
    auto it = cache.constFind(text);
    if (it == cache.constEnd()) {
        const double reference
            = s.metrics[bold ? 1 : 0]->horizontalAdvance(text) * kReferenceMm / kReferencePixels;
        if (cache.size() > 200000)
            cache.clear();
        it = cache.insert(text, reference);
    }
    return *it * sizeMm / kReferenceMm;
}

bool LabelFonts::canShow(const QString &text, bool bold)
{
    const QRawFont &raw = state().raw[bold ? 1 : 0];
    if (!raw.isValid())
        return false;
    for (const QChar c : text) {
        if (c.isSpace() || c.isHighSurrogate() || c.isLowSurrogate())
            continue;
        if (!raw.supportsCharacter(c))
            return false;
    }
    return true;
}

QStringList LabelFonts::wrap(const QString &paragraph, double widthMm, double sizeMm, bool bold)
{
    QStringList lines;
    if (width(paragraph, sizeMm, bold) <= widthMm) {
        lines.append(paragraph);
        return lines;
    }
    const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line;
    for (const QString &word : words) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (width(candidate, sizeMm, bold) <= widthMm) {
            line = candidate;
            continue;
        }
        if (!line.isEmpty())
            lines.append(line);
        line = word;
        // A word wider than the zone alone (a long number, text without spaces) breaks where
        // it must; nothing is dropped.
        while (width(line, sizeMm, bold) > widthMm && line.size() > 1) {
            qsizetype cut = line.size() - 1;
            while (cut > 1 && width(line.left(cut), sizeMm, bold) > widthMm)
                --cut;
            if (line.at(cut - 1).isHighSurrogate())
                --cut;
            lines.append(line.left(cut));
            line = line.mid(cut);
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

FittedText LabelFonts::fit(const QStringList &paragraphs, double widthMm, double heightMm,
                           double maxMm, double minMm, bool bold)
{
    FontState &s = state();
    const QString key = paragraphs.join(QChar(0x1F)) + QChar(0x1E)
        + QString::number(widthMm, 'f', 3) + QLatin1Char(',') + QString::number(heightMm, 'f', 3)
        + QLatin1Char(',') + QString::number(maxMm, 'f', 3) + QLatin1Char(',')
        + QString::number(minMm, 'f', 3) + (bold ? QLatin1Char('b') : QLatin1Char('r'));
    const auto cached = s.fits.constFind(key);
    if (cached != s.fits.constEnd())
        return *cached;

    FittedText fitted;
    // First without wrapping, down to 60 % of the largest size: "SKU: ACM-10064" on one line
    // reads better than larger on two. Then wrapping, down to the smallest size.
    const double noWrapMin = qMax(minMm, maxMm * 0.6);
    for (double size = maxMm; size >= noWrapMin - 1e-9; size *= 0.93) {
        bool oneLineEach = paragraphs.size() * size * kLineFactor <= heightMm + 1e-6;
        for (const QString &paragraph : paragraphs)
            oneLineEach = oneLineEach && width(paragraph, size, bold) <= widthMm;
        if (oneLineEach) {
            fitted.lines = paragraphs;
            fitted.sizeMm = size;
            s.fits.insert(key, fitted);
            return fitted;
        }
    }
    for (double size = maxMm;; size = qMax(minMm, size * 0.93)) {
        fitted.lines.clear();
        fitted.sizeMm = size;
        for (const QString &paragraph : paragraphs)
            fitted.lines += wrap(paragraph, widthMm, size, bold);
        const double height = fitted.lines.size() * size * kLineFactor;
        fitted.fits = height <= heightMm + 1e-6;
        if (fitted.fits || size <= minMm)
            break;
    }
    if (s.fits.size() > 20000)
        s.fits.clear();
    s.fits.insert(key, fitted);
    return fitted;
}

} // namespace VendorPack
