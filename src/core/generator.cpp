// SPDX-License-Identifier: GPL-3.0-or-later
#include "generator.h"

#include "orderbook.h"
#include "sscc.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QVarLengthArray>

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
// The longest values the shipment JSON takes (schema.length).
constexpr int kMaxPartyIdLength = 50;
constexpr int kMaxPurchaseOrderNoLength = 60;
constexpr int kMaxIdentifierLength = 100;

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

// LTL carriers by the FC's country; the US ones elsewhere.
const char *const kCarriers[] = { "Estes Express Lines", "Old Dominion Freight Line",
                                  "Saia LTL Freight", "R+L Carriers", "XPO Logistics" };
const char *const kCanadianCarriers[]
    = { "Day & Ross", "Purolator Freight", "TST Overland Express", "Manitoulin Transport" };
const char *const kGermanCarriers[]
    = { "DB Schenker", "DACHSER", "DHL Freight", "Hellmann Worldwide Logistics" };
const char *const kBritishCarriers[]
    = { "Palletways UK", "Pall-Ex", "Palletforce", "DHL Freight UK" };

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

// The moment the shipment is built, in UTC.
QDateTime startTime(const ShipmentGenerator::Options &options)
{
    return options.now.isValid() ? options.now.toUTC()
                                 : QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
}

template<size_t N>
QString pick(QRandomGenerator &rng, const char *const (&names)[N])
{
    return QLatin1String(names[rng.bounded(int(N))]);
}

QString chooseCarrier(QRandomGenerator &rng, const QString &country)
{
    if (country == QLatin1String("CA"))
        return pick(rng, kCanadianCarriers);
    if (country == QLatin1String("DE"))
        return pick(rng, kGermanCarriers);
    if (country == QLatin1String("GB") || country == QLatin1String("UK"))
        return pick(rng, kBritishCarriers);
    return pick(rng, kCarriers);
}

// The header of an LTL shipment to one FC: bill of lading, PRO number, carrier and dates.
void fillHeader(QRandomGenerator &rng, ShipmentHeader &h, qint64 channelId,
                const QString &vendorCode, const QString &shipTo, const QString &country,
                const QDateTime &shipmentDate, qint64 centiPounds)
{
    h.channelId = channelId;
    h.merchantShipmentNo = QLatin1String("VP-")
        + shipmentDate.date().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-')
        + digitString(rng, 5);
    h.carrierShipmentNo = digitString(rng, 10);
    h.billOfLadingNo = QLatin1String("BOL") + digitString(rng, 9);
    h.shipmentType = ShipmentType::LessThanTruckLoad;
    h.transportationMode = TransportationMode::Road;
    h.carrierName = chooseCarrier(rng, country.toUpper());
    h.shipmentDate = shipmentDate;
    h.estimatedDeliveryDate = shipmentDate.addDays(between(rng, 2, 4));
    h.sellingPartyId = vendorCode;
    h.shipFromPartyId = vendorCode;
    h.shipToPartyId = shipTo;
    h.weight = pounds(centiPounds);
}

// An ITEM of a PO line, identified by SKU.
ShipmentLine itemLine(const QString &sku, qint64 quantity, QuantityUnit unit, qint64 unitsPerCase,
                      const QString &channelPurchaseOrderNo)
{
    ShipmentLine item;
    item.type = NodeType::Item;
    item.identifierType = IdentifierType::Sku;
    item.identifierValue = sku;
    item.quantity = quantity;
    item.quantityUnit = unit;
    if (unit == QuantityUnit::Cases)
        item.unitsPerCase = unitsPerCase;
    item.channelPurchaseOrderNo = channelPurchaseOrderNo;
    return item;
}

// The quantity one carton slot takes: what is wanted as far as the slot's weight allows, and at
// least one.
qint64 slotQuantity(qint64 wanted, qint64 slotCentiPounds, qint64 centiPoundsPerQuantity)
{
    return qMax<qint64>(1, qMin(wanted, slotCentiPounds / qMax<qint64>(1, centiPoundsPerQuantity)));
}

