// SPDX-License-Identifier: GPL-3.0-or-later
#include "productrepository.h"

#include "database.h"
#include "preparedstatement.h"
#include "transaction.h"

#include "core/gs1.h"

#include <QRegularExpression>
#include <QSet>

namespace VendorPack {

namespace {

enum class Column {
    Sku,
    Gtins,
    Description,
    Weight,
    WeightUnit,
    Length,
    Width,
    Height,
    DimUnit,
    CasePack
};

std::optional<Column> columnFor(const QString &header)
{
    QString key;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    static const QHash<QString, Column> names {
        { QStringLiteral("sku"), Column::Sku },
        { QStringLiteral("merchantproductno"), Column::Sku },
        { QStringLiteral("gtin"), Column::Gtins },
        { QStringLiteral("gtins"), Column::Gtins },
        { QStringLiteral("description"), Column::Description },
        { QStringLiteral("unitweight"), Column::Weight },
        { QStringLiteral("weight"), Column::Weight },
        { QStringLiteral("weightunit"), Column::WeightUnit },
        { QStringLiteral("unitweightunit"), Column::WeightUnit },
        { QStringLiteral("length"), Column::Length },
        { QStringLiteral("unitlength"), Column::Length },
        { QStringLiteral("width"), Column::Width },
        { QStringLiteral("unitwidth"), Column::Width },
        { QStringLiteral("height"), Column::Height },
        { QStringLiteral("unitheight"), Column::Height },
        { QStringLiteral("dimensionunit"), Column::DimUnit },
        { QStringLiteral("dimensionsunit"), Column::DimUnit },
        { QStringLiteral("lengthunit"), Column::DimUnit },
        { QStringLiteral("casepack"), Column::CasePack },
        { QStringLiteral("unitspercase"), Column::CasePack },
    };
    const auto it = names.constFind(key);
    if (it == names.cend())
        return std::nullopt;
    return *it;
}

std::optional<WeightUnit> weightUnit(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("g") || t == QLatin1String("gram") || t == QLatin1String("grams"))
        return WeightUnit::Grams;
    if (t == QLatin1String("kg") || t == QLatin1String("kgs") || t == QLatin1String("kilogram")
        || t == QLatin1String("kilograms"))
        return WeightUnit::Kilograms;
    if (t == QLatin1String("oz") || t == QLatin1String("ounce") || t == QLatin1String("ounces"))
        return WeightUnit::Ounces;
    if (t == QLatin1String("lb") || t == QLatin1String("lbs") || t == QLatin1String("pound")
        || t == QLatin1String("pounds"))
        return WeightUnit::Pounds;
    EnumMatch match = EnumMatch::None;
    const WeightUnit unit = enumFromWire<WeightUnit>(text.trimmed(), &match);
    if (match == EnumMatch::None)
        return std::nullopt;
    return unit;
}

// The unit and the factor that brings a value into it (centimetres and millimetres are metres).
std::optional<std::pair<LengthUnit, double>> lengthUnit(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("in") || t == QLatin1String("inch") || t == QLatin1String("inches"))
        return std::pair { LengthUnit::Inches, 1.0 };
    if (t == QLatin1String("ft") || t == QLatin1String("foot") || t == QLatin1String("feet"))
        return std::pair { LengthUnit::Feet, 1.0 };
    if (t == QLatin1String("m") || t == QLatin1String("meter") || t == QLatin1String("meters")
        || t == QLatin1String("metre") || t == QLatin1String("metres"))
        return std::pair { LengthUnit::Meter, 1.0 };
    if (t == QLatin1String("cm"))
        return std::pair { LengthUnit::Meter, 0.01 };
    if (t == QLatin1String("mm"))
        return std::pair { LengthUnit::Meter, 0.001 };
    if (t == QLatin1String("yd") || t == QLatin1String("yard") || t == QLatin1String("yards"))
        return std::pair { LengthUnit::Yard, 1.0 };
    EnumMatch match = EnumMatch::None;
    const LengthUnit unit = enumFromWire<LengthUnit>(text.trimmed(), &match);
    if (match == EnumMatch::None)
        return std::nullopt;
    return std::pair { unit, 1.0 };
}

