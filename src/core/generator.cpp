// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include "sscc.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <vector>

namespace VendorPack {

namespace {

// Weights are planned in hundredths of a pound, so sums are exact.
constexpr qint64 kMaxCartonCentiPounds = 4800; // under the 50 lb team-lift mark
constexpr qint64 kMaxPalletCentiPounds = 150000; // 1500 lb
constexpr qint64 kPalletMarginCentiPounds = 500;
constexpr int kPalletLengthInches = 48;
constexpr int kPalletWidthInches = 40;
constexpr int kPalletDeckInches = 6;
constexpr int kMaxPalletHeightInches = 72;
constexpr int kMaxOrdersPerCarton = 5;
constexpr int kItemLinesPerOrder = 40;
constexpr int kMinOrders = 3;
constexpr int kCatalogueSize = 500;
constexpr int kMinShelfLifeDays = 150; // comfortably above the 90-day rule

struct CartonSize
{
    int length;
    int width;
    int height;
};

// Common corrugated shipper sizes, in inches.
constexpr CartonSize kCartonSizes[]
    = { { 12, 10, 8 },  { 14, 10, 10 }, { 16, 12, 10 }, { 12, 12, 12 },
        { 18, 12, 12 }, { 20, 14, 10 }, { 24, 16, 12 }, { 10, 8, 6 } };

const char *const kCarriers[] = { "Estes Express Lines", "Old Dominion Freight Line",
                                  "Saia LTL Freight", "R+L Carriers", "XPO Logistics" };

const char kAlphanumerics[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// One product of the vendor's catalogue, as the generator packs and orders it.
struct CatalogueItem
{
    QString sku;
    QString asin;
    qint64 caseSize = 1; // 1: ordered and packed in eaches; otherwise in cases of this size
    qint64 unitCentiPounds = 0; // one each
    qint64 unitCostCents = 0; // one each
    QString lotNo; // lot-controlled products carry a lot and an expiry date
    QDateTime expiryDate;
};

// What one PO orders and how much of each line the shipment packs.
struct OrderPlan
{
    std::vector<int> products; // catalogue indices, one per PO line
    std::vector<qint64> packed; // per line, in the line's unit of measure
    qint64 budget = 0; // item lines still to pack for this PO
    int next = 0; // the line to pack next: packers work down the PO
};

int between(QRandomGenerator &rng, int lowest, int highest) // both inclusive
{
    return rng.bounded(lowest, highest + 1);
}

QString randomCode(QRandomGenerator &rng, int length)
{
    QString code(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        code[i] = QLatin1Char(kAlphanumerics[rng.bounded(36)]);
    return code;
}

QString digitString(QRandomGenerator &rng, int length)
{
    QString code(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        code[i] = QLatin1Char(char('0' + rng.bounded(10)));
    return code;
}

double fromCents(qint64 cents)
{
    return double(cents) / 100.0;
}

Party makeParty(const char *partyId, const char *name, const char *address, const char *city,
                const char *state, const char *postalCode, const char *phone)
{
    Party p;
    p.partyId = QLatin1String(partyId);
    p.name = QLatin1String(name);
    p.addressLine1 = QLatin1String(address);
    p.city = QLatin1String(city);
    p.stateOrRegion = QLatin1String(state);
    p.postalCode = QLatin1String(postalCode);
    p.countryCode = QStringLiteral("US");
    if (phone)
        p.phone = QLatin1String(phone);
    return p;
}

// How many cartons of a size fit on one layer of a 48 × 40 in pallet.
int cartonsPerLayer(const CartonSize &size)
{
    const int straight = (kPalletLengthInches / size.length) * (kPalletWidthInches / size.width);
    const int turned = (kPalletLengthInches / size.width) * (kPalletWidthInches / size.length);
    return std::max(1, std::max(straight, turned));
}

int stackHeight(const CartonSize &size, int cartons)
{
    const int perLayer = cartonsPerLayer(size);
    return kPalletDeckInches + (cartons + perLayer - 1) / perLayer * size.height;
}

// A random carton size whose stack stays within 72 in; the lowest stack when none does.
CartonSize chooseCartonSize(QRandomGenerator &rng, int cartons)
{
    constexpr int kSizes = int(std::size(kCartonSizes));
    const int start = rng.bounded(kSizes);
    const CartonSize *lowest = &kCartonSizes[0];
    for (int i = 0; i < kSizes; ++i) {
        const CartonSize &size = kCartonSizes[(start + i) % kSizes];
        if (stackHeight(size, cartons) <= kMaxPalletHeightInches)
            return size;
        if (stackHeight(size, cartons) < stackHeight(*lowest, cartons))
            lowest = &size;
    }
    return *lowest;
}

Dimensions inches(int length, int width, int height)
{
    Dimensions d;
    d.length = length;
    d.width = width;
    d.height = height;
    d.unit = LengthUnit::Inches;
    return d;
}

Weight pounds(qint64 centiPounds)
{
    Weight w;
    w.value = fromCents(centiPounds);
    w.unit = WeightUnit::Pounds;
    return w;
}

std::vector<CatalogueItem> makeCatalogue(QRandomGenerator &rng, int size, const QString &prefix,
                                         const QDateTime &shipmentDate)
{
    static const int kCaseSizes[] = { 4, 6, 8, 12, 24 };
    std::vector<CatalogueItem> catalogue(static_cast<size_t>(size));
    QSet<QString> asins;
    for (int i = 0; i < size; ++i) {
        CatalogueItem &p = catalogue[size_t(i)];
        p.sku = prefix + QLatin1Char('-') + QString::number(10000 + i * 7 + between(rng, 0, 6));
        do {
            p.asin = QLatin1String("B0") + randomCode(rng, 8);
        } while (asins.contains(p.asin));
        asins.insert(p.asin);
        if (rng.bounded(5) < 2)
            p.caseSize = kCaseSizes[rng.bounded(int(std::size(kCaseSizes)))];
        p.unitCentiPounds = between(rng, 5, 150);
        p.unitCostCents = between(rng, 149, 4500);
        if (rng.bounded(8) == 0) {
            p.expiryDate
                = QDateTime(shipmentDate.date().addDays(between(rng, kMinShelfLifeDays, 720)),
                            QTime(0, 0), Qt::UTC);
            p.lotNo = QLatin1String("L") + p.expiryDate.date().toString(QStringLiteral("yyMMdd"))
                + QLatin1Char('-') + randomCode(rng, 3);
        }
    }
    return catalogue;
}

} // namespace

ShipmentGenerator::Result ShipmentGenerator::generate(const Options &options)
{
    Result result;
    const int palletCount = options.pallets;
    const int cartonsPerPallet = options.cartonsPerPallet;
    const int skusPerCarton = options.skusPerCarton;
    if (palletCount < 1 || palletCount > kMaxPallets || cartonsPerPallet < 1
        || cartonsPerPallet > kMaxCartonsPerPallet || skusPerCarton < 1
        || skusPerCarton > kMaxSkusPerCarton) {
        result.error = tr("pallets (1 to %1), cartons per pallet (1 to %2) and SKUs per carton "
                          "(1 to %3) are needed")
                           .arg(kMaxPallets)
                           .arg(kMaxCartonsPerPallet)
                           .arg(kMaxSkusPerCarton);
        return result;
    }
    if (options.channelId < 1) {
        result.error
            = tr("the channel id must be a positive number, not %1").arg(options.channelId);
        return result;
    }
    if (options.vendorCode.trimmed().isEmpty() || options.vendorCode.size() > 50) {
        result.error = tr("the vendor code must have 1 to 50 characters");
        return result;
    }
    QString ssccError;
    if (!Sscc::compose(options.extensionDigit, options.companyPrefix, 1, &ssccError).isValid()) {
        result.error = ssccError;
        return result;
    }
    const qint64 containerCount = qint64(palletCount) * (1 + cartonsPerPallet);
    const quint64 maxSerial = Sscc::maxSerial(int(options.companyPrefix.size()));
    if (quint64(containerCount) > maxSerial) {
        result.error = tr("company prefix %1 leaves room for %2 serial numbers, but %3 are needed")
                           .arg(options.companyPrefix)
                           .arg(maxSerial)
                           .arg(containerCount);
        return result;
    }

    QRandomGenerator rng(options.seed);
    const QDateTime now = options.now.isValid()
        ? options.now.toUTC()
        : QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    const QDateTime shipmentDate = now;
    const QDate today = now.date();
    const int cartonCount = palletCount * cartonsPerPallet;
    const qint64 itemLineCount = qint64(cartonCount) * skusPerCarton;

    // The catalogue: a few hundred SKUs, fewer for small shipments.
    const int catalogueSize = int(qBound(qint64(qMax(skusPerCarton, 12)), itemLineCount / 3,
                                         qint64(qMax(skusPerCarton, kCatalogueSize))));
    const QString skuPrefix = options.vendorCode.left(3).toUpper();
    const std::vector<CatalogueItem> catalogue
        = makeCatalogue(rng, catalogueSize, skuPrefix, shipmentDate);

    // The POs: about one per 40 item lines, each SKU of a PO packed two to four times, and at
    // least as many SKUs as a carton holds.
    const int orderCount
        = int(qMax<qint64>(qMin(kMinOrders, cartonCount),
                           (itemLineCount + kItemLinesPerOrder - 1) / kItemLinesPerOrder));
    std::vector<OrderPlan> plans(static_cast<size_t>(orderCount));
    {
        std::vector<int> deck(static_cast<size_t>(catalogueSize));
        for (int i = 0; i < catalogueSize; ++i)
            deck[size_t(i)] = i;
        for (int o = 0; o < orderCount; ++o) {
            OrderPlan &plan = plans[size_t(o)];
            plan.budget = itemLineCount / orderCount + (o < itemLineCount % orderCount ? 1 : 0);
            const int few = int(qMax<qint64>(1, plan.budget / 4));
            const int many = int(qMax<qint64>(1, plan.budget / 2));
            const int lines = qMin(catalogueSize, qMax(skusPerCarton, between(rng, few, many)));
            for (int i = 0; i < lines; ++i) { // a partial Fisher-Yates shuffle
                const int j = between(rng, i, catalogueSize - 1);
                std::swap(deck[size_t(i)], deck[size_t(j)]);
                plan.products.push_back(deck[size_t(i)]);
            }
            plan.packed.assign(size_t(lines), 0);
        }
    }
    std::vector<QString> orderNumbers;
    {
        QSet<QString> seen;
        while (int(orderNumbers.size()) < orderCount) {
            QString number = randomCode(rng, 8);
            if (!seen.contains(number)) {
                seen.insert(number);
                orderNumbers.push_back(number);
            }
        }
    }

    // The shipment tree: pallets of cartons of items, SSCCs counting up from a random start.
    auto shipment = std::make_unique<Shipment>();
    // Serials from 1 + room run up to at most maxSerial.
    const quint64 room = qMin<quint64>(maxSerial - quint64(containerCount), 100000000);
    quint64 serial = 1 + (room > 0 ? rng.bounded(quint32(room)) : 0);
    auto nextSscc = [&] {
        return Sscc::compose(options.extensionDigit, options.companyPrefix, serial++).digits();
    };

    qint64 shipmentCentiPounds = 0;
    int order = 0; // the PO being packed; cartons take them in turn
    std::vector<int> cartonSkus;
    std::vector<ShipmentLine> items;
    cartonSkus.reserve(size_t(skusPerCarton));
    items.reserve(size_t(skusPerCarton));
    for (int p = 0; p < palletCount; ++p) {
        const CartonSize size = chooseCartonSize(rng, cartonsPerPallet);
        const int perLayer = qMin(cartonsPerPallet, cartonsPerLayer(size));
        const int layers = (cartonsPerPallet + perLayer - 1) / perLayer;
        const qint64 palletTare = between(rng, 4000, 5000);
        const qint64 cartonCap
            = qMax<qint64>(50,
                           qMin(kMaxCartonCentiPounds,
                                (kMaxPalletCentiPounds - palletTare - kPalletMarginCentiPounds)
                                    / cartonsPerPallet));

        ShipmentLine palletLine;
        palletLine.type = NodeType::Pallet;
        palletLine.identifierType = IdentifierType::Sscc;
        palletLine.identifierValue = nextSscc();
        palletLine.layersPerPallet = layers;
        palletLine.itemsPerLayer = perLayer;
        palletLine.dimensions = inches(kPalletLengthInches, kPalletWidthInches,
                                       kPalletDeckInches + layers * size.height);
        ShipmentNode *pallet = shipment->insertNode(shipment->root(), p,
                                                    shipment->createNode(std::move(palletLine)));
        qint64 palletCentiPounds = palletTare;

        for (int c = 0; c < cartonsPerPallet; ++c) {
            const qint64 boxTare = qMin<qint64>(between(rng, 60, 150), cartonCap / 2);
            const qint64 slotBudget = qMax<qint64>(1, (cartonCap - boxTare) / skusPerCarton);
            const int firstOrder = order;
            qint64 contentCentiPounds = 0;
            cartonSkus.clear();
            items.clear();
            for (int s = 0; s < skusPerCarton; ++s) {
                if (plans[size_t(order)].budget <= 0 && order + 1 < orderCount
                    && order + 1 - firstOrder < kMaxOrdersPerCarton)
                    ++order;
                OrderPlan &plan = plans[size_t(order)];
                --plan.budget;
                // The next line of this PO whose SKU is not in the carton yet (a PO has at
                // least as many SKUs as a carton takes).
                const int lineCount = int(plan.products.size());
                int line = plan.next;
                while (std::find(cartonSkus.begin(), cartonSkus.end(), plan.products[size_t(line)])
                       != cartonSkus.end())
                    line = (line + 1) % lineCount;
                plan.next = (line + 1) % lineCount;
                const int productIndex = plan.products[size_t(line)];
                cartonSkus.push_back(productIndex);
                const CatalogueItem &product = catalogue[size_t(productIndex)];

                const bool cases = product.caseSize > 1;
                const qint64 perQuantity = product.unitCentiPounds * product.caseSize;
                const qint64 wanted = cases ? between(rng, 1, 4) : between(rng, 1, 24);
                const qint64 quantity = qMax<qint64>(1, qMin(wanted, slotBudget / perQuantity));
                contentCentiPounds += quantity * perQuantity;
                plan.packed[size_t(line)] += quantity;

                ShipmentLine item;
                item.type = NodeType::Item;
                item.identifierType = IdentifierType::Sku;
                item.identifierValue = product.sku;
                item.quantity = quantity;
                item.quantityUnit = cases ? QuantityUnit::Cases : QuantityUnit::Eaches;
                if (cases)
                    item.unitsPerCase = product.caseSize;
                item.channelPurchaseOrderNo = orderNumbers[size_t(order)];
                item.lotNo = product.lotNo;
                item.expiryDate = product.expiryDate;
                items.push_back(std::move(item));
            }
            const qint64 cartonCentiPounds
                = qBound<qint64>(10, contentCentiPounds + boxTare, cartonCap);
            palletCentiPounds += cartonCentiPounds;

            ShipmentLine cartonLine;
            cartonLine.type = NodeType::Carton;
            cartonLine.identifierType = IdentifierType::Sscc;
            cartonLine.identifierValue = nextSscc();
            cartonLine.dimensions = inches(size.length, size.width, size.height);
            cartonLine.weight = pounds(cartonCentiPounds);
            ShipmentNode *carton
                = shipment->insertNode(pallet, c, shipment->createNode(std::move(cartonLine)));
            for (int i = 0; i < int(items.size()); ++i)
                shipment->insertNode(carton, i, shipment->createNode(std::move(items[size_t(i)])));
        }
        pallet->line().weight = pounds(palletCentiPounds);
        shipmentCentiPounds += palletCentiPounds;
    }

    // The header: one FC in the US, an LTL truck with its bill of lading and PRO number.
    ShipmentHeader &h = shipment->header();
    h.channelId = options.channelId;
    h.merchantShipmentNo = QLatin1String("VP-") + today.toString(QStringLiteral("yyyyMMdd"))
        + QLatin1Char('-') + digitString(rng, 5);
    h.carrierShipmentNo = digitString(rng, 10);
    h.billOfLadingNo = QLatin1String("BOL") + digitString(rng, 9);
    h.shipmentType = ShipmentType::LessThanTruckLoad;
    h.transportationMode = TransportationMode::Road;
    h.carrierName = QLatin1String(kCarriers[rng.bounded(int(std::size(kCarriers)))]);
    h.shipmentDate = shipmentDate;
    h.estimatedDeliveryDate = shipmentDate.addDays(between(rng, 2, 4));
    h.sellingPartyId = options.vendorCode;
    h.shipFromPartyId = options.vendorCode;
    h.shipToPartyId = QStringLiteral("ABE8");
    h.weight = pounds(shipmentCentiPounds);

    // The orders, with every line ordering at least what the shipment packs of it.
    Party selling = makeParty("", "Acme Housewares Inc.", "1200 Industrial Parkway", "Columbus",
                              "OH", "43228", "+1 614 555 0100");
    selling.partyId = options.vendorCode;
    const Party shipTo = makeParty("ABE8", "Amazon.com Services LLC ABE8", "401 Independence Road",
                                   "Florence", "NJ", "08518", nullptr);
    const Party buying = makeParty("AMZN", "Amazon.com Services LLC", "410 Terry Avenue North",
                                   "Seattle", "WA", "98109", nullptr);
    const Party billing = makeParty("AMZN-AP", "Amazon.com Services LLC Accounts Payable",
                                    "PO Box 80683", "Seattle", "WA", "98108-0683", nullptr);
    qint64 lineId = 7000001;
    result.orders.reserve(orderCount);
    for (int o = 0; o < orderCount; ++o) {
        const OrderPlan &plan = plans[size_t(o)];
        PurchaseOrder po;
        po.id = 300001 + o;
        po.channelId = options.channelId;
        po.channelName = QStringLiteral("Amazon Vendor US");
        po.globalChannelName = QStringLiteral("Amazon Vendor");
        po.globalChannelId = 1401;
        po.channelPurchaseOrderNo = orderNumbers[size_t(o)];
        po.status
            = rng.bounded(4) == 0 ? PurchaseOrderStatus::New : PurchaseOrderStatus::InProgress;
        po.type
            = rng.bounded(10) == 0 ? PurchaseOrderType::RushOrder : PurchaseOrderType::RegularOrder;
        const int windowStart = between(rng, 1, 5);
        po.fromShipDate = QDateTime(today.addDays(-windowStart), QTime(0, 0), Qt::UTC);
        po.toShipDate = QDateTime(today.addDays(between(rng, 3, 8)), QTime(0, 0), Qt::UTC);
        po.fromDeliveryDate = po.fromShipDate.addDays(2);
        po.toDeliveryDate = po.toShipDate.addDays(between(rng, 5, 9));
        po.createdAt = QDateTime(
            today.addDays(-windowStart - between(rng, 2, 6)),
            QTime(between(rng, 0, 23), between(rng, 0, 59), between(rng, 0, 59)), Qt::UTC);
        const QDateTime acknowledged = po.createdAt.addSecs(between(rng, 1800, 20 * 3600));
        po.updatedAt = acknowledged.addSecs(between(rng, 60, 3600));
        po.sellingParty = selling;
        po.shipToParty = shipTo;
        po.buyingParty = buying;
        po.billingParty = billing;
        po.lines.reserve(qsizetype(plan.products.size()));
        for (size_t i = 0; i < plan.products.size(); ++i) {
            const CatalogueItem &product = catalogue[size_t(plan.products[i])];
            const bool cases = product.caseSize > 1;
            PurchaseOrderLine line;
            line.id = lineId++;
            line.channelOrderLineNo = QString::number(i + 1);
            line.channelProductNo = product.asin;
            line.merchantProductNo = product.sku;
            qint64 quantity = plan.packed[i];
            if (quantity == 0)
                quantity = cases ? between(rng, 1, 10) : between(rng, 6, 48);
            else if (rng.bounded(4) == 0)
                quantity += cases ? between(rng, 1, 3) : between(rng, 1, 12);
            line.quantity = quantity;
            line.isBackOrderAllowed = rng.bounded(2) == 0;
            line.unitOfMeasure = cases ? QuantityUnit::Cases : QuantityUnit::Eaches;
            line.unitSize = product.caseSize;
            const qint64 costCents = product.unitCostCents * product.caseSize;
            line.netCostAmount = fromCents(costCents);
            line.netCostCurrency = QStringLiteral("USD");
            line.listPriceAmount = fromCents(product.unitCostCents * 17 / 10 + 99);
            line.lineTotal = fromCents(costCents * quantity);
            line.createdAt = po.createdAt;
            line.updatedAt = acknowledged;
            line.acknowledgedDate = acknowledged;
            po.lines.append(std::move(line));
        }
        result.orders.append(std::move(po));
    }

    result.shipment = std::move(shipment);
    return result;
}

} // namespace VendorPack
