// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"
#include "jsonwriter.h"
#include "shipment.h"

#include <QCoreApplication>

#include <memory>

namespace VendorPack {

// The outcome of reading a shipment document.
struct ShipmentDocument
{
    std::unique_ptr<Shipment> shipment; // null when the input could not be read at all
    Findings findings; // schema.* and json.syntax findings of the reading
    QString pointerPrefix = QStringLiteral("/Model"); // "" for a bare Model document
    bool bareModel = false;

    bool isReadable() const { return shipment != nullptr; }
};

// Reads and writes the shipment JSON: the body of POST/PUT /v2/purchase-orders/shipments.
class ShipmentJson
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentJson)
public:
    // Files larger than this are refused before parsing.
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;
    // Lines nested deeper than this are reported and not read (nesting.depth).
    static constexpr int kMaxLineDepth = 8;

    // Lenient reading: every problem becomes a finding with its JSON pointer.
    static ShipmentDocument read(QByteArray json);
    static ShipmentDocument readFile(const QString &path);

    // The canonical form: {"ChannelId": n, "Model": {...}}, fields in the API's order,
    // canonical enum names, numbers as numbers, ISO 8601 UTC dates, no empty fields.
    static QByteArray write(const Shipment &shipment,
                            JsonWriter::Style style = JsonWriter::Indented);
    // Writes the canonical form into an open writer (the request body of a push).
    static void writeTo(JsonWriter &writer, const Shipment &shipment);
};

} // namespace VendorPack
