// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apienvelope.h"
#include "finding.h"
#include "jsonwriter.h"
#include "purchaseorder.h"

#include <QCoreApplication>
#include <QList>

namespace VendorPack {

// The outcome of reading an orders document.
struct OrdersDocument
{
    QList<PurchaseOrder> orders;
    Findings findings; // schema.*, json.syntax, file.read and orders.duplicate findings
    bool readable = false; // false when the input could not be read at all

    // The GET /v2/purchase-orders envelope, when the input had one (for paging and errors).
    bool hasEnvelope = false;
    ApiEnvelope envelope;
};

// Reads and writes the orders JSON: the response of GET /v2/purchase-orders, or a bare array.
class OrdersJson
{
    Q_DECLARE_TR_FUNCTIONS(OrdersJson)
public:
    // Files larger than this are refused before parsing.
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;

    // Lenient reading: every problem becomes a finding with its JSON pointer.
    static OrdersDocument read(QByteArray json);
    static OrdersDocument readFile(const QString &path);

    // The canonical response envelope with all orders on one page: Content, Count, TotalCount,
    // ItemsPerPage, StatusCode 200 and Success true; fields in the API's order, no empty fields.
    static QByteArray write(const QList<PurchaseOrder> &orders,
                            JsonWriter::Style style = JsonWriter::Indented);
    // One page of a larger result (the sandbox's paging).
    static QByteArray writePage(const QList<PurchaseOrder> &pageOrders, qint64 totalCount,
                                qint64 itemsPerPage,
                                JsonWriter::Style style = JsonWriter::Indented);
    // One IPurchaseOrderByFilter object in canonical form.
    static void writeOrder(JsonWriter &writer, const PurchaseOrder &order);
};

} // namespace VendorPack
