// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

class QIODevice;

namespace VendorPack {

class LabelScene;

// Writes label scenes as a vector PDF through QPdfWriter, one page per label, sized to the label
// stock, with the label face embedded.
class PdfLabelWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfLabelWriter)
public:
    // title: the document's title; empty names the labels.
    static bool write(const QList<LabelScene> &scenes, QIODevice *device, QString *error = nullptr,
                      const QString &title = QString());
    // Writes the file in one go (QSaveFile): no half-written PDF is left behind.
    static bool writeFile(const QList<LabelScene> &scenes, const QString &path,
                          QString *error = nullptr, const QString &title = QString());
};

} // namespace VendorPack
