// SPDX-License-Identifier: GPL-3.0-or-later
#include "scancontroller.h"

#include "packingsession.h"
#include "shipmenttreemodel.h"
#include "station.h"

#include "core/scanparser.h"
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
        if (found->id() == m_target) {
            setTarget(0);
            emit closeRequested(found->id());
            return PackingResult::done(found->id(),
                                       tr("%1 released: close it with its weight and "
                                          "dimensions")
                                           .arg(m_session.model()
                                                    ->data(m_session.model()->indexForNode(found),
                                                           ShipmentTreeModel::NodePositionRole)
                                                    .toString()));
        }
        setTarget(found->id());
        return PackingResult::done(found->id(),
                                   tr("Now packing into %1 (%2)")
                                       .arg(m_session.model()
                                                ->data(m_session.model()->indexForNode(found),
                                                       ShipmentTreeModel::NodePositionRole)
                                                .toString(),
                                            scan.value));
    }
    QString error;
    const auto entry = m_session.station().ledger().entry(scan.value, &error);
    if (entry) {
        if (entry->state == SsccState::Voided)
            return failure(tr("SSCC %1 was voided (%2): use another label")
                               .arg(scan.value, entry->voidReason));
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

PackingResult ScanController::scanItem(const QString &sku, qint64 units, const QString &code)
{
    const qint64 count = units * (m_quantity > 0 ? m_quantity : 1);
    setQuantity(0);
    const ShipmentNode *target = m_session.shipment()->node(m_target);
    if (!m_target || !target)
        return failure(
            tr("Scan a carton or pallet label first: there is nowhere to put %1").arg(code));
    QString reason;
    const QString po = m_session.purchaseOrderFor(sku, count, &reason);
    if (po.isEmpty())
        return failure(reason);
    PackingResult result = m_session.addItem(m_target, po, sku, count);
    if (result)
        result.message = tr("%1 × %2 (PO %3) packed").arg(count).arg(sku, po);
    return result;
}

} // namespace VendorPack
