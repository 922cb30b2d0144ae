// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulesources.h"

#include "core/shipment.h"
#include "database.h"
#include "purchaseorderrepository.h"

namespace VendorPack {

namespace {

constexpr int kSsccsPerStatement = 500;

} // namespace

RuleSources::RuleSources(Database &database)
    : m_database(&database)
    , m_ledger(database)
{
}

bool RuleSources::reload(QString *error)
{
    auto orders = PurchaseOrderRepository(*m_database).loadAll(error);
    if (!orders)
        return false;
    m_orders.setOrders(std::move(*orders));
    return true;
}

bool RuleSources::prefetchSsccs(const Shipment &shipment, QString *error)
{
    QStringList ssccs;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        const ShipmentLine &line = node->line();
        if (line.type != NodeType::Item && line.type != NodeType::Unknown
            && line.identifierValue.size() == 18)
            ssccs << line.identifierValue;
    });
    QHash<QString, QList<Use>> uses;
    uses.reserve(ssccs.size());
    for (const QString &sscc : std::as_const(ssccs))
        uses.insert(sscc, {});
    for (qsizetype start = 0; start < ssccs.size(); start += kSsccsPerStatement) {
        const qsizetype count = qMin(qsizetype(kSsccsPerStatement), ssccs.size() - start);
        QString list;
        QVariantList values;
        for (qsizetype i = start; i < start + count; ++i) {
            list += i == start ? QStringLiteral("?") : QStringLiteral(", ?");
            values << ssccs.at(i);
        }
        // The same two sources as SsccLedger::otherShipmentUsing(): the ledger, then the trees.
        const QString fromLedger
            = QStringLiteral("SELECT sscc, merchant_shipment_no, updated_at, 1 FROM sscc_ledger "
                             "WHERE merchant_shipment_no IS NOT NULL AND sscc IN (")
            + list + QLatin1Char(')');
        const QString fromTrees
            = QStringLiteral("SELECT n.identifier_value, s.merchant_shipment_no, s.updated_at, 0 "
                             "FROM shipment_nodes n JOIN shipments s ON s.id = n.shipment_id "
                             "WHERE n.node_type <> 'ITEM' AND n.identifier_value IN (")
            + list + QLatin1Char(')');
        for (const QString &sql : { fromLedger, fromTrees }) {
            auto query = m_database->exec(sql, values, error);
            if (!query)
                return false;
            while (query->next()) {
                Use use;
                use.merchantShipmentNo = query->value(1).toString();
                use.at = Database::fromStoredTime(query->value(2));
                use.fromLedger = query->value(3).toInt() == 1;
                uses[query->value(0).toString()].append(use);
            }
            query->finish();
        }
    }
    m_uses = std::move(uses);
    return true;
}

QString RuleSources::otherShipmentUsing(const QString &sscc, const QString &merchantShipmentNo,
                                        int months) const
{
    const auto known = m_uses.constFind(sscc);
    if (known == m_uses.cend())
        return m_ledger.otherShipmentUsing(sscc, merchantShipmentNo, months);
    if (known->isEmpty()) // the usual answer: never used before
        return QString();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addMonths(-qMax(0, months));
    // The ledger's word first; else the most recently changed other shipment holding it.
    const Use *latest = nullptr;
    for (const Use &use : *known) {
        if (use.merchantShipmentNo == merchantShipmentNo || !use.at.isValid() || use.at < cutoff)
            continue;
        if (use.fromLedger)
            return use.merchantShipmentNo;
        if (!latest || use.at > latest->at)
            latest = &use;
    }
    return latest ? latest->merchantShipmentNo : QString();
}

RuleContext RuleSources::context(const RuleSettings &settings, const ProductCatalog *products) const
{
    RuleContext context;
    context.settings = settings;
    context.orders = &m_orders;
    context.products = products;
    context.ssccHistory = this;
    return context;
}

} // namespace VendorPack
