// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/shipmentjson.h"
#include "packing/packingsession.h"
#include "packing/shipmenttreemodel.h"
#include "packing/station.h"
#include "storage/productrepository.h"
#include "storage/purchaseorderrepository.h"
#include "storage/shipmentrepository.h"
#include "storage/ssccledger.h"
#include "storagebackends.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace VendorPack {

// A station on a fresh database (SQLite file or throwaway PostgreSQL) with purchase orders for
// two FCs, a product catalog, an SSCC range, and a packing session on a new shipment for ABE8
// whose model runs under QAbstractItemModelTester.
struct PackingFixture
{
    static QString fc() { return QStringLiteral("ABE8"); }
    static QString companyPrefix() { return QStringLiteral("0614141"); }

    static StationProfile profile(const QString &station, const QString &prefix = companyPrefix())
    {
        StationProfile profile;
        profile.stationName = station;
        profile.userName = QStringLiteral("anna");
        profile.channelId = 1;
        profile.companyPrefix = prefix;
        profile.extensionDigit = 0;
        profile.shipFromPartyId = QStringLiteral("ACME1");
        CartonType small;
        small.name = QStringLiteral("Small");
        small.dimensions.length = 12;
        small.dimensions.width = 10;
        small.dimensions.height = 8;
        small.dimensions.unit = LengthUnit::Inches;
        profile.cartonTypes.append(small);
        return profile;
    }

    static PurchaseOrder order(const QString &number, const QString &fc,
                               const QList<PurchaseOrderLine> &lines)
    {
        PurchaseOrder po;
        po.channelId = 1;
        po.channelPurchaseOrderNo = number;
        po.status = PurchaseOrderStatus::New;
        po.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
        po.fromShipDate = QDateTime::currentDateTimeUtc().addDays(-2);
        po.toShipDate = QDateTime::currentDateTimeUtc().addDays(5);
        po.shipToParty.partyId = fc;
        po.shipToParty.countryCode = QStringLiteral("DE");
        po.sellingParty.partyId = QStringLiteral("ACME1");
        po.lines = lines;
        return po;
    }

    static PurchaseOrderLine line(const QString &sku, qint64 quantity, qint64 caseSize = 1)
    {
        PurchaseOrderLine line;
        line.channelOrderLineNo = sku;
        line.merchantProductNo = sku;
        line.channelProductNo = QStringLiteral("B0") + sku;
        line.quantity = quantity;
        line.unitOfMeasure = caseSize > 1 ? QuantityUnit::Cases : QuantityUnit::Eaches;
        line.unitSize = caseSize;
        return line;
    }

    bool setUp(StorageBackends &backends, const QString &backend)
    {
        settings = backends.freshSettings(backend, QStringLiteral("packing"));
        QString error;
        station = Station::open(settings, profile(QStringLiteral("dock-1")), &error);
        if (!station) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (!station->ledger().configureRange(companyPrefix(), 0, 1, 999999, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const QList<PurchaseOrder> orders {
            order(QStringLiteral("PO-A"), fc(),
                  { line(QStringLiteral("ACM-1"), 20), line(QStringLiteral("ACM-2"), 4, 6) }),
            order(QStringLiteral("PO-B"), fc(), { line(QStringLiteral("ACM-3"), 5) }),
            order(QStringLiteral("PO-X"), QStringLiteral("XYZ1"),
                  { line(QStringLiteral("ACM-1"), 10) }),
        };
        if (!station->purchaseOrders().upsert(orders, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QByteArray csv("sku,gtin,description,case pack\n"
                       "ACM-1,4006381333931|14006381333938,Widget,12\n"
                       "ACM-2,0614141000012|10614141000019,Gadget,6\n"
                       "ACM-3,,Gizmo,\n");
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        ProductImportReport report;
        if (!station->products().importCsv(buffer, &report)) {
            qWarning("%s", qPrintable(report.error));
            return false;
        }
        session = std::make_unique<PackingSession>(*station);
        tester = std::make_unique<QAbstractItemModelTester>(
            session->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PackingSession::NewShipment options;
        options.shipToPartyId = fc();
        const PackingResult created = session->create(options);
        if (!created) {
            qWarning("%s", qPrintable(created.message));
            return false;
        }
        return true;
    }

    // The stored shipment as a fresh station at another desk reads it after a crash.
    std::unique_ptr<Shipment> reopen(QString *error = nullptr) const
    {
        QString message;
        auto fresh = Station::open(settings, profile(QStringLiteral("dock-9")), &message);
        if (!fresh) {
            if (error)
                *error = message;
            return nullptr;
        }
        PackingSession other(*fresh);
        if (!other.open(session->shipmentId())) {
            if (error)
                *error = QStringLiteral("open failed");
            return nullptr;
        }
        return other.shipment()->clone();
    }

    static QByteArray json(const Shipment &shipment) { return ShipmentJson::write(shipment); }
    // The JSON with every SSCC replaced: trees equal but for new SSCCs.
    static QByteArray withoutSsccs(const Shipment &shipment)
    {
        QString text = QString::fromUtf8(json(shipment));
        text.replace(QRegularExpression(QStringLiteral("\"\\d{18}\"")), QStringLiteral("\"SSCC\""));
        return text.toUtf8();
    }

    DatabaseSettings settings;
    std::unique_ptr<Station> station;
    std::unique_ptr<PackingSession> session;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace VendorPack
