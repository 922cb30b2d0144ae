// SPDX-License-Identifier: GPL-3.0-or-later
#include "scancontroller.h"

#include "packingsession.h"
#include "shipmenttreemodel.h"
#include "station.h"

#include "core/scanparser.h"
#include "storage/auditlog.h"
#include "storage/productrepository.h"
#include "storage/ssccledger.h"

namespace VendorPack {

namespace {

PackingResult failure(const QString &message)
{
    return PackingResult::refused(message);
}

} // namespace

ScanController::ScanController(PackingSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session, &PackingSession::shipmentOpened, this, [this] { setTarget(0); });
    connect(&session, &PackingSession::shipmentClosed, this, [this] { setTarget(0); });
    connect(&session, &PackingSession::changed, this, [this] {
        if (m_target && (!m_session.shipment() || !m_session.shipment()->node(m_target)))
            setTarget(0);
    });
}

void ScanController::setTarget(NodeId node)
{
    if (node == m_target)
        return;
    m_target = node;
    emit targetChanged(node);
}

void ScanController::setQuantity(int quantity)
{
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    emit pendingQuantityChanged(quantity);
}

PackingResult ScanController::handle(const QString &text)
{
    const Scan scan = ScanParser::parse(text);
    PackingResult result;
    if (!m_session.isOpen())
        result = failure(tr("Open or create a shipment before scanning."));
    else if (!scan.isValid())
        result = failure(tr("Scan not understood: %1").arg(scan.error));
    else
        result = act(scan);
    emit scanned(result);
    return result;
}

PackingResult ScanController::act(const Scan &scan)
{
    switch (scan.kind) {
    case Scan::Kind::Quantity:
        setQuantity(scan.count > 0 ? scan.count : scan.value.toInt());
        return PackingResult::done(m_target, tr("Quantity %1 for the next item").arg(m_quantity));
    case Scan::Kind::Sscc:
        return scanSscc(scan);
    case Scan::Kind::Gtin:
    case Scan::Kind::CaseContent: {
        const Product *product = m_session.station().products().productByGtin(scan.value);
        if (!product) {
            setQuantity(0);
            return failure(tr("GTIN %1 is not in the product catalog").arg(scan.value));
        }
        qint64 units = 1;
        // A case GTIN (indicator digit 1 to 8) or a case content scan counts whole cases.
        const QChar indicator = scan.value.at(0);
        const bool isCase = scan.kind == Scan::Kind::CaseContent
            || (indicator >= u'1' && indicator <= u'8' && product->casePack.value_or(0) > 1);
        if (isCase) {
            if (product->casePack.value_or(0) < 1) {
                setQuantity(0);
                return failure(tr("%1 has no case pack in the product catalog").arg(product->sku));
            }
            units = *product->casePack
                * (scan.kind == Scan::Kind::CaseContent ? qMax(1, scan.count) : 1);
        }
        return scanItem(product->sku, units, scan.value);
    }
    case Scan::Kind::Sku: {
        QString sku = scan.value;
        if (const Product *product = m_session.station().products().productBySku(sku))
            sku = product->sku;
        return scanItem(sku, 1, scan.value);
    }
    case Scan::Kind::Invalid:
        break;
    }
    return failure(tr("Scan not understood: %1").arg(scan.error));
}

