// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace VendorPack {

class LabelPrinter;
class LabelScene;
class SsccLedger;

// Prints labels and keeps the SSCC ledger in step with what really happened: an SSCC counts as
// printed only after the printer took its label; a voided or shipped SSCC is never printed; a
// scanned-back label is applied only when it is the one expected. (Its own target,
// vendorpack_labelservice, so that vendorpack_labels does not need storage.)
class LabelService
{
    Q_DECLARE_TR_FUNCTIONS(LabelService)
public:
    explicit LabelService(SsccLedger &ledger);

    // Prints (or reprints) the labels, named by their SSCCs. Refused before anything is sent
    // when an SSCC is unknown to the ledger, voided or shipped. After the printer took every
    // label, each SSCC is marked printed (its print count goes up); after a printer failure the
    // ledger is unchanged and *error says what failed.
    bool print(LabelPrinter &printer, const QList<LabelScene> &labels, QString *error);
    // Voids an SSCC for good, with a reason and who did it.
    bool voidLabel(const QString &sscc, const QString &reason, const QString &user, QString *error);
    // A label scanned back on its carton or pallet: it must be the expected SSCC, printed and
    // not voided; it is then marked applied.
    bool scanBack(const QString &scanned, const QString &expected, QString *error);

private:
    SsccLedger *m_ledger;
};

} // namespace VendorPack
