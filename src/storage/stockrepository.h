// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stocklevels.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <optional>

namespace VendorPack {

class Database;

// Stock on hand per SKU in the stock_levels table: read as StockLevels, set by hand for one SKU,
// or imported from a stock CSV in one transaction.
class StockRepository
{
    Q_DECLARE_TR_FUNCTIONS(StockRepository)

public:
    static QString manualSource() { return QStringLiteral("manual"); }

    explicit StockRepository(Database &database);

    std::optional<StockLevels> load(QString *error = nullptr) const;
    // Sets one SKU's units on hand (source "manual"); joins the caller's transaction if open.
    bool setQuantity(const QString &sku, qint64 units, QString *error = nullptr);
    // Reads the CSV (StockLevels::readCsv) and writes its good rows in one transaction with
    // `source` (e.g. the file name); other SKUs keep their stock. False with report->error, and
    // nothing written, when the file is unreadable or the database refuses.
    bool importCsv(QIODevice &device, const QString &source, StockImportReport *report);
    bool importRows(const QList<StockRow> &rows, const QString &source, QString *error = nullptr);

private:
    Database *m_database;
};

} // namespace VendorPack