PackingResult ScanController::scanSscc(const Scan &scan)
{
    Shipment *shipment = m_session.shipment();
    const ShipmentNode *found = nullptr;
    shipment->root()->forEach([&](const ShipmentNode *node) {
        if (!found && node->type() != NodeType::Item && node->line().identifierValue == scan.value)
            found = node;
    });
    if (found) {
        // Scan-back: the label on the container is checked against the ledger first.
        QString applied;
        QString ledgerError;
        const auto entry = m_session.station().ledger().entry(scan.value, &ledgerError);
        if (!entry && !ledgerError.isEmpty())
            return failure(tr("The SSCC ledger cannot be read: %1").arg(ledgerError));
        if (entry) {
            if (entry->state == SsccState::Voided)
                return failure(tr("SSCC %1 was voided (%2): take this label off %3; it needs "
                                  "a new SSCC")
                                   .arg(scan.value, entry->voidReason, positionOf(found)));
            if (entry->shipmentId && m_session.shipmentId()
                && *entry->shipmentId != m_session.shipmentId())
                return failure(tr("SSCC %1 belongs to shipment %2, not this one")
                                   .arg(scan.value, entry->merchantShipmentNo));
            if (entry->state == SsccState::Printed) {
                if (!m_session.station().ledger().markApplied(scan.value, &ledgerError))
                    return failure(tr("The label of %1 could not be recorded as applied: %2")
                                       .arg(positionOf(found), ledgerError));
                recordApplied(scan.value);
                applied = tr("Label applied. ");
                emit labelApplied(found->id(), scan.value);
            }
        }
        if (found->id() == m_target) {
            setTarget(0);
            emit closeRequested(found->id());
            return PackingResult::done(found->id(),
                                       applied
                                           + tr("%1 released: close it with its weight and "
                                                "dimensions")
                                                 .arg(positionOf(found)));
        }
        setTarget(found->id());
        return PackingResult::done(
            found->id(),
            applied + tr("Now packing into %1 (%2)").arg(positionOf(found), scan.value));
    }
    QString error;
    const auto entry = m_session.station().ledger().entry(scan.value, &error);
    if (entry) {
        if (entry->state == SsccState::Voided)
            return failure(tr("SSCC %1 was voided (%2): use another label")
                               .arg(scan.value, entry->voidReason));
        if (entry->shipmentId && *entry->shipmentId == m_session.shipmentId())
            return failure(tr("SSCC %1 is no longer on any carton or pallet of this shipment: "
                              "take this label off")
                               .arg(scan.value));
        return failure(tr("SSCC %1 belongs to shipment %2, not this one")
                           .arg(scan.value,
                                entry->merchantShipmentNo.isEmpty() ? tr("(unknown)")
                                                                    : entry->merchantShipmentNo));
    }
    if (!error.isEmpty())
        return failure(tr("The SSCC ledger cannot be read: %1").arg(error));
    // A pre-printed label: a new carton, on the target pallet if there is one.
    NodeId parent = 0;
    if (const ShipmentNode *target = shipment->node(m_target);
        target && target->type() == NodeType::Pallet)
        parent = target->id();
    PackingResult result = m_session.addCarton(parent, scan.value);
    if (result) {
        setTarget(result.node);
        result.message = tr("New carton with pre-printed label %1").arg(scan.value);
    }
    return result;
}

QString ScanController::positionOf(const ShipmentNode *node) const
{
    return m_session.model()
        ->data(m_session.model()->indexForNode(node), ShipmentTreeModel::NodePositionRole)
        .toString();
}

void ScanController::recordApplied(const QString &sscc)
{
    AuditEntry entry;
    entry.user = m_session.station().profile().userName;
    entry.station = m_session.station().profile().stationName;
    entry.action = QStringLiteral("label.apply");
    if (m_session.shipmentId())
        entry.shipmentId = m_session.shipmentId();
    entry.sscc = sscc;
    // The ledger already says applied; a missing audit line must not undo the scan.
    m_session.station().auditLog().append(entry);
}

PackingResult ScanController::scanItem(const QString &sku, qint64 units, const QString &code)
{
    qint64 count = units * (m_quantity > 0 ? m_quantity : 1);
    setQuantity(0);
    const ShipmentNode *target = m_session.shipment()->node(m_target);
    if (!m_target || !target)
        return failure(
            tr("Scan a carton or pallet label first: there is nowhere to put %1").arg(code));
    QString reason;
    QString po = m_session.purchaseOrderFor(sku, count, &reason);
    qint64 cases = 0;
    if (units == 1) {
        // A single unit of a SKU that its PO line orders in cases stands for one case: the
        // packer scans the case, not each unit in it.
        const qint64 caseSize = caseSizeOf(po.isEmpty() ? QString() : po, sku);
        if (caseSize > 1) {
            cases = count;
            count *= caseSize;
            po = m_session.purchaseOrderFor(sku, count, &reason);
        }
    }
    if (po.isEmpty())
        return failure(reason);
    PackingResult result = m_session.addItem(m_target, po, sku, count);
    if (result) {
        result.message = cases ? tr("%1 × %2 packed as cases of %3 (PO %4)")
                                     .arg(count)
                                     .arg(sku)
                                     .arg(count / cases)
                                     .arg(po)
                               : tr("%1 × %2 (PO %3) packed").arg(count).arg(sku, po);
    }
    return result;
}

qint64 ScanController::caseSizeOf(const QString &purchaseOrderNo, const QString &sku) const
{
    // The PO line this SKU is packed from: the given PO, else the first open line of the SKU.
    for (const PackingSession::PoLineFill &fill : m_session.poLines()) {
        if (fill.sku != sku
            || (!purchaseOrderNo.isEmpty() && fill.purchaseOrderNo != purchaseOrderNo))
            continue;
        return fill.unitOfMeasure == QuantityUnit::Cases ? fill.unitSize : 1;
    }
    return 1;
}

} // namespace VendorPack