// "0.45 kg", "12", "3,5 cm": the number and the unit text after it.
std::optional<std::pair<double, QString>> measure(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+))\\s*([A-Za-z\"]*)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString number = m.captured(1);
    number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    QString unit = m.captured(2);
    if (unit == QLatin1String("\""))
        unit = QStringLiteral("in");
    return std::pair { value, unit };
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

// One good row, ready to write.
struct Row
{
    int line = 0;
    Product product;
};

} // namespace

ProductRepository::ProductRepository(Database &database)
    : m_database(&database)
{
}

ProductRepository::~ProductRepository() = default;

bool ProductRepository::load(QString *error)
{
    auto rows = m_database->exec(
        QStringLiteral("SELECT id, sku, description, unit_weight_grams, unit_length, unit_width,"
                       " unit_height, dimension_unit, case_pack FROM products ORDER BY id"),
        {}, error);
    if (!rows)
        return false;
    std::vector<std::unique_ptr<Product>> products;
    QHash<qint64, Product *> byId;
    while (rows->next()) {
        auto p = std::make_unique<Product>();
        p->sku = rows->value(1).toString();
        p->description = rows->value(2).toString();
        if (!rows->value(3).isNull())
            p->unitWeightGrams = rows->value(3).toDouble();
        if (!rows->value(4).isNull())
            p->unitDimensions.length = rows->value(4).toDouble();
        if (!rows->value(5).isNull())
            p->unitDimensions.width = rows->value(5).toDouble();
        if (!rows->value(6).isNull())
            p->unitDimensions.height = rows->value(6).toDouble();
        if (!rows->value(7).isNull())
            p->unitDimensions.unit = enumFromWire<LengthUnit>(rows->value(7).toString());
        if (!rows->value(8).isNull())
            p->casePack = rows->value(8).toLongLong();
        byId.insert(rows->value(0).toLongLong(), p.get());
        products.push_back(std::move(p));
    }
    rows->finish();
    auto gtins = m_database->exec(
        QStringLiteral("SELECT product_id, gtin FROM product_gtins ORDER BY product_id, gtin"), {},
        error);
    if (!gtins)
        return false;
    while (gtins->next()) {
        if (Product *p = byId.value(gtins->value(0).toLongLong()))
            p->gtins.append(gtins->value(1).toString());
    }
    gtins->finish();

    m_products = std::move(products);
    m_bySku.clear();
    m_byGtin.clear();
    for (const auto &p : m_products) {
        m_bySku.insert(p->sku, p.get());
        for (const QString &gtin : std::as_const(p->gtins))
            m_byGtin.insert(gtin, p.get());
    }
    return true;
}

const Product *ProductRepository::productBySku(QStringView sku) const
{
    return m_bySku.value(sku.trimmed().toString());
}

const Product *ProductRepository::productByGtin(QStringView gtin) const
{
    const QString normalized = Gs1::normalizeGtin14(gtin.trimmed());
    if (normalized.isEmpty())
        return nullptr;
    return m_byGtin.value(normalized);
}

std::optional<QList<ProductRepository::CsvRecord>>
ProductRepository::parseCsv(QStringView text, QChar separator, int *errorLine)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    bool inQuotes = false;
    bool fieldStarted = false; // the record has content (so a blank line is no record)
    int quoteLine = 0;
    record.line = 1;
    auto endRecord = [&]() {
        record.fields.append(field);
        field.clear();
        if (fieldStarted || record.fields.size() > 1)
            records.append(record);
        record = CsvRecord();
        fieldStarted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        if (errorLine)
            *errorLine = quoteLine;
        return std::nullopt;
    }
    if (fieldStarted || !field.isEmpty())
        endRecord();
    return records;
}