// Builds the tree in packing order: pallets of cartons of items, SSCCs counting up from a random
// start, weights planned in centi-pounds so the sums are exact. Callers never leave a pallet or a
// carton empty.
class TreeBuilder
{
public:
    TreeBuilder(QRandomGenerator &rng, const ShipmentGenerator::Options &options,
                Shipment &shipment)
        : m_rng(rng)
        , m_options(options)
        , m_shipment(shipment)
    {
        const quint64 containers = quint64(options.pallets) * quint64(1 + options.cartonsPerPallet);
        const quint64 maxSerial = Sscc::maxSerial(int(options.companyPrefix.size()));
        // Serials from 1 + room run up to at most maxSerial.
        const quint64 room = qMin<quint64>(maxSerial - containers, 100000000);
        m_serial = 1 + (room > 0 ? rng.bounded(quint32(room)) : 0);
    }

    // Opens a pallet for up to cartonsPerPallet cartons of one size.
    void beginPallet()
    {
        const int capacity = m_options.cartonsPerPallet;
        m_size = chooseCartonSize(m_rng, capacity);
        const qint64 palletTare = between(m_rng, 4000, 5000);
        m_cartonCap = qMax<qint64>(
            50,
            qMin(kMaxCartonCentiPounds,
                 (kMaxPalletCentiPounds - palletTare - kPalletMarginCentiPounds) / capacity));
        m_palletCentiPounds = palletTare;

        ShipmentLine line;
        line.type = NodeType::Pallet;
        line.identifierType = IdentifierType::Sscc;
        line.identifierValue = nextSscc();
        ShipmentNode *root = m_shipment.root();
        m_pallet = m_shipment.insertNode(root, root->childCount(),
                                         m_shipment.createNode(std::move(line)));
    }

    // Opens a carton on the pallet; returns the centi-pounds each of its SKUs may weigh.
    qint64 beginCarton()
    {
        m_boxTare = qMin<qint64>(between(m_rng, 60, 150), m_cartonCap / 2);
        m_contentCentiPounds = 0;

        ShipmentLine line;
        line.type = NodeType::Carton;
        line.identifierType = IdentifierType::Sscc;
        line.identifierValue = nextSscc();
        line.dimensions = inches(m_size.length, m_size.width, m_size.height);
        m_carton = m_shipment.insertNode(m_pallet, m_pallet->childCount(),
                                         m_shipment.createNode(std::move(line)));
        return qMax<qint64>(1, (m_cartonCap - m_boxTare) / m_options.skusPerCarton);
    }

    void addItem(ShipmentLine item, qint64 centiPounds)
    {
        m_contentCentiPounds += centiPounds;
        m_shipment.insertNode(m_carton, m_carton->childCount(),
                              m_shipment.createNode(std::move(item)));
    }

    // Closes the carton: its weight, capped under the team-lift mark and the pallet's share.
    void endCarton()
    {
        Q_ASSERT(m_carton->childCount() > 0);
        const qint64 cartonCentiPounds
            = qBound<qint64>(10, m_contentCentiPounds + m_boxTare, m_cartonCap);
        m_carton->line().weight = pounds(cartonCentiPounds);
        m_palletCentiPounds += cartonCentiPounds;
        m_carton = nullptr;
    }

    // Closes the pallet: the layers its cartons stack in, its height and weight.
    void endPallet()
    {
        const int cartons = m_pallet->childCount();
        Q_ASSERT(cartons > 0);
        const int perLayer = qMin(cartons, cartonsPerLayer(m_size));
        const int layers = (cartons + perLayer - 1) / perLayer;
        ShipmentLine &line = m_pallet->line();
        line.layersPerPallet = layers;
        line.itemsPerLayer = perLayer;
        line.dimensions = inches(kPalletLengthInches, kPalletWidthInches,
                                 kPalletDeckInches + layers * m_size.height);
        line.weight = pounds(m_palletCentiPounds);
        m_shipmentCentiPounds += m_palletCentiPounds;
        m_pallet = nullptr;
    }

    qint64 shipmentCentiPounds() const { return m_shipmentCentiPounds; }

private:
    QString nextSscc()
    {
        return Sscc::compose(m_options.extensionDigit, m_options.companyPrefix, m_serial++)
            .digits();
    }

