// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Decodes Code 128 / GS1-128 barcodes from rendered labels with ZXing (zxing-cpp), for tests.

#include <QImage>
#include <QList>
#include <QProcess>
#include <QString>

#include <ZXing/ReadBarcode.h>

namespace VendorPack {

// One barcode as ZXing read it.
struct DecodedBarcode
{
    QString symbologyIdentifier; // "]C1" for GS1-128, "]C0" for plain Code 128
    QString text; // GS1: "00" + SSCC, no parentheses
    int top = 0; // y of its top edge in the image
};

// The barcode ZXing finds first in the image, if any.
inline QList<DecodedBarcode> decodeBarcodes(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(),
                                ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::Code128);
    hints.setTryHarder(true);
    hints.setTryRotate(false);
    // One barcode per call: zxing-cpp 1.4's ReadBarcodes() asserts on pages with several
    // linear symbols, so callers decode one band of the label at a time.
    QList<DecodedBarcode> found;
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (result.isValid()) {
        DecodedBarcode d;
        d.symbologyIdentifier = QString::fromStdString(result.symbologyIdentifier());
        d.text = QString::fromStdString(result.text());
        d.top = qMin(result.position().topLeft().y, result.position().topRight().y);
        found.append(d);
    }
    return found;
}

// Decodes a horizontal band of the image only (one barcode at a time reads most reliably).
inline QList<DecodedBarcode> decodeBand(const QImage &image, int top, int height)
{
    QList<DecodedBarcode> found = decodeBarcodes(image.copy(0, top, image.width(), height));
    for (DecodedBarcode &d : found)
        d.top += top;
    return found;
}

// Renders every page of a PDF to PNG images with pdftoppm; empty if it fails.
inline QList<QImage> renderPdf(const QString &pdf, const QString &prefix, int dpi)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
              QStringLiteral("-png"), pdf, prefix });
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    QList<QImage> pages;
    for (int i = 1;; ++i) {
        QImage page;
        // pdftoppm pads the page number to the width of the last page number.
        for (int width = 1; width <= 5 && page.isNull(); ++width)
            page.load(prefix + QStringLiteral("-%1.png").arg(i, width, 10, QLatin1Char('0')));
        if (page.isNull())
            break;
        pages.append(page);
    }
    return pages;
}

// The text of a PDF (pdftotext -layout), empty if it fails.
inline QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace VendorPack
