// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelscene.h"
#include "palletmanifest.h"

#include <QCoreApplication>
#include <QList>

namespace VendorPack {

// The paper a manifest is printed on.
enum class ManifestPaper { A4, Letter };

// The pallet manifest's one layout: a header on every page (title, page n of N, ship from and
// ship to, shipment, POs, the pallet SSCC with its GS1-128 barcode), then the cartons, the SKU
// lines and the totals, continued on further pages. Composed as label scenes, so the labels'
// painter, face and zint barcodes draw it.
class ManifestDocument
{
    Q_DECLARE_TR_FUNCTIONS(ManifestDocument)
public:
    static QSizeF paperSize(ManifestPaper paper); // mm
    // "a4" or "letter".
    static std::optional<ManifestPaper> paperFromName(const QString &name);

    // The pages of one pallet's manifest.
    static QList<LabelScene> compose(const PalletManifest &manifest, ManifestPaper paper);
    // The pages of several manifests one after the other (manifests.pdf).
    static QList<LabelScene> compose(const QList<PalletManifest> &manifests, ManifestPaper paper);
    // Writes them as one vector PDF (QSaveFile: no half-written file is left).
    static bool writeFile(const QList<PalletManifest> &manifests, ManifestPaper paper,
                          const QString &path, QString *error = nullptr);
    // "manifest-<pallet SSCC>.pdf"
    static QString fileName(const PalletManifest &manifest);
};

} // namespace VendorPack
