// SPDX-License-Identifier: GPL-3.0-or-later
#include "zpllabelwriter.h"

#include "labelfonts.h"
#include "labelscene.h"

#include <algorithm>
#include <cmath>

namespace VendorPack {

ZplLabelWriter::ZplLabelWriter(int dpi)
    : m_dpi(dpi)
{
}

int ZplLabelWriter::moduleDots(double targetMm, int dpi, double availableMm, int totalModules)
{
    const double dotsPerMm = dpi / 25.4;
    int dots = qMax(1, int(std::lround(targetMm * dotsPerMm)));
    const int available = int(std::floor(availableMm * dotsPerMm));
    while (dots > 1 && dots * totalModules > available)
        --dots;
    return dots;
}

ZplLabelWriter::Placed ZplLabelWriter::place(const LabelScene &scene) const
{
    const double k = m_dpi / 25.4;
    auto dots = [k](double mm) { return int(std::lround(mm * k)); };
    Placed label;
    label.dpi = m_dpi;
    label.width = dots(scene.size.width());
    label.height = dots(scene.size.height());
    label.copies = scene.copies;
    for (const LabelBox &box : scene.boxes) {
        const QPoint topLeft(dots(box.rect.left()), dots(box.rect.top()));
        const QPoint bottomRight(dots(box.rect.right()), dots(box.rect.bottom()));
        label.boxes.append(QRect(
            topLeft,
            QSize(qMax(1, bottomRight.x() - topLeft.x()), qMax(1, bottomRight.y() - topLeft.y()))));
    }
    for (const LabelText &t : scene.texts) {
        Text text;
        text.origin = QPoint(dots(t.rect.left()), dots(t.rect.top()));
        text.width = qMax(1, dots(t.rect.width()));
        text.height = qMax(1, dots(t.sizeMm));
        text.lineSpacing = qMax(0, dots(t.sizeMm * LabelFonts::kLineFactor) - text.height);
        text.lines = t.lines;
        text.centred = t.centred;
        text.inverted = t.inverted;
        for (const QString &line : t.lines) {
            const bool beyondLatin = std::any_of(line.cbegin(), line.cend(),
                                                 [](QChar c) { return c.unicode() > 0x17F; });
            if (beyondLatin) {
                label.warnings.append(tr("\"%1\" has characters beyond Latin that the "
                                         "printer's font 0 may not print: check the label")
                                          .arg(line));
            }
        }
        label.texts.append(text);
    }
    for (const LabelBarcode &b : scene.barcodes) {
        Code code;
        code.symbology = b.symbology;
        code.data = b.data;
        code.modules = b.modules;
        const int total = b.modules + 2 * b.quietModules;
        code.moduleDots = moduleDots(b.targetModuleMm, m_dpi, b.area.width(), total);
        code.heightDots = dots(b.area.height());
        const int left = dots(b.area.left());
        const int width = int(std::floor(b.area.width() * k));
        const int symbol = code.modules * code.moduleDots;
        code.origin = QPoint(left + (width - symbol) / 2, dots(b.area.top()));
        const int quiet = b.quietModules * code.moduleDots;
        code.quietArea
            = QRect(code.origin.x() - quiet, code.origin.y(), symbol + 2 * quiet, code.heightDots);
        if (total * code.moduleDots > width) {
            label.problems.append(tr("The barcode \"%1\" does not fit its zone with quiet zones "
                                     "of %2 modules at %3 dpi")
                                      .arg(b.data)
                                      .arg(b.quietModules)
                                      .arg(m_dpi));
        }
        if (b.symbology == Symbology::Gs1_128
            && code.moduleDots * 25.4 / m_dpi < LabelLayout::kSsccMinModuleMm) {
            label.problems.append(tr("The SSCC barcode's X-dimension (%1 dots at %2 dpi) is "
                                     "below GS1's 0.495 mm")
                                      .arg(code.moduleDots)
                                      .arg(m_dpi));
        }
        label.codes.append(code);
    }
    return label;
}

QByteArray ZplLabelWriter::writeAll(const QList<LabelScene> &scenes, QString *error) const
{
    QByteArray all;
    for (const LabelScene &scene : scenes) {
        if (scene.hasErrors()) {
            for (const Finding &finding : scene.findings) {
                if (finding.severity == Severity::Error) {
                    *error = tr("Label %1: %2").arg(scene.name, finding.message);
                    return QByteArray();
                }
            }
        }
        const Placed placed = place(scene);
        if (!placed.problems.isEmpty()) {
            *error = tr("Label %1: %2").arg(scene.name, placed.problems.first());
            return QByteArray();
        }
        all += serialize(placed);
    }
    return all;
}

QByteArray ZplLabelWriter::escapeText(const QString &text, bool *needsHex)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() + 8);
    for (const char c : utf8) {
        switch (c) {
        case '^':
            out += "_5E";
            *needsHex = true;
            break;
        case '~':
            out += "_7E";
            *needsHex = true;
            break;
        case '_':
            out += "_5F";
            *needsHex = true;
            break;
        case '\\':
            out += "\\\\";
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray ZplLabelWriter::codeData(Symbology symbology, const QString &data)
{
    if (symbology == Symbology::Gs1_128) {
        // Start C, FNC1, then the element string "00" + SSCC in digit pairs.
        return ">;>8" + data.toLatin1();
    }
    QByteArray out(">:");
    for (const QChar qc : data) {
        const char c = char(qc.unicode());
        if (c == '>')
            out += ">0";
        else if (c == '^')
            out += "><";
        else if (c == '~')
            out += ">=";
        else
            out += c;
    }
    return out;
}

QByteArray ZplLabelWriter::serialize(const Placed &label)
{
    QByteArray z;
    z.reserve(2048);
    auto num = [](int n) { return QByteArray::number(n); };
    z += "^XA\n^CI28\n^PW" + num(label.width) + "\n^LL" + num(label.height) + "\n^LH0,0\n";
    for (const QRect &box : label.boxes) {
        z += "^FO" + num(box.x()) + ',' + num(box.y()) + "^GB" + num(box.width()) + ','
            + num(box.height()) + ',' + num(qMin(box.width(), box.height())) + "^FS\n";
    }
    for (const Text &text : label.texts) {
        bool hex = false;
        QByteArray data;
        for (int i = 0; i < text.lines.size(); ++i) {
            if (i > 0)
                data += "\\&";
            data += escapeText(text.lines.at(i), &hex);
        }
        z += "^FO" + num(text.origin.x()) + ',' + num(text.origin.y()) + "^A0N," + num(text.height)
            + ',' + num(text.height) + "^FB" + num(text.width) + ',' + num(int(text.lines.size()))
            + ',' + num(text.lineSpacing) + ',' + (text.centred ? 'C' : 'L') + ",0";
        if (text.inverted)
            z += "^FR";
        if (hex)
            z += "^FH_";
        z += "^FD" + data + "^FS\n";
    }
    for (const Code &code : label.codes) {
        z += "^FO" + num(code.origin.x()) + ',' + num(code.origin.y()) + "^BY"
            + num(code.moduleDots) + "^BCN," + num(code.heightDots) + ",N,N,N^FD"
            + codeData(code.symbology, code.data) + "^FS\n";
    }
    if (label.copies > 1)
        z += "^PQ" + num(label.copies) + '\n';
    z += "^XZ\n";
    return z;
}

} // namespace VendorPack