    QRandomGenerator &m_rng;
    const ShipmentGenerator::Options &m_options;
    Shipment &m_shipment;
    quint64 m_serial = 1;
    ShipmentNode *m_pallet = nullptr;
    ShipmentNode *m_carton = nullptr;
    CartonSize m_size = kCartonSizes[0];
    qint64 m_cartonCap = 0;
    qint64 m_boxTare = 0;
    qint64 m_contentCentiPounds = 0;
    qint64 m_palletCentiPounds = 0;
    qint64 m_shipmentCentiPounds = 0;
};

// A PO that packOrders() may pack, and what is left to pack of each of its lines.
struct OpenOrder
{
    int index = 0; // in the orders
    std::vector<qint64> left; // per line, in the line's unit of measure (whole cases for CASES)
    qint64 units = 0; // packable units (eaches) when packing starts
    int openLines = 0; // lines with something left
    int next = 0; // the line to pack next: packers work down the PO
};

QString skuOf(const PurchaseOrderLine &line)
{
    return line.merchantProductNo.isEmpty() ? line.channelProductNo : line.merchantProductNo;
}

// Is the day inside the PO's ship window, as the po.ship-window rule sees it?
bool shipsOn(const PurchaseOrder &po, QDate day)
{
    return (!po.fromShipDate.isValid() || po.fromShipDate.date() <= day)
        && (!po.toShipDate.isValid() || day <= po.toShipDate.date());
}

// The NEW and IN_PROGRESS POs with something to pack: their acknowledged lines up to the accepted
// units (whole cases), matched as the rules will match them (the first PO of a number, the line a
// SKU stands for), and only with values the shipment JSON can hold.
std::vector<OpenOrder> openOrders(const QList<PurchaseOrder> &orders, const OrderBook &book)
{
    std::vector<OpenOrder> open;
    for (int i = 0; i < orders.size(); ++i) {
        const PurchaseOrder &po = orders[i];
        const QString &number = po.channelPurchaseOrderNo;
        const QString &fc = po.shipToParty.partyId;
        if ((po.status != PurchaseOrderStatus::New && po.status != PurchaseOrderStatus::InProgress)
            || number.trimmed().isEmpty() || number.size() > kMaxPurchaseOrderNoLength
            || book.indexOf(number) != i || fc.trimmed().isEmpty() || fc.size() > kMaxPartyIdLength
            || po.sellingParty.partyId.size() > kMaxPartyIdLength)
            continue;
        OpenOrder o;
        o.index = i;
        o.left.assign(size_t(po.lines.size()), 0);
        for (int l = 0; l < po.lines.size(); ++l) {
            const PurchaseOrderLine &line = po.lines[l];
            const QString sku = skuOf(line);
            // Unacknowledged lines would be po.unacknowledged warnings.
            if (!line.isAcknowledged() || line.isRejected() || sku.trimmed().isEmpty()
                || sku.size() > kMaxIdentifierLength
                || book.lineIndexOf(i, IdentifierType::Sku, sku) != l)
                continue;
            const qint64 quantity = qMax<qint64>(0, line.acceptedUnits()) / line.unitsOf(1);
            if (quantity > 0) {
                o.left[size_t(l)] = quantity;
                o.units += quantity * line.unitsOf(1);
                ++o.openLines;
            }
        }
        if (o.units > 0)
            open.push_back(std::move(o));
    }
    return open;
}

