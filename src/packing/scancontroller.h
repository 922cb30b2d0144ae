// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packingresult.h"

#include "core/scan.h"

#include <QObject>

namespace VendorPack {

class PackingSession;
class ShipmentNode;

// Turns each scan from the scan bar into a packing action on the session: an SSCC selects (or
// adds) the target carton or pallet, scanning the target again releases it, a GTIN or SKU adds
// units of a PO line of this FC into the target, a quantity command multiplies the next item.
// Every scan ends in scanned() with a result; nothing is ever silently ignored.
// Scan-back: scanning the SSCC of a container whose label was printed marks it applied in the
// SSCC ledger (and still makes it the target); a voided SSCC or one of another shipment is refused
// at once. A reprint cannot be told from the label it replaced: the label carries only the SSCC,
// not the ledger's print count.
class ScanController : public QObject
{
    Q_OBJECT

public:
    explicit ScanController(PackingSession &session, QObject *parent = nullptr);

    // Parses and acts on one scan (the text the scanner typed, without its suffix).
    PackingResult handle(const QString &text);

    NodeId target() const { return m_target; }
    void setTarget(NodeId node); // 0: none
    int pendingQuantity() const { return m_quantity; } // 0: none

signals:
    void scanned(const VendorPack::PackingResult &result);
    void targetChanged(VendorPack::NodeId node);
    // The target was scanned again: the UI asks weight and dimensions and calls closeCarton().
    void closeRequested(VendorPack::NodeId node);
    void pendingQuantityChanged(int quantity);
    // A printed label was scanned back on its container: the ledger says applied now.
    void labelApplied(VendorPack::NodeId node, const QString &sscc);

private:
    PackingResult act(const Scan &scan);
    PackingResult scanSscc(const Scan &scan);
    PackingResult scanItem(const QString &sku, qint64 units, const QString &code);
    // Units per case when the SKU's PO line orders cases, else 1.
    qint64 caseSizeOf(const QString &purchaseOrderNo, const QString &sku) const;
    void setQuantity(int quantity);
    QString positionOf(const ShipmentNode *node) const;
    void recordApplied(const QString &sscc);

    PackingSession &m_session;
    NodeId m_target = 0;
    int m_quantity = 0;
};

} // namespace VendorPack
