// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelservice.h"

#include "labelprinter.h"
#include "labelscene.h"

#include "storage/ssccledger.h"

namespace VendorPack {

LabelService::LabelService(SsccLedger &ledger)
    : m_ledger(&ledger)
{
}

bool LabelService::print(LabelPrinter &printer, const QList<LabelScene> &labels, QString *error)
{
    for (const LabelScene &label : labels) {
        QString ledgerError;
        const std::optional<SsccLedgerEntry> entry = m_ledger->entry(label.name, &ledgerError);
        if (!entry) {
            *error = ledgerError.isEmpty()
                ? tr("SSCC %1 is not in the ledger: only SSCCs drawn or recorded here are "
                     "printed")
                      .arg(label.name)
                : ledgerError;
            return false;
        }
        if (entry->state == SsccState::Voided) {
            *error = tr("SSCC %1 was voided (%2): it can never be printed again")
                         .arg(label.name, entry->voidReason);
            return false;
        }
        if (entry->state == SsccState::Shipped) {
            *error = tr("SSCC %1 has shipped: its label is not printed again").arg(label.name);
            return false;
        }
    }
    QString printError;
    if (!printer.print(labels, &printError)) {
        *error = tr("Not printed on %1: %2").arg(printer.description(), printError);
        return false;
    }
    for (const LabelScene &label : labels) {
        QString ledgerError;
        if (!m_ledger->markPrinted(label.name, &ledgerError)) {
            *error = tr("SSCC %1 was printed but the ledger could not record it: %2")
                         .arg(label.name, ledgerError);
            return false;
        }
    }
    return true;
}

bool LabelService::voidLabel(const QString &sscc, const QString &reason, const QString &user,
                             QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = tr("Say why SSCC %1 is voided").arg(sscc);
        return false;
    }
    return m_ledger->voidSscc(sscc, reason.trimmed(), user, error);
}

bool LabelService::scanBack(const QString &scanned, const QString &expected, QString *error)
{
    if (scanned != expected) {
        *error = tr("Wrong label: scanned SSCC %1, this container is %2").arg(scanned, expected);
        return false;
    }
    QString ledgerError;
    const std::optional<SsccLedgerEntry> entry = m_ledger->entry(scanned, &ledgerError);
    if (!entry) {
        *error
            = ledgerError.isEmpty() ? tr("SSCC %1 is not in the ledger").arg(scanned) : ledgerError;
        return false;
    }
    if (entry->state == SsccState::Voided) {
        *error = tr("SSCC %1 was voided (%2): take this label off").arg(scanned, entry->voidReason);
        return false;
    }
    if (entry->state == SsccState::Allocated) {
        *error = tr("SSCC %1 has not been printed here: print its label first").arg(scanned);
        return false;
    }
    return m_ledger->markApplied(scanned, error);
}

} // namespace VendorPack