// Packs the open POs in their order into the tree: each carton takes the next lines with
// something left, each SKU once, at most skusPerCarton SKUs from at most kMaxOrdersPerCarton POs,
// as much of a line as the carton's weight allows. Stops when the POs or the pallets run out;
// returns the indices of the POs packed.
QSet<int> packOpenOrders(QRandomGenerator &rng, TreeBuilder &tree,
                         const QList<PurchaseOrder> &orders, std::vector<OpenOrder> &open,
                         const ShipmentGenerator::Options &options)
{
    QSet<int> packed;
    QHash<QString, qint64> unitCentiPounds; // a weight per SKU, drawn when first packed
    size_t first = 0; // the first PO with something left
    auto skipDone = [&] {
        while (first < open.size() && open[first].openLines == 0)
            ++first;
    };
    QVarLengthArray<size_t, kMaxOrdersPerCarton> cartonOrders;
    QSet<QString> cartonSkus;
    // The next line of a PO, from where its packer stopped, whose SKU the carton can take.
    auto nextLine = [&](const OpenOrder &o) {
        const QList<PurchaseOrderLine> &lines = orders[o.index].lines;
        for (int k = 0; k < lines.size(); ++k) {
            const int l = (o.next + k) % int(lines.size());
            if (o.left[size_t(l)] > 0 && !cartonSkus.contains(skuOf(lines[l])))
                return l;
        }
        return -1;
    };
    skipDone();
    for (int p = 0; p < options.pallets && first < open.size(); ++p) {
        tree.beginPallet();
        for (int c = 0; c < options.cartonsPerPallet && first < open.size(); ++c) {
            const qint64 slotBudget = tree.beginCarton();
            cartonOrders.clear();
            cartonSkus.clear();
            for (int s = 0; s < options.skusPerCarton; ++s) {
                // From the carton's POs once it has the most, else from the first open PO on.
                const bool full = cartonOrders.size() == kMaxOrdersPerCarton;
                size_t chosen = open.size();
                int line = -1;
                for (size_t k = full ? 0 : first; line < 0; ++k) {
                    chosen = full ? cartonOrders.value(qsizetype(k), open.size()) : k;
                    if (chosen >= open.size())
                        break;
                    if (open[chosen].openLines > 0)
                        line = nextLine(open[chosen]);
                }
                if (line < 0)
                    break; // nothing left that this carton can take
                OpenOrder &o = open[chosen];
                const PurchaseOrder &po = orders[o.index];
                const PurchaseOrderLine &poLine = po.lines[line];
                const QString sku = skuOf(poLine);
                const qint64 perCase = poLine.unitsOf(1);
                auto weight = unitCentiPounds.find(sku);
                if (weight == unitCentiPounds.end()) {
                    // Cases stay liftable: at most half a carton's weight each.
                    const qint64 drawn = between(rng, 5, 150);
                    weight = unitCentiPounds.insert(
                        sku, qMax<qint64>(1, qMin(drawn, kMaxCartonCentiPounds / 2 / perCase)));
                }
                const qint64 perQuantity = *weight * perCase;
                qint64 &left = o.left[size_t(line)];
                const qint64 quantity = slotQuantity(left, slotBudget, perQuantity);
                left -= quantity;
                if (left == 0)
                    --o.openLines;
                o.next = (line + 1) % int(po.lines.size());
                if (!cartonOrders.contains(chosen))
                    cartonOrders.append(chosen);
                cartonSkus.insert(sku);
                packed.insert(o.index);
                const QuantityUnit unit = poLine.unitOfMeasure == QuantityUnit::Cases
                    ? QuantityUnit::Cases
                    : QuantityUnit::Eaches;
                tree.addItem(itemLine(sku, quantity, unit, perCase, po.channelPurchaseOrderNo),
                             quantity * perQuantity);
            }
            tree.endCarton();
            skipDone();
        }
        tree.endPallet();
    }
    return packed;
}

// The key with the largest count; the first in key order on a tie, the fallback when none.
template<typename Key>
Key largest(const QMap<Key, qint64> &counts, const Key &fallback)
{
    Key best = fallback;
    qint64 most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

// The day to ship these POs on: the latest FromShipDate when every window is open then; else
// today when some window is; else the window start or end that most units can ship on.
QDate chooseShipDay(const QList<PurchaseOrder> &orders, const std::vector<OpenOrder> &open,
                    QDate today)
{
    QDate latestFrom;
    QDate earliestTo;
    for (const OpenOrder &o : open) {
        const PurchaseOrder &po = orders[o.index];
        if (po.fromShipDate.isValid()
            && (!latestFrom.isValid() || po.fromShipDate.date() > latestFrom))
            latestFrom = po.fromShipDate.date();
        if (po.toShipDate.isValid() && (!earliestTo.isValid() || po.toShipDate.date() < earliestTo))
            earliestTo = po.toShipDate.date();
    }
    if (!latestFrom.isValid() || !earliestTo.isValid() || latestFrom <= earliestTo) {
        if (latestFrom.isValid())
            return latestFrom;
        return earliestTo.isValid() && earliestTo < today ? earliestTo : today;
    }
    auto unitsOn = [&](QDate day) {
        qint64 units = 0;
        for (const OpenOrder &o : open) {
            if (shipsOn(orders[o.index], day))
                units += o.units;
        }
        return units;
    };
    if (unitsOn(today) > 0)
        return today;
    QMap<QDate, qint64> candidates; // earliest first on a tie
    for (const OpenOrder &o : open) {
        for (const QDateTime &edge : { orders[o.index].fromShipDate, orders[o.index].toShipDate }) {
            if (edge.isValid() && !candidates.contains(edge.date()))
                candidates.insert(edge.date(), unitsOn(edge.date()));
        }
    }
    return largest(candidates, today);
}

} // namespace

