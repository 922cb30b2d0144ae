// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosetup.h"

#include "settings/sitesettings.h"

#include "api/channelengineclient.h"
#include "core/gs1.h"
#include "packing/station.h"
#include "sandbox/demodata.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"
#include "storage/stockrepository.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/purchaseorderrepository.h"
#include "storage/settingsrepository.h"
#include "storage/ssccledger.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>

namespace VendorPack {

namespace {

const char *const kMaterials[]
    = { "Stainless steel", "Bamboo",   "Ceramic",     "Glass",  "Enamel",
        "Cast iron",       "Silicone", "Acacia wood", "Copper", "Stoneware" };
const char *const kProducts[]
    = { "mixing bowl",    "salad servers",  "storage jar",   "tea kettle",
        "serving tray",   "utensil holder", "cutting board", "colander",
        "measuring cups", "spice rack",     "bread bin",     "casserole dish",
        "pitcher",        "soap dispenser", "coaster set",   "fruit bowl" };
const char *const kSizes[]
    = { "small", "medium", "large", "1 l", "2 l", "24 cm", "28 cm", "set of 4", "set of 6" };

// The SKU's number: "ACM-10234" gives 10234; -1 for SKUs that are not the sandbox's.
int skuNumber(const QString &sku)
{
    if (!sku.startsWith(QLatin1String("ACM-")))
        return -1;
    bool ok = false;
    const int number = sku.mid(4).toInt(&ok);
    return ok && number >= 0 && number <= 99999 ? number : -1;
}

} // namespace

DemoSetup::DemoSetup(QObject *parent)
    : QObject(parent)
{
}

DemoSetup::~DemoSetup()
{
    // The client's calls and the station go before the sandbox and the folder.
    m_client.reset();
    m_network.reset();
    m_station.reset();
    m_sandbox.reset();
}

PurchaseOrderService *DemoSetup::service() const
{
    return m_client.get();
}

QUrl DemoSetup::apiUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

QString DemoSetup::databasePath() const
{
    return m_folder.filePath(QStringLiteral("demo.sqlite"));
}

StationProfile DemoSetup::profile()
{
    StationProfile p;
    p.stationName = QStringLiteral("DEMO-1");
    p.userName = QStringLiteral("demo");
    p.companyPrefix = QLatin1String(kCompanyPrefix);
    p.extensionDigit = 0;
    p.shipFromPartyId = QStringLiteral("ACME1");
    p.shipFrom.partyId = p.shipFromPartyId;
    p.shipFrom.name = QStringLiteral("Acme Housewares Inc.");
    p.shipFrom.addressLine1 = QStringLiteral("1200 Industrial Parkway");
    p.shipFrom.city = QStringLiteral("Columbus");
    p.shipFrom.stateOrRegion = QStringLiteral("OH");
    p.shipFrom.postalCode = QStringLiteral("43228");
    p.shipFrom.countryCode = QStringLiteral("US");
    p.shipFrom.phone = QStringLiteral("+1 614 555 0100");
    p.lengthUnit = LengthUnit::Inches;
    p.weightUnit = WeightUnit::Pounds;
    p.cartonTypes = SiteSettings::defaultCartonTypes();
    return p;
}

quint32 DemoSetup::seedFor(const QDate &date)
{
    const qint64 days = DemoData::referenceDate(0).date().daysTo(date);
    const qint64 inCycle = ((days % 360) + 360) % 360;
    return quint32(inCycle == 0 ? 360 : inCycle);
}

QString DemoSetup::gtinForSku(const QString &sku)
{
    const int number = skuNumber(sku);
    if (number < 0)
        return QString();
    // 0614141 is GS1's example company prefix; the item reference is the SKU's number.
    const QString body = QLatin1String("0") + QLatin1String(kCompanyPrefix).mid(1)
        + QStringLiteral("%1").arg(number, 5, 10, QLatin1Char('0'));
    return body + QString::number(Gs1::checkDigit(body));
}

QString DemoSetup::caseGtinForSku(const QString &sku)
{
    const QString gtin13 = gtinForSku(sku);
    if (gtin13.isEmpty())
        return QString();
    const QString body = QLatin1String("1") + gtin13.left(12);
    return body + QString::number(Gs1::checkDigit(body));
}

QByteArray DemoSetup::catalogCsv(const QList<PurchaseOrder> &orders)
{
    QByteArray csv = "SKU,GTIN,Description,Unit weight,Length,Width,Height,Case pack\n";
    QSet<QString> seen;
    for (const PurchaseOrder &po : orders) {
        for (const PurchaseOrderLine &line : po.lines) {
            const QString &sku = line.merchantProductNo;
            const int number = skuNumber(sku);
            if (number < 0 || seen.contains(sku))
                continue;
            seen.insert(sku);
            QRandomGenerator rng { quint32(number) };
            const QString description = QString::fromUtf8(kMaterials[rng.bounded(10)])
                + QLatin1Char(' ') + QString::fromUtf8(kProducts[rng.bounded(16)])
                + QLatin1String(", ") + QString::fromUtf8(kSizes[rng.bounded(9)]);
            const double weightKg = 0.1 + rng.bounded(2900) / 1000.0;
            const int length = 8 + rng.bounded(30);
            const int width = 6 + rng.bounded(20);
            const int height = 4 + rng.bounded(25);
            QString gtins = gtinForSku(sku);
            if (line.unitSize > 1)
                gtins += QLatin1Char('|') + caseGtinForSku(sku);
            const QString row = sku + QLatin1Char(',') + gtins + QLatin1String(",\"") + description
                + QLatin1String("\",") + QString::number(weightKg, 'f', 3) + QLatin1String(" kg,")
                + QString::number(length) + QLatin1String(" cm,") + QString::number(width)
                + QLatin1String(" cm,") + QString::number(height) + QLatin1String(" cm,")
                + (line.unitSize > 1 ? QString::number(line.unitSize) : QString())
                + QLatin1Char('\n');
            csv += row.toUtf8();
        }
    }
    return csv;
}

bool DemoSetup::start(const DemoOptions &options, QString *error)
{
    m_options = options;
    if (!m_folder.isValid()) {
        *error = tr("Cannot create a temporary folder for the demo database: %1")
                     .arg(m_folder.errorString());
        return false;
    }

    SandboxOptions sandboxOptions;
    sandboxOptions.seed = options.seed;
    sandboxOptions.orders = options.orders;
    sandboxOptions.exportDelaySeconds = 2;
    m_sandbox = std::make_unique<SandboxServer>(sandboxOptions);
    if (m_sandbox->listen(0) == 0) {
        *error = tr("Cannot start the demo sandbox: %1").arg(m_sandbox->errorString());
        return false;
    }

    // New orders arrived over the last day, as at a real dock: most of them still within
    // Amazon's 24 hours to acknowledge, one in five just past it.
    QList<PurchaseOrder> fresh;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int index = 0;
    for (PurchaseOrder order : m_sandbox->state().orders()) {
        if (order.status != PurchaseOrderStatus::New)
            continue;
        const int hoursAgo = index % 5 == 4 ? 25 + index % 6 : 1 + (index * 7) % 21;
        order.createdAt = now.addSecs(-hoursAgo * 3600 - (index * 797) % 3600);
        order.updatedAt = order.createdAt;
        for (PurchaseOrderLine &line : order.lines)
            line.createdAt = line.updatedAt = order.createdAt;
        fresh.append(order);
        ++index;
    }
    m_sandbox->state().upsertOrders(fresh);

    StationProfile demoProfile = profile();
    m_station = Station::open(DatabaseSettings::sqlite(databasePath()), demoProfile, error);
    if (!m_station)
        return false;
    QString why;
    if (!m_station->ledger().configureRange(demoProfile.companyPrefix, demoProfile.extensionDigit,
                                            kFirstSerial, kLastSerial, &why)) {
        *error = tr("Cannot set the demo SSCC range: %1").arg(why);
        return false;
    }
    if (!SiteSettings::fromProfile(demoProfile)
             .save(m_station->database(), m_station->settings(), &why)) {
        *error = tr("Cannot store the demo site settings: %1").arg(why);
        return false;
    }

    // The catalog of the SKUs the sandbox's orders use, so that scanning works at once.
    QByteArray csv = catalogCsv(DemoData::generate(options.seed, options.orders));
    QBuffer buffer(&csv);
    buffer.open(QIODevice::ReadOnly);
    ProductImportReport report;
    if (!m_station->products().importCsv(buffer, &report) || report.skipped > 0) {
        *error
            = tr("Cannot import the demo product catalog: %1")
                  .arg(report.error.isEmpty() ? report.problems.mid(0, 3).join(QLatin1String("; "))
                                              : report.error);
        return false;
    }

    // Stock on hand, so that "Propose from stock" has something to say: most SKUs plenty,
    // some short (backordered or rejected), a few out of stock.
    QList<StockRow> stock;
    QSet<QString> seen;
    for (const PurchaseOrder &order : m_sandbox->state().orders()) {
        for (const PurchaseOrderLine &line : order.lines) {
            if (seen.contains(line.merchantProductNo))
                continue;
            seen.insert(line.merchantProductNo);
            const int pick = int(seen.size() % 10);
            StockRow row;
            row.sku = line.merchantProductNo;
            row.quantity = pick == 0 ? 0 : pick < 3 ? line.orderedUnits() / 2 : 5000;
            stock.append(row);
        }
    }
    if (!StockRepository(m_station->database()).importRows(stock, tr("demo"), &why)) {
        *error = tr("Cannot store the demo stock levels: %1").arg(why);
        return false;
    }

    m_network = std::make_unique<QNetworkAccessManager>();
    ClientSettings client;
    client.baseUrl = m_sandbox->baseUrl();
    client.apiKey = sandboxOptions.apiKey;
    client.timeoutMs = 10000;
    client.deadlineMs = 30000;
    m_client = std::make_unique<ChannelEngineClient>(m_network.get(), client);
    return true;
}

int DemoSetup::acknowledgeOrdersInProgress(QString *error)
{
    int count = 0;
    const QList<PurchaseOrder> made = DemoData::generate(m_options.seed, m_options.orders);
    for (const PurchaseOrder &po : made) {
        if (po.status != PurchaseOrderStatus::InProgress)
            continue;
        const auto stored = m_station->purchaseOrders().load(po.channelPurchaseOrderNo, error);
        if (!stored)
            continue;
        bool hasLocal = false;
        for (const PurchaseOrderLine &line : stored->lines)
            hasLocal = hasLocal || line.hasLocalAcknowledgement();
        if (hasLocal || stored->lines.size() != po.lines.size())
            continue;
        QMap<int, QList<Acknowledgement>> byLine;
        for (int i = 0; i < po.lines.size(); ++i)
            byLine.insert(i, po.lines.at(i).acknowledgements);
        if (m_station->purchaseOrders().saveAcknowledgements(
                po.channelPurchaseOrderNo, byLine, m_station->profile().userName,
                m_station->profile().stationName, error))
            ++count;
    }
    return count;
}

} // namespace VendorPack
