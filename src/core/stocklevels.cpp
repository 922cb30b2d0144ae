// SPDX-License-Identifier: GPL-3.0-or-later
#include "stocklevels.h"

#include <optional>

namespace VendorPack {

namespace {

// The fields of one CSV line: separators inside double quotes do not split, "" is a quote.
QStringList splitLine(QStringView line, QChar separator)
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            inQuotes = true;
        } else if (c == separator) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field.trimmed());
    return fields;
}

QString headerKey(const QString &text)
{
    QString key;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

bool isSkuHeader(const QString &key)
{
    return key == QLatin1String("sku") || key == QLatin1String("merchantproductno")
        || key == QLatin1String("merchantsku") || key == QLatin1String("item")
        || key == QLatin1String("productno");
}

bool isQuantityHeader(const QString &key)
{
    return key == QLatin1String("quantity") || key == QLatin1String("qty")
        || key == QLatin1String("stock") || key == QLatin1String("onhand")
        || key == QLatin1String("unitsonhand") || key == QLatin1String("units")
        || key == QLatin1String("available") || key == QLatin1String("quantityonhand");
}

std::optional<qint64> wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

} // namespace

void StockLevels::setQuantity(const QString &sku, qint64 units)
{
    m_units.insert(sku.trimmed(), qMax<qint64>(0, units));
}

void StockLevels::apply(const QList<StockRow> &rows)
{
    for (const StockRow &row : rows)
        setQuantity(row.sku, row.quantity);
}

bool StockLevels::importCsv(QIODevice &device, StockImportReport *report)
{
    StockImportReport local = readCsv(device);
    const bool ok = local.error.isEmpty();
    if (ok)
        apply(local.rows);
    if (report)
        *report = std::move(local);
    return ok;
}

StockImportReport StockLevels::readCsv(QIODevice &device)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly)) {
        StockImportReport report;
        report.error = tr("cannot read the stock file: %1").arg(device.errorString());
        return report;
    }
    if (!device.isReadable()) {
        StockImportReport report;
        report.error = tr("cannot read the stock file: it is not open for reading");
        return report;
    }
    const QByteArray bytes = device.read(kMaxCsvSize + 1);
    if (bytes.size() > kMaxCsvSize) {
        StockImportReport report;
        report.error = tr("the stock file is larger than %1 MiB").arg(kMaxCsvSize / 1024 / 1024);
        return report;
    }
    return readCsv(bytes);
}

StockImportReport StockLevels::readCsv(const QByteArray &bytes)
{
    StockImportReport report;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));

    int firstLine = -1; // index of the first non-blank line
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty()) {
            firstLine = i;
            break;
        }
    }
    if (firstLine < 0) {
        report.error = tr("the stock file is empty; it needs rows of SKU and quantity");
        return report;
    }

    // Semicolons when the first line has them and no commas (a European spreadsheet's CSV).
    const QString &first = lines.at(firstLine);
    QChar separator = QLatin1Char(',');
    if (!first.contains(separator) && first.contains(QLatin1Char(';')))
        separator = QLatin1Char(';');
    else if (!first.contains(separator) && first.contains(QLatin1Char('\t')))
        separator = QLatin1Char('\t');

    int skuColumn = 0;
    int quantityColumn = 1;
    int dataStart = firstLine;
    const QStringList head = splitLine(QString(first).remove(QLatin1Char('\r')), separator);
    if (head.size() < 2 || !wholeNumber(head.at(1))) {
        // A header: the columns by name, else the first two.
        int sku = -1;
        int quantity = -1;
        for (int c = 0; c < head.size(); ++c) {
            const QString key = headerKey(head.at(c));
            if (sku < 0 && isSkuHeader(key))
                sku = c;
            else if (quantity < 0 && isQuantityHeader(key))
                quantity = c;
        }
        if (head.size() < 2) {
            report.error = tr("line %1: the stock file needs two columns, SKU and quantity, "
                              "separated by commas or semicolons")
                               .arg(firstLine + 1);
            return report;
        }
        if ((sku < 0) != (quantity < 0)) {
            report.error = tr("line %1: the header names %2 but not %3")
                               .arg(firstLine + 1)
                               .arg(sku < 0 ? tr("a quantity column") : tr("a SKU column"),
                                    sku < 0 ? tr("the SKU column") : tr("the quantity column"));
            return report;
        }
        if (sku >= 0) {
            skuColumn = sku;
            quantityColumn = quantity;
        }
        dataStart = firstLine + 1;
    }

    QHash<QString, int> seenOnLine;
    for (int i = dataStart; i < lines.size(); ++i) {
        QString line = lines.at(i);
        line.remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty())
            continue;
        const int lineNo = i + 1;
        const QStringList fields = splitLine(line, separator);
        const QString sku = fields.value(skuColumn);
        const QString quantityText = fields.value(quantityColumn);
        if (sku.isEmpty()) {
            report.problems.append(tr("line %1: the SKU is empty").arg(lineNo));
            continue;
        }
        if (quantityText.isEmpty()) {
            report.problems.append(tr("line %1: SKU %2 has no quantity").arg(lineNo).arg(sku));
            continue;
        }
        const std::optional<qint64> quantity = wholeNumber(quantityText);
        if (!quantity) {
            report.problems.append(tr("line %1: quantity '%2' of SKU %3 is not a whole number")
                                       .arg(lineNo)
                                       .arg(quantityText, sku));
            continue;
        }
        if (*quantity < 0) {
            report.problems.append(tr("line %1: quantity %2 of SKU %3 is negative")
                                       .arg(lineNo)
                                       .arg(*quantity)
                                       .arg(sku));
            continue;
        }
        if (const int earlier = seenOnLine.value(sku, 0); earlier > 0) {
            report.problems.append(tr("line %1: SKU %2 is listed again (first on line %3); the "
                                      "first quantity is kept")
                                       .arg(lineNo)
                                       .arg(sku)
                                       .arg(earlier));
            continue;
        }
        seenOnLine.insert(sku, lineNo);
        report.rows.append({ lineNo, sku, *quantity });
    }
    if (report.rows.isEmpty() && report.problems.isEmpty())
        report.error = tr("the stock file has no rows of SKU and quantity");
    return report;
}

} // namespace VendorPack