ShipmentGenerator::Result ShipmentGenerator::generate(const Options &options)
{
    Result result;
    result.error = checkLayout(options);
    if (!result.error.isEmpty())
        return result;
    if (options.channelId < 1) {
        result.error
            = tr("the channel id must be a positive number, not %1").arg(options.channelId);
        return result;
    }
    if (options.vendorCode.trimmed().isEmpty() || options.vendorCode.size() > kMaxPartyIdLength) {
        result.error = tr("the vendor code must have 1 to %1 characters").arg(kMaxPartyIdLength);
        return result;
    }
    const int palletCount = options.pallets;
    const int cartonsPerPallet = options.cartonsPerPallet;
    const int skusPerCarton = options.skusPerCarton;

    QRandomGenerator rng(options.seed);
    const QDateTime now = startTime(options);
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

    // The shipment tree: pallets of cartons of items.
    auto shipment = std::make_unique<Shipment>();
    TreeBuilder tree(rng, options, *shipment);
    int order = 0; // the PO being packed; cartons take them in turn
    std::vector<int> cartonSkus;
    cartonSkus.reserve(size_t(skusPerCarton));
    for (int p = 0; p < palletCount; ++p) {
        tree.beginPallet();
        for (int c = 0; c < cartonsPerPallet; ++c) {
            const qint64 slotBudget = tree.beginCarton();
            const int firstOrder = order;
            cartonSkus.clear();
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
                const qint64 quantity = slotQuantity(wanted, slotBudget, perQuantity);
                plan.packed[size_t(line)] += quantity;

                ShipmentLine item = itemLine(product.sku, quantity,
                                             cases ? QuantityUnit::Cases : QuantityUnit::Eaches,
                                             product.caseSize, orderNumbers[size_t(order)]);
                item.lotNo = product.lotNo;
                item.expiryDate = product.expiryDate;
                tree.addItem(std::move(item), quantity * perQuantity);
            }
            tree.endCarton();
        }
        tree.endPallet();
    }

    // The header: one FC in the US, an LTL truck with its bill of lading and PRO number.
    fillHeader(rng, shipment->header(), options.channelId, options.vendorCode,
               QStringLiteral("ABE8"), QStringLiteral("US"), shipmentDate,
               tree.shipmentCentiPounds());

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

QString ShipmentGenerator::checkLayout(const Options &options)
{
    if (options.pallets < 1 || options.pallets > kMaxPallets || options.cartonsPerPallet < 1
        || options.cartonsPerPallet > kMaxCartonsPerPallet || options.skusPerCarton < 1
        || options.skusPerCarton > kMaxSkusPerCarton) {
        return tr("pallets (1 to %1), cartons per pallet (1 to %2) and SKUs per carton "
                  "(1 to %3) are needed")
            .arg(kMaxPallets)
            .arg(kMaxCartonsPerPallet)
            .arg(kMaxSkusPerCarton);
    }
    QString ssccError;
    if (!Sscc::compose(options.extensionDigit, options.companyPrefix, 1, &ssccError).isValid())
        return ssccError;
    const qint64 containerCount = qint64(options.pallets) * (1 + options.cartonsPerPallet);
    const quint64 maxSerial = Sscc::maxSerial(int(options.companyPrefix.size()));
    if (quint64(containerCount) > maxSerial) {
        return tr("company prefix %1 leaves room for %2 serial numbers, but %3 are needed")
            .arg(options.companyPrefix)
            .arg(maxSerial)
            .arg(containerCount);
    }
    return QString();
}