bool ProductRepository::importCsv(QIODevice &device, ProductImportReport *report)
{
    ProductImportReport local;
    ProductImportReport &r = report ? *report : local;
    r = ProductImportReport();
    auto fail = [&r](const QString &message) {
        r.error = message;
        return false;
    };
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the product file: %1").arg(device.errorString()));
    const QByteArray bytes = device.read(kMaxCsvSize + 1);
    if (bytes.size() > kMaxCsvSize)
        return fail(tr("the product file is larger than %1 MiB").arg(kMaxCsvSize / 1024 / 1024));
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const QStringView firstLine = QStringView(text).left(text.indexOf(QLatin1Char('\n')));
    QChar separator = QLatin1Char(',');
    if (!firstLine.contains(separator)) {
        if (firstLine.contains(QLatin1Char(';')))
            separator = QLatin1Char(';');
        else if (firstLine.contains(QLatin1Char('\t')))
            separator = QLatin1Char('\t');
    }
    int badLine = 0;
    const auto records = parseCsv(text, separator, &badLine);
    if (!records)
        return fail(tr("line %1: a quoted field is not closed").arg(badLine));
    if (records->isEmpty())
        return fail(tr("the product file is empty; it needs a header row"));

    QHash<Column, int> columns;
    const CsvRecord &header = records->first();
    for (int i = 0; i < header.fields.size(); ++i) {
        if (const auto column = columnFor(header.fields.at(i));
            column && !columns.contains(*column))
            columns.insert(*column, i);
    }
    if (!columns.contains(Column::Sku))
        return fail(tr("line %1: the header row has no SKU column (expected columns: SKU, GTIN, "
                       "description, unit weight, length, width, height, case pack)")
                        .arg(header.line));

    QList<Row> rows;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord &record = records->at(i);
        auto cell = [&](Column column) {
            const int index = columns.value(column, -1);
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed()
                                                              : QString();
        };
        QStringList problems;
        Row row;
        row.line = record.line;
        Product &p = row.product;
        p.sku = cell(Column::Sku);
        if (p.sku.isEmpty())
            problems.append(tr("the SKU is empty"));
        p.description = cell(Column::Description);

        static const QRegularExpression gtinSeparators(QStringLiteral("[|\\s]+"));
        const QStringList gtinTexts = cell(Column::Gtins).split(gtinSeparators, Qt::SkipEmptyParts);
        for (const QString &gtin : gtinTexts) {
            if (!Gs1::isDigits(gtin))
                problems.append(tr("GTIN '%1' is not a number").arg(gtin));
            else if (gtin.size() != 8 && gtin.size() != 12 && gtin.size() != 13
                     && gtin.size() != 14)
                problems.append(tr("GTIN %1 has %2 digits; a GTIN has 8, 12, 13 or 14")
                                    .arg(gtin)
                                    .arg(gtin.size()));
            else if (!Gs1::isValidGtin(gtin))
                problems.append(tr("GTIN %1 has a wrong check digit").arg(gtin));
            else if (const QString g14 = Gs1::normalizeGtin14(gtin); !p.gtins.contains(g14))
                p.gtins.append(g14);
        }

        if (const QString weight = cell(Column::Weight); !weight.isEmpty()) {
            const auto m = measure(weight);
            if (!m) {
                problems.append(tr("unit weight '%1' is not a number").arg(weight));
            } else {
                const QString unitText = m->second.isEmpty() ? cell(Column::WeightUnit) : m->second;
                const auto unit = weightUnit(unitText);
                if (unitText.isEmpty())
                    problems.append(
                        tr("unit weight '%1' has no unit (g, kg, oz or lb)").arg(weight));
                else if (!unit)
                    problems.append(
                        tr("unit weight '%1': '%2' is not a weight unit").arg(weight, unitText));
                else if (m->first <= 0)
                    problems.append(tr("unit weight '%1' is not above 0").arg(weight));
                else
                    p.unitWeightGrams = Units::toGrams(m->first, *unit);
            }
        }

        const std::pair<Column, QString> sides[] = { { Column::Length, tr("length") },
                                                     { Column::Width, tr("width") },
                                                     { Column::Height, tr("height") } };
        std::optional<double> millimetres[3];
        for (int s = 0; s < 3; ++s) {
            const QString value = cell(sides[s].first);
            if (value.isEmpty())
                continue;
            const auto m = measure(value);
            if (!m) {
                problems.append(tr("%1 '%2' is not a number").arg(sides[s].second, value));
                continue;
            }
            const QString unitText = m->second.isEmpty() ? cell(Column::DimUnit) : m->second;
            const auto unit = lengthUnit(unitText);
            if (unitText.isEmpty()) {
                problems.append(tr("%1 '%2' has no unit (in, ft, m, cm, mm or yd)")
                                    .arg(sides[s].second, value));
            } else if (!unit) {
                problems.append(
                    tr("%1 '%2': '%3' is not a length unit").arg(sides[s].second, value, unitText));
            } else if (m->first <= 0) {
                problems.append(tr("%1 '%2' is not above 0").arg(sides[s].second, value));
            } else {
                if (p.unitDimensions.unit == LengthUnit::Unknown)
                    p.unitDimensions.unit = unit->first;
                millimetres[s] = Units::toMillimetres(m->first * unit->second, unit->first);
            }
        }
        // Kept in the unit of the first dimension given.
        auto back = [&](int s) -> std::optional<double> {
            if (!millimetres[s])
                return std::nullopt;
            return Units::fromMillimetres(*millimetres[s], p.unitDimensions.unit);
        };
        p.unitDimensions.length = back(0);
        p.unitDimensions.width = back(1);
        p.unitDimensions.height = back(2);

        if (const QString casePack = cell(Column::CasePack); !casePack.isEmpty()) {
            bool ok = false;
            const qint64 value = casePack.toLongLong(&ok);
            if (!ok || value <= 0)
                problems.append(tr("case pack '%1' is not a whole number above 0").arg(casePack));
            else
                p.casePack = value;
        }

        if (problems.isEmpty()) {
            rows.append(row);
        } else {
            ++r.skipped;
            for (const QString &problem : std::as_const(problems))
                r.problems.append(tr("line %1: %2").arg(record.line).arg(problem));
        }
    }

    const QSqlDatabase db = m_database->connection();
    PreparedStatement gtinOwner(db,
                                QStringLiteral("SELECT p.sku FROM product_gtins g JOIN products p"
                                               " ON p.id = g.product_id WHERE g.gtin = ?"));
    PreparedStatement upsertProduct(
        db,
        QStringLiteral("INSERT INTO products (sku, description, unit_weight_grams, unit_length,"
                       " unit_width, unit_height, dimension_unit, case_pack, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sku) DO UPDATE SET"
                       " description = excluded.description,"
                       " unit_weight_grams = excluded.unit_weight_grams,"
                       " unit_length = excluded.unit_length, unit_width = excluded.unit_width,"
                       " unit_height = excluded.unit_height,"
                       " dimension_unit = excluded.dimension_unit,"
                       " case_pack = excluded.case_pack, updated_at = excluded.updated_at"
                       " RETURNING id"));
    PreparedStatement deleteGtins(db,
                                  QStringLiteral("DELETE FROM product_gtins WHERE product_id = ?"));
    PreparedStatement insertGtin(
        db, QStringLiteral("INSERT INTO product_gtins (gtin, product_id) VALUES (?, ?)"));
    QString error;
    Transaction transaction(*m_database);
    if (!transaction.begin(&error))
        return fail(error);
    const QString now = Database::nowStoredTime();
    for (const Row &row : std::as_const(rows)) {
        const Product &p = row.product;
        QStringList conflicts;
        for (const QString &gtin : p.gtins) {
            if (!gtinOwner.exec({ gtin }, &error))
                return fail(error);
            QSqlQuery &owner = gtinOwner.query();
            if (owner.next() && owner.value(0).toString() != p.sku)
                conflicts.append(tr("line %1: GTIN %2 already belongs to SKU %3")
                                     .arg(row.line)
                                     .arg(gtin, owner.value(0).toString()));
            owner.finish();
        }
        if (!conflicts.isEmpty()) {
            ++r.skipped;
            r.problems.append(conflicts);
            continue;
        }
        const QString unit = p.unitDimensions.unit == LengthUnit::Unknown
            ? QString()
            : QString(enumToWire(p.unitDimensions.unit));
        const QVariantList values { p.sku,
                                    p.description.isNull() ? QStringLiteral("") : p.description,
                                    optionalDouble(p.unitWeightGrams),
                                    optionalDouble(p.unitDimensions.length),
                                    optionalDouble(p.unitDimensions.width),
                                    optionalDouble(p.unitDimensions.height),
                                    unit.isEmpty() ? PreparedStatement::nullText() : QVariant(unit),
                                    p.casePack ? QVariant(*p.casePack)
                                               : PreparedStatement::nullInteger(),
                                    now };
        if (!upsertProduct.exec(values, &error))
            return fail(error);
        QSqlQuery &inserted = upsertProduct.query();
        if (!inserted.next())
            return fail(tr("the database returned no id for SKU %1").arg(p.sku));
        const qint64 id = inserted.value(0).toLongLong();
        inserted.finish();
        if (!deleteGtins.exec({ id }, &error))
            return fail(error);
        for (const QString &gtin : p.gtins) {
            if (!insertGtin.exec({ gtin, id }, &error))
                return fail(error);
        }
        ++r.imported;
    }
    if (!transaction.commit(&error))
        return fail(error);
    if (!load(&error))
        return fail(error);
    return true;
}

} // namespace VendorPack
