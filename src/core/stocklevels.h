// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

namespace VendorPack {

// One good row of a stock CSV: the SKU, its units on hand and the line it was read from.
struct StockRow
{
    int line = 0;
    QString sku;
    qint64 quantity = 0;
};

// What reading a stock CSV found: the good rows and, line by line, the rows it skipped; `error`
// says why nothing could be read at all (unreadable file, no data).
struct StockImportReport
{
    QList<StockRow> rows;
    QStringList problems; // "line 4: quantity 'ten' is not a whole number"
    QString error;
    int skipped() const { return int(problems.size()); }
};

// Stock on hand per SKU in units (eaches), as the acknowledgement proposal consumes it; read
// from a "SKU,quantity" CSV or set per SKU by hand.
class StockLevels
{
    Q_DECLARE_TR_FUNCTIONS(StockLevels)

public:
    static constexpr qint64 kMaxCsvSize = 64 * 1024 * 1024;

    StockLevels() = default;
    explicit StockLevels(QHash<QString, qint64> units)
        : m_units(std::move(units))
    {
    }

    // Units on hand; 0 for a SKU that is not listed.
    qint64 quantity(const QString &sku) const { return m_units.value(sku.trimmed(), 0); }
    bool contains(const QString &sku) const { return m_units.contains(sku.trimmed()); }
    // Sets a SKU's units (a negative quantity is taken as 0).
    void setQuantity(const QString &sku, qint64 units);
    void remove(const QString &sku) { m_units.remove(sku.trimmed()); }
    const QHash<QString, qint64> &all() const { return m_units; }
    int size() const { return int(m_units.size()); }
    bool isEmpty() const { return m_units.isEmpty(); }

    // Reads a stock CSV: two columns, SKU and quantity, separated by commas or semicolons,
    // optionally quoted, with or without a header row (found by its non-numeric quantity; a
    // header may name the columns in any order: sku / merchant product no, quantity / qty /
    // stock / on hand). Bad rows are reported with their line and skipped; a SKU listed twice
    // is reported and its first row kept.
    static StockImportReport readCsv(QIODevice &device);
    static StockImportReport readCsv(const QByteArray &bytes);

    // Reads the CSV and, if it is readable, sets the quantities of its good rows (other SKUs
    // keep theirs). False with report->error, and nothing changed, when it is unreadable.
    bool importCsv(QIODevice &device, StockImportReport *report = nullptr);
    void apply(const QList<StockRow> &rows);

private:
    QHash<QString, qint64> m_units;
};

} // namespace VendorPack