ShipmentGenerator::Result ShipmentGenerator::packOrders(const QList<PurchaseOrder> &orders,
                                                        const Options &options)
{
    Result result;
    result.orders = orders;
    result.error = checkLayout(options);
    if (!result.error.isEmpty())
        return result;

    const OrderBook book(orders);
    std::vector<OpenOrder> open = openOrders(orders, book);
    QMap<QString, qint64> unitsPerCentre; // alphabetical: the first wins a tie
    for (const OpenOrder &o : open)
        unitsPerCentre[orders[o.index].shipToParty.partyId] += o.units;
    const QString fc = largest(unitsPerCentre, QString());

    // The POs of that FC from its most common selling party and channel.
    QMap<QString, qint64> sellers;
    QMap<qint64, qint64> channels;
    for (const OpenOrder &o : open) {
        const PurchaseOrder &po = orders[o.index];
        if (po.shipToParty.partyId == fc && !po.sellingParty.partyId.trimmed().isEmpty())
            ++sellers[po.sellingParty.partyId];
    }
    const QString seller = largest(sellers, options.vendorCode);
    auto soldBy = [&](const PurchaseOrder &po) {
        return po.shipToParty.partyId == fc
            && (po.sellingParty.partyId.trimmed().isEmpty() || po.sellingParty.partyId == seller);
    };
    for (const OpenOrder &o : open) {
        const PurchaseOrder &po = orders[o.index];
        if (soldBy(po) && po.channelId >= 1)
            ++channels[po.channelId];
    }
    const qint64 channelId = largest(channels, options.channelId);
    open.erase(std::remove_if(open.begin(), open.end(),
                              [&](const OpenOrder &o) {
                                  const PurchaseOrder &po = orders[o.index];
                                  return !soldBy(po)
                                      || (po.channelId >= 1 && po.channelId != channelId);
                              }),
               open.end());

    // Only POs that may ship on the chosen day, the most urgent first.
    const QDateTime now = startTime(options);
    const QDate day = chooseShipDay(orders, open, now.date());
    open.erase(std::remove_if(open.begin(), open.end(),
                              [&](const OpenOrder &o) { return !shipsOn(orders[o.index], day); }),
               open.end());
    std::stable_sort(open.begin(), open.end(), [&](const OpenOrder &a, const OpenOrder &b) {
        const QDateTime &x = orders[a.index].toShipDate;
        const QDateTime &y = orders[b.index].toShipDate;
        return x.isValid() && (!y.isValid() || x.date() < y.date());
    });
    if (open.empty()) {
        result.error = tr("no NEW or IN_PROGRESS purchase order with units to pack");
        return result;
    }
    if (channelId < 1) {
        result.error = tr("the channel id must be a positive number, not %1").arg(channelId);
        return result;
    }
    if (seller.trimmed().isEmpty() || seller.size() > kMaxPartyIdLength) {
        result.error = tr("the vendor code must have 1 to %1 characters").arg(kMaxPartyIdLength);
        return result;
    }

    QRandomGenerator rng(options.seed);
    auto shipment = std::make_unique<Shipment>();
    TreeBuilder tree(rng, options, *shipment);
    const QSet<int> packedOrders = packOpenOrders(rng, tree, orders, open, options);

    // Ship on the latest FromShipDate of the packed POs: the day chosen is inside every packed
    // window, so that one is too.
    QDate shipDay = day;
    QDate latestFrom;
    for (int index : std::as_const(packedOrders)) {
        const QDateTime &from = orders[index].fromShipDate;
        if (from.isValid() && (!latestFrom.isValid() || from.date() > latestFrom))
            latestFrom = from.date();
    }
    if (latestFrom.isValid())
        shipDay = latestFrom;
    fillHeader(rng, shipment->header(), channelId, seller, fc, book.countryOfShipTo(fc),
               QDateTime(shipDay, now.time(), Qt::UTC), tree.shipmentCentiPounds());
    result.shipment = std::move(shipment);
    return result;
}

} // namespace VendorPack
