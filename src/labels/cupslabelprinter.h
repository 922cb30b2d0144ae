// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelprinter.h"

#include <QCoreApplication>

namespace VendorPack {

// Sends ZPL raw to a CUPS queue (`lp -d <queue> -o raw`) and checks that lp accepted it.
class CupsLabelPrinter : public LabelPrinter
{
    Q_DECLARE_TR_FUNCTIONS(CupsLabelPrinter)
public:
    CupsLabelPrinter(const QString &queue, int dpi, int timeoutMs = 30000);

    QString description() const override;
    bool print(const QList<LabelScene> &labels, QString *error) override;

    // The lp program (tests and unusual installs); "lp" from PATH by default.
    void setProgram(const QString &program) { m_program = program; }

private:
    QString m_queue;
    int m_dpi;
    int m_timeoutMs;
    QString m_program = QStringLiteral("lp");
};

} // namespace VendorPack
