// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/product.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace VendorPack {

class Database;

// What a product CSV import did: rows imported and, line by line, the rows it skipped.
struct ProductImportReport
{
    int imported = 0;
    int skipped = 0;
    QStringList problems; // "line 7: GTIN 12345 has a wrong check digit"
    QString error; // why nothing was imported (no header, unreadable file, database error)
};

// The products table as a ProductCatalog, cached in memory after load(), with an importer for
// the master data CSV (SKU, GTINs, description, unit weight, dimensions, case pack).
class ProductRepository : public ProductCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)

public:
    static constexpr qint64 kMaxCsvSize = 64 * 1024 * 1024;

    explicit ProductRepository(Database &database);
    ~ProductRepository() override;

    // Reads every product into memory; pointers from earlier lookups become invalid.
    bool load(QString *error = nullptr);

    // ProductCatalog over the cache; a GTIN in any form (8, 12, 13 or 14 digits).
    const Product *productBySku(QStringView sku) const override;
    const Product *productByGtin(QStringView gtin) const override;
    int size() const { return int(m_products.size()); }

    // Imports the CSV in one transaction: good rows are inserted or update the product of the
    // same SKU (whose GTINs they replace), bad rows are reported with their line and skipped.
    // Columns by header name: sku, gtin (or gtins; several separated by '|' or spaces),
    // description, unit weight ("0.45 kg", or a number with a weight unit column), length, width,
    // height (each with a unit, or a dimension unit column), case pack. Reloads the cache.
    // False with report->error when nothing could be imported.
    bool importCsv(QIODevice &device, ProductImportReport *report);

    // The records of RFC 4180 CSV (quoted fields with commas, quotes and line breaks) with the
    // line each starts on; nullopt with the line of an unterminated quote in *errorLine.
    struct CsvRecord
    {
        int line = 0;
        QStringList fields;
    };
    static std::optional<QList<CsvRecord>> parseCsv(QStringView text, QChar separator,
                                                    int *errorLine = nullptr);

private:
    Database *m_database;
    std::vector<std::unique_ptr<Product>> m_products;
    QHash<QString, const Product *> m_bySku;
    QHash<QString, const Product *> m_byGtin;
};

} // namespace VendorPack
