// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <vector>

namespace VendorPack {

namespace {

// A marketplace: the ChannelEngine channel, the vendor's and Amazon's parties there.
struct Region
{
    qint64 channelId;
    const char *channelName;
    const char *currency;
    int weight; // share of the orders, in percent
    // selling party (the vendor, also the ship-from party)
    const char *vendorCode;
    const char *vendorName;
    const char *vendorStreet;
    const char *vendorCity;
    const char *vendorState;
    const char *vendorPostalCode;
    const char *vendorCountry;
    const char *vendorPhone;
    TaxRegistrationType taxType;
    const char *vendorTaxNo;
    // buying party (Amazon); the billing party is its accounts payable
    const char *buyerId;
    const char *buyerName;
    const char *buyerStreet;
    const char *buyerCity;
    const char *buyerState;
    const char *buyerPostalCode;
    const char *buyerCountry;
    const char *buyerTaxNo;
    const char *payableStreet;
    const char *payablePostalCode;
};

const Region kRegions[] = {
    { 1,
      "Amazon Vendor US",
      "USD",
      50,
      "ACME1",
      "Acme Housewares Inc.",
      "1200 Industrial Parkway",
      "Columbus",
      "OH",
      "43228",
      "US",
      "+1 614 555 0100",
      TaxRegistrationType::None,
      "",
      "AMZN",
      "Amazon.com Services LLC",
      "410 Terry Avenue North",
      "Seattle",
      "WA",
      "98109",
      "US",
      "",
      "PO Box 80683",
      "98108-0683" },
    { 2,
      "Amazon Vendor CA",
      "CAD",
      15,
      "ACMC1",
      "Acme Housewares Canada Ltd.",
      "55 Logistics Drive",
      "Mississauga",
      "ON",
      "L5T 2H9",
      "CA",
      "+1 905 555 0142",
      TaxRegistrationType::Gst,
      "123456789RT0001",
      "AMZNCA",
      "Amazon.com.ca ULC",
      "40 King Street West, 47th Floor",
      "Toronto",
      "ON",
      "M5H 3Y2",
      "CA",
      "85730 5932RT0001",
      "PO Box 4500, Station A",
      "M5W 4B3" },
    { 3,
      "Amazon Vendor DE",
      "EUR",
      20,
      "ACMD1",
      "Acme Haushaltswaren GmbH",
      "Industriestraße 12",
      "Duisburg",
      "NRW",
      "47119",
      "DE",
      "+49 203 5550 100",
      TaxRegistrationType::Vat,
      "DE123456789",
      "AMZNDE",
      "Amazon EU S.à r.l.",
      "38 avenue John F. Kennedy",
      "Luxembourg",
      "",
      "L-1855",
      "LU",
      "LU20260743",
      "5 rue Plaetis",
      "L-2338" },
    { 4,
      "Amazon Vendor UK",
      "GBP",
      15,
      "ACMU1",
      "Acme Housewares UK Ltd.",
      "Unit 4, Midpoint Park",
      "Birmingham",
      "West Midlands",
      "B76 1AB",
      "GB",
      "+44 121 555 0100",
      TaxRegistrationType::Vat,
      "GB123456789",
      "AMZNUK",
      "Amazon EU S.à r.l., UK Branch",
      "1 Principal Place, Worship Street",
      "London",
      "",
      "EC2A 2FA",
      "GB",
      "GB727255821",
      "1 Principal Place, Worship Street",
      "EC2A 2FA" },
};

// An Amazon fulfilment centre: the ship-to party of a PO.
struct FulfilmentCentre
{
    int region;
    const char *code;
    const char *name;
    const char *street;
    const char *city;
    const char *state;
    const char *postalCode;
    const char *country;
};

const FulfilmentCentre kCentres[] = {
    { 0, "ABE8", "Amazon.com Services LLC ABE8", "401 Independence Road", "Florence", "NJ", "08518",
      "US" },
    { 0, "ONT8", "Amazon.com Services LLC ONT8", "24300 Nandina Avenue", "Moreno Valley", "CA",
      "92551", "US" },
    { 0, "MDW2", "Amazon.com Services LLC MDW2", "250 Emerald Drive", "Joliet", "IL", "60433",
      "US" },
    { 0, "BFI4", "Amazon.com Services LLC BFI4", "21005 64th Avenue South", "Kent", "WA", "98032",
      "US" },
    { 0, "DFW6", "Amazon.com Services LLC DFW6", "940 West Bethel Road", "Coppell", "TX", "75019",
      "US" },
    { 1, "YYZ4", "Amazon.com.ca ULC YYZ4", "8050 Heritage Road", "Brampton", "ON", "L6Y 0C9",
      "CA" },
    { 1, "YVR2", "Amazon.com.ca ULC YVR2", "450 Derwent Place", "Delta", "BC", "V3M 5Y9", "CA" },
    { 2, "DTM2", "Amazon Fulfillment Germany GmbH DTM2", "Kaltbandstraße 4", "Dortmund", "NRW",
      "44145", "DE" },
    { 2, "MUC3", "Amazon Fulfillment Germany GmbH MUC3", "Amazonstraße 1", "Graben", "BY", "86836",
      "DE" },
    { 2, "LEJ1", "Amazon Fulfillment Germany GmbH LEJ1", "Amazonstraße 1", "Leipzig", "SN", "04347",
      "DE" },
    { 3, "LTN1", "Amazon UK Services Ltd. LTN1", "Marston Gate, Ridgmont", "Bedford",
      "Bedfordshire", "MK43 0ZA", "GB" },
    { 3, "BHX4", "Amazon UK Services Ltd. BHX4", "Lyons Park, Sayer Drive", "Coventry",
      "West Midlands", "CV5 9PF", "GB" },
};

// One product of the vendor's catalogue.
struct Product
{
    QString sku;
    QString asin;
    qint64 caseSize = 1; // 1: ordered in eaches; otherwise in cases of this many
    qint64 unitCostCents = 0; // one each
};

constexpr int kCatalogueSize = 400;
constexpr int kMaxLines = 40;
const char kAlphanumerics[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

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

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

std::vector<Product> makeCatalogue(QRandomGenerator &rng)
{
    static const int kCaseSizes[] = { 4, 6, 8, 12, 24 };
    std::vector<Product> catalogue(kCatalogueSize);
    QSet<QString> asins;
    for (int i = 0; i < kCatalogueSize; ++i) {
        Product &p = catalogue[size_t(i)];
        p.sku = QLatin1String("ACM-") + QString::number(10000 + i * 7 + between(rng, 0, 6));
        do {
            p.asin = QLatin1String("B0") + randomCode(rng, 8);
        } while (asins.contains(p.asin));
        asins.insert(p.asin);
        if (rng.bounded(5) < 2)
            p.caseSize = kCaseSizes[rng.bounded(int(std::size(kCaseSizes)))];
        p.unitCostCents = between(rng, 149, 4500);
    }
    return catalogue;
}

Party makeParty(const char *id, const char *name, const char *street, const char *city,
                const char *state, const char *postalCode, const char *country)
{
    Party p;
    p.partyId = text(id);
    p.name = text(name);
    p.addressLine1 = text(street);
    p.city = text(city);
    p.stateOrRegion = text(state);
    p.postalCode = text(postalCode);
    p.countryCode = text(country);
    return p;
}

Party sellingParty(const Region &r)
{
    Party p = makeParty(r.vendorCode, r.vendorName, r.vendorStreet, r.vendorCity, r.vendorState,
                        r.vendorPostalCode, r.vendorCountry);
    p.phone = text(r.vendorPhone);
    if (r.taxType != TaxRegistrationType::None) {
        p.taxRegistrationType = r.taxType;
        p.taxRegistrationNo = text(r.vendorTaxNo);
    }
    return p;
}

Party buyingParty(const Region &r)
{
    Party p = makeParty(r.buyerId, r.buyerName, r.buyerStreet, r.buyerCity, r.buyerState,
                        r.buyerPostalCode, r.buyerCountry);
    if (r.buyerTaxNo[0] != '\0') {
        p.taxRegistrationType = r.taxType == TaxRegistrationType::Gst ? TaxRegistrationType::Gst
                                                                      : TaxRegistrationType::Vat;
        p.taxRegistrationNo = text(r.buyerTaxNo);
    }
    return p;
}

Party billingParty(const Region &r)
{
    Party p = buyingParty(r);
    p.partyId += QLatin1String("-AP");
    p.name += QLatin1String(" Accounts Payable");
    p.addressLine1 = text(r.payableStreet);
    p.postalCode = text(r.payablePostalCode);
    return p;
}

Party shipToParty(const FulfilmentCentre &fc)
{
    return makeParty(fc.code, fc.name, fc.street, fc.city, fc.state, fc.postalCode, fc.country);
}

int chooseRegion(QRandomGenerator &rng)
{
    int pick = rng.bounded(100);
    for (int i = 0; i < int(std::size(kRegions)); ++i) {
        if (pick < kRegions[i].weight)
            return i;
        pick -= kRegions[i].weight;
    }
    return 0;
}

const FulfilmentCentre &chooseCentre(QRandomGenerator &rng, int region)
{
    std::vector<int> candidates;
    for (int i = 0; i < int(std::size(kCentres)); ++i) {
        if (kCentres[i].region == region)
            candidates.push_back(i);
    }
    return kCentres[candidates[size_t(rng.bounded(int(candidates.size())))]];
}

int chooseLineCount(QRandomGenerator &rng)
{
    const int kind = rng.bounded(10);
    if (kind < 6)
        return between(rng, 1, 10);
    if (kind < 9)
        return between(rng, 11, 25);
    return between(rng, 26, kMaxLines);
}

double fromCents(qint64 cents)
{
    return double(cents) / 100.0;
}

// The vendor's answer to a line of an acknowledged PO: accept what is in stock, backorder the
// rest where Amazon allows it, reject otherwise.
QList<Acknowledgement> acknowledge(QRandomGenerator &rng, const PurchaseOrder &po,
                                   const PurchaseOrderLine &line, const QDateTime &when)
{
    Acknowledgement accepted;
    accepted.code = AcknowledgementCode::Accepted;
    accepted.scheduledShipDate = po.fromShipDate.addDays(1);
    accepted.scheduledDeliveryDate = po.fromDeliveryDate.addDays(1);
    const int kind = rng.bounded(10);
    if (kind < 7) {
        accepted.quantity = line.quantity;
        return { accepted };
    }
    const qint64 inStock = line.quantity > 1 ? between(rng, 0, int(line.quantity - 1)) : 0;
    QList<Acknowledgement> answer;
    if (inStock > 0) {
        accepted.quantity = inStock;
        answer.append(accepted);
    }
    Acknowledgement rest;
    rest.quantity = line.quantity - inStock;
    if (line.isBackOrderAllowed) {
        rest.code = AcknowledgementCode::Backordered;
        rest.scheduledShipDate = when.addDays(between(rng, 7, 21));
        rest.scheduledDeliveryDate = rest.scheduledShipDate.addDays(3);
    } else {
        rest.code = AcknowledgementCode::Rejected;
        rest.rejectionReason = kind == 9 ? RejectionReason::ObsoleteProduct
                                         : RejectionReason::TemporarilyUnavailable;
    }
    answer.append(rest);
    return answer;
}

} // namespace

QDateTime DemoData::referenceDate(quint32 seed)
{
    return QDateTime(QDate(2026, 1, 5).addDays(qint64(seed % 360)), QTime(8, 0), Qt::UTC);
}

QList<PurchaseOrder> DemoData::generate(quint32 seed, int count)
{
    QList<PurchaseOrder> orders;
    if (count <= 0)
        return orders;
    QRandomGenerator rng(seed);
    const QDateTime reference = referenceDate(seed);
    const QDate today = reference.date();
    const std::vector<Product> catalogue = makeCatalogue(rng);

    std::vector<int> deck(catalogue.size());
    for (size_t i = 0; i < deck.size(); ++i)
        deck[i] = int(i);
    QSet<QString> numbers;
    qint64 lineId = 9000001;
    orders.reserve(count);
    for (int o = 0; o < count; ++o) {
        const int regionIndex = chooseRegion(rng);
        const Region &region = kRegions[regionIndex];
        const FulfilmentCentre &centre = chooseCentre(rng, regionIndex);

        PurchaseOrder po;
        po.id = 400001 + o;
        po.channelId = region.channelId;
        po.channelName = text(region.channelName);
        po.globalChannelName = QStringLiteral("Amazon Vendor");
        po.globalChannelId = 1401;
        do {
            po.channelPurchaseOrderNo = randomCode(rng, 8);
        } while (numbers.contains(po.channelPurchaseOrderNo));
        numbers.insert(po.channelPurchaseOrderNo);

        const int statusPick = rng.bounded(100);
        po.status = statusPick < 45 ? PurchaseOrderStatus::New
            : statusPick < 85       ? PurchaseOrderStatus::InProgress
            : statusPick < 93       ? PurchaseOrderStatus::Shipped
                                    : PurchaseOrderStatus::Cancelled;
        const int typePick = rng.bounded(100);
        po.type = typePick < 85 ? PurchaseOrderType::RegularOrder
            : typePick < 93     ? PurchaseOrderType::RushOrder
            : typePick < 97     ? PurchaseOrderType::NewProductIntroduction
                                : PurchaseOrderType::ConsignedOrder;

        // Amazon sends a PO some days before its ship window opens.
        po.createdAt = QDateTime(
            today.addDays(-between(rng, 1, 10)),
            QTime(between(rng, 0, 23), between(rng, 0, 59), between(rng, 0, 59)), Qt::UTC);
        po.fromShipDate = QDateTime(today.addDays(between(rng, -2, 3)), QTime(0, 0), Qt::UTC);
        po.toShipDate = po.fromShipDate.addDays(between(rng, 4, 9));
        po.fromDeliveryDate = po.fromShipDate.addDays(between(rng, 2, 4));
        po.toDeliveryDate = po.toShipDate.addDays(between(rng, 3, 8));
        po.sellingParty = sellingParty(region);
        po.shipToParty = shipToParty(centre);
        po.buyingParty = buyingParty(region);
        po.billingParty = billingParty(region);
        if (po.type == PurchaseOrderType::ConsignedOrder) {
            po.importInformation.internationalCommercialTerms = QStringLiteral("FCA");
            po.importInformation.methodOfPayment = QStringLiteral("PREPAID_BY_BUYER");
        }

        const bool acknowledged = po.status != PurchaseOrderStatus::New;
        const QDateTime acknowledgedAt = po.createdAt.addSecs(between(rng, 1800, 20 * 3600));
        if (acknowledged) {
            po.merchantPurchaseOrderNo
                = QLatin1String("SO-") + QString::number(between(rng, 100000, 999999));
        }
        po.updatedAt = acknowledged ? acknowledgedAt.addSecs(between(rng, 60, 7200)) : po.createdAt;

        const int lineCount = chooseLineCount(rng);
        po.lines.reserve(lineCount);
        for (int i = 0; i < lineCount; ++i) { // distinct products: a partial shuffle
            const int j = between(rng, i, int(deck.size()) - 1);
            std::swap(deck[size_t(i)], deck[size_t(j)]);
            const Product &product = catalogue[size_t(deck[size_t(i)])];
            const bool cases = product.caseSize > 1;

            PurchaseOrderLine line;
            line.id = lineId++;
            line.channelOrderLineNo = QString::number(i + 1);
            line.channelProductNo = product.asin;
            line.merchantProductNo = product.sku;
            line.quantity = cases ? between(rng, 1, 40) : between(rng, 1, 40) * 6;
            line.isBackOrderAllowed = rng.bounded(10) < 4;
            line.unitOfMeasure = cases ? QuantityUnit::Cases : QuantityUnit::Eaches;
            line.unitSize = product.caseSize;
            const qint64 costCents = product.unitCostCents * product.caseSize;
            line.netCostAmount = fromCents(costCents);
            line.netCostCurrency = text(region.currency);
            line.listPriceAmount = fromCents(product.unitCostCents * 17 / 10 + 99);
            line.lineTotal = fromCents(costCents * line.quantity);
            line.createdAt = po.createdAt;
            line.updatedAt = acknowledged ? acknowledgedAt : po.createdAt;
            if (acknowledged) {
                line.acknowledgedDate = acknowledgedAt;
                line.acknowledgements = acknowledge(rng, po, line, acknowledgedAt);
            }
            po.lines.append(std::move(line));
        }
        orders.append(std::move(po));
    }
    return orders;
}

} // namespace VendorPack
