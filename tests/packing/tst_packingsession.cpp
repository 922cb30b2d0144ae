// SPDX-License-Identifier: GPL-3.0-or-later
// The packing session's commit path on SQLite and PostgreSQL: every command's redo/undo/redo round
// trip, each step persisted (a fresh station reads the same tree and version), SSCC voiding,
// conflicts with another station and the lease.
#include "packingfixture.h"

#include "core/validator.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outbox.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <functional>

using namespace VendorPack;
using namespace Qt::StringLiterals;

namespace {

using Action = std::function<PackingResult(PackingFixture &)>;

// A pallet with two cartons: carton 1 holds 5 x ACM-1 and 2 cases of ACM-2, carton 2 holds
// 3 x ACM-1; one loose carton with 1 x ACM-3.
struct Layout
{
    NodeId pallet = 0;
    NodeId carton1 = 0;
    NodeId carton2 = 0;
    NodeId loose = 0;
    NodeId item1 = 0; // 5 x ACM-1 in carton 1
    NodeId item2 = 0; // 2 cases of ACM-2 in carton 1
    NodeId item3 = 0; // 3 x ACM-1 in carton 2
    NodeId item4 = 0; // ACM-3 in the loose carton
};

bool build(PackingFixture &f, Layout *layout)
{
    PackingSession &s = *f.session;
    const auto node = [](const PackingResult &r, NodeId *id) {
        if (!r) {
            qWarning("%s", qPrintable(r.message));
            return false;
        }
        *id = r.node;
        return true;
    };
    return node(s.addPallet(), &layout->pallet)
        && node(s.addCarton(layout->pallet), &layout->carton1)
        && node(s.addCarton(layout->pallet), &layout->carton2)
        && node(s.addCarton(0), &layout->loose)
        && node(s.addItem(layout->carton1, QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 5),
                &layout->item1)
        && node(s.addItem(layout->carton1, QStringLiteral("PO-A"), QStringLiteral("ACM-2"), 12),
                &layout->item2)
        && node(s.addItem(layout->carton2, QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 3),
                &layout->item3)
        && node(s.addItem(layout->loose, QStringLiteral("PO-B"), QStringLiteral("ACM-3"), 1),
                &layout->item4);
}

} // namespace

class tst_PackingSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void commandRoundTrip_data();
    void commandRoundTrip();
    void everyStepIsStored_data();
    void everyStepIsStored();
    void deleteVoidsSscc_data();
    void deleteVoidsSscc();
    void undoOfAddKeepsSscc_data();
    void undoOfAddKeepsSscc();
    void relabelVoidsAndDraws_data();
    void relabelVoidsAndDraws();
    void refusesWithoutCompanyPrefix();
    void refusesBadActions_data();
    void refusesBadActions();
    void conflictReloads_data();
    void conflictReloads();
    void readOnlyWhileLeased_data();
    void readOnlyWhileLeased();
    void lockedDatabaseChangesNothing();
    void liveTotals();
    void createNumbersShipments();
    void typingMergesIntoOneStep();

private:
    StorageBackends m_backends;
};

void tst_PackingSession::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_PackingSession::cleanupTestCase()
{
    m_backends.stop();
}

void tst_PackingSession::commandRoundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("newSsccs"); // undo of a voiding command brings new SSCCs
    const QStringList actions {
        QStringLiteral("add pallet"),      QStringLiteral("add carton"),
        QStringLiteral("add item"),        QStringLiteral("add item merged"),
        QStringLiteral("move carton"),     QStringLiteral("move two items"),
        QStringLiteral("move units"),      QStringLiteral("split line"),
        QStringLiteral("merge lines"),     QStringLiteral("close carton"),
        QStringLiteral("change quantity"), QStringLiteral("change header"),
        QStringLiteral("unpack carton"),   QStringLiteral("delete carton"),
        QStringLiteral("delete pallet"),   QStringLiteral("delete item"),
    };
    for (const QString &backend : { StorageBackends::sqlite(), StorageBackends::postgresql() }) {
        for (const QString &action : actions) {
            const bool voids = action.startsWith(QLatin1String("unpack"))
                || action == QLatin1String("delete carton")
                || action == QLatin1String("delete pallet");
            QTest::addRow("%s: %s", qPrintable(backend), qPrintable(action))
                << backend << action << voids;
        }
    }
}

static PackingResult runAction(PackingFixture &f, const Layout &l, const QString &action)
{
    PackingSession &s = *f.session;
    if (action == QLatin1String("add pallet"))
        return s.addPallet();
    if (action == QLatin1String("add carton"))
        return s.addCarton(l.pallet);
    if (action == QLatin1String("add item"))
        return s.addItem(l.carton2, QStringLiteral("PO-A"), QStringLiteral("ACM-2"), 6);
    if (action == QLatin1String("add item merged"))
        return s.addItem(l.carton1, QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 2);
    if (action == QLatin1String("move carton"))
        return s.moveNodes({ l.loose }, l.pallet, 0);
    if (action == QLatin1String("move two items"))
        return s.moveNodes({ l.item1, l.item2 }, l.carton2);
    if (action == QLatin1String("move units"))
        return s.moveUnits(l.item1, l.carton2, 2);
    if (action == QLatin1String("split line"))
        return s.splitLine(l.item1, 3);
    if (action == QLatin1String("merge lines")) // item4 is the split-off part (prepared)
        return s.mergeLines({ l.item1, l.item4 });
    if (action == QLatin1String("close carton")) {
        Weight weight;
        weight.value = 4.5;
        weight.unit = WeightUnit::Pounds;
        return s.closeCartonAs(l.carton1, weight, 0);
    }
    if (action == QLatin1String("change quantity"))
        return s.setQuantity(l.item3, 7);
    if (action == QLatin1String("change header")) {
        ShipmentHeader header = s.shipment()->header();
        header.carrierName = QStringLiteral("DHL");
        return s.setHeader(header);
    }
    if (action == QLatin1String("unpack carton"))
        return s.unpack(l.carton2, QStringLiteral("label torn"));
    if (action == QLatin1String("delete carton"))
        return s.deleteNodes({ l.carton1 }, QStringLiteral("damaged"));
    if (action == QLatin1String("delete pallet"))
        return s.deleteNodes({ l.pallet }, QStringLiteral("rebuilt"));
    if (action == QLatin1String("delete item"))
        return s.deleteNodes({ l.item4 }, QString());
    return PackingResult::refused(QStringLiteral("unknown action"));
}

void tst_PackingSession::commandRoundTrip()
{
    QFETCH(QString, backend);
    QFETCH(QString, action);
    QFETCH(bool, newSsccs);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, backend));
    Layout l;
    QVERIFY(build(f, &l));
    PackingSession &s = *f.session;
    if (action == QLatin1String("merge lines")) {
        const PackingResult split = s.splitLine(l.item1, 2);
        QVERIFY(split.ok());
        l.item4 = split.node;
    }
    const auto snapshot = [&] {
        return newSsccs ? PackingFixture::withoutSsccs(*s.shipment())
                        : PackingFixture::json(*s.shipment());
    };
    const QByteArray before = snapshot();
    const QByteArray beforeExact = PackingFixture::json(*s.shipment());
    const int commands = s.undoStack()->count();
    const qint64 version = s.shipment()->version();

    const PackingResult result = runAction(f, l, action);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QByteArray after = snapshot();
    QVERIFY(after != before);
    QVERIFY(s.shipment()->version() > version);
    QVERIFY(s.undoStack()->count() > commands);

    const int steps = s.undoStack()->count() - commands;
    for (int i = 0; i < steps; ++i) {
        const PackingResult undone = s.undo();
        QVERIFY2(undone.ok(), qPrintable(undone.message));
    }
    QCOMPARE(snapshot(), before);
    if (newSsccs)
        QVERIFY(PackingFixture::json(*s.shipment()) != beforeExact); // the voided ones stay void
    else
        QCOMPARE(PackingFixture::json(*s.shipment()), beforeExact);
    // Undo is a committed change: the version went on up.
    QVERIFY(s.shipment()->version() > version + 1);

    for (int i = 0; i < steps; ++i) {
        const PackingResult redone = s.redo();
        QVERIFY2(redone.ok(), qPrintable(redone.message));
    }
    QCOMPARE(snapshot(), after);

    // A fresh station reads what this one holds.
    QString error;
    const auto stored = f.reopen(&error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(PackingFixture::json(*stored), PackingFixture::json(*s.shipment()));
    QCOMPARE(stored->version(), s.shipment()->version());
}

void tst_PackingSession::everyStepIsStored_data()
{
    StorageBackends::addBackendColumn();
}

void tst_PackingSession::everyStepIsStored()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, backend));
    PackingSession &s = *f.session;
    QSignalSpy changed(&s, &PackingSession::changed);
    QSignalSpy findingsChanged(&s, &PackingSession::findingsChanged);
    const QList<std::function<PackingResult()>> steps {
        [&] { return s.addPallet(); },
        [&] { return s.addCarton(s.shipment()->lines()[0]->id()); },
        [&] {
            return s.addItem(s.shipment()->lines()[0]->child(0)->id(), QStringLiteral("PO-A"),
                             QStringLiteral("ACM-1"), 4);
        },
        [&] { return s.splitLine(s.shipment()->lines()[0]->child(0)->child(0)->id(), 1); },
        [&] { return s.undo(); },
        [&] { return s.redo(); },
    };
    QString error;
    for (int i = 0; i < steps.size(); ++i) {
        const PackingResult result = steps[i]();
        QVERIFY2(result.ok(), qPrintable(result.message));
        // The process could die now: a new station reads exactly this.
        const auto stored = f.reopen(&error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(PackingFixture::json(*stored), PackingFixture::json(*s.shipment()));
        QCOMPARE(stored->version(), s.shipment()->version());
        QCOMPARE(stored->version(), qint64(i + 2)); // created at 1, one version per step
    }
    QCOMPARE(changed.count(), steps.size());
    QCOMPARE(findingsChanged.count(), steps.size());
    QCOMPARE(changed.last().first().toLongLong(), s.shipment()->version());
    // Each change is in the audit trail and leaves one coalesced push in the outbox.
    const auto audit = f.station->auditLog().entries(s.shipmentId(), &error);
    QVERIFY2(audit, qPrintable(error));
    QVERIFY(audit->size() >= size_t(steps.size()));
    QCOMPARE(audit->back().user, QStringLiteral("anna"));
    QCOMPARE(audit->back().station, QStringLiteral("dock-1"));
    QCOMPARE(f.station->outbox().pendingCount(OutboxSubject::Shipment, &error), qint64(1));
}

void tst_PackingSession::deleteVoidsSscc_data()
{
    StorageBackends::addBackendColumn();
}

void tst_PackingSession::deleteVoidsSscc()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, backend));
    Layout l;
    QVERIFY(build(f, &l));
    PackingSession &s = *f.session;
    const QString old = s.shipment()->node(l.carton1)->line().identifierValue;
    QSignalSpy notices(&s, &PackingSession::notice);

    QVERIFY(s.deleteNodes({ l.carton1 }, QStringLiteral("crushed")).ok());
    auto entry = f.station->ledger().entry(old);
    QVERIFY(entry);
    QCOMPARE(entry->state, SsccState::Voided);
    QCOMPARE(entry->voidReason, QStringLiteral("crushed"));

    QVERIFY(s.undo().ok());
    const QString renewed = s.shipment()->node(l.carton1)->line().identifierValue;
    QVERIFY(renewed != old);
    QVERIFY(Sscc::fromString(renewed).isValid());
    QCOMPARE(f.station->ledger().entry(old)->state, SsccState::Voided);
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.first().first().toString().contains(old));
    QVERIFY(notices.first().first().toString().contains(renewed));

    // Redo voids the new SSCC too; a voided SSCC never comes back.
    QVERIFY(s.redo().ok());
    QCOMPARE(f.station->ledger().entry(renewed)->state, SsccState::Voided);
    QVERIFY(!s.shipment()->node(l.carton1));

    // Deleting needs a reason when an SSCC is voided.
    const PackingResult noReason = s.deleteNodes({ l.carton2 }, QString());
    QCOMPARE(noReason.status, PackingResult::Status::Refused);
    QVERIFY(s.shipment()->node(l.carton2));
}

void tst_PackingSession::undoOfAddKeepsSscc_data()
{
    StorageBackends::addBackendColumn();
}

void tst_PackingSession::undoOfAddKeepsSscc()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, backend));
    PackingSession &s = *f.session;
    const PackingResult pallet = s.addPallet();
    QVERIFY(pallet.ok());
    const PackingResult carton = s.addCarton(pallet.node);
    QVERIFY(carton.ok());
    const QString sscc = s.shipment()->node(carton.node)->line().identifierValue;
    QCOMPARE(f.station->ledger().entry(sscc)->state, SsccState::Allocated);
    QVERIFY(s.undo().ok());
    QVERIFY(!s.shipment()->node(carton.node));
    QCOMPARE(f.station->ledger().entry(sscc)->state, SsccState::Allocated);
    QVERIFY(s.redo().ok());
    QCOMPARE(s.shipment()->node(carton.node)->line().identifierValue, sscc);
    // A new carton never gets it again.
    const PackingResult next = s.addCarton(pallet.node);
    QVERIFY(next.ok());
    QVERIFY(s.shipment()->node(next.node)->line().identifierValue != sscc);
    // A pre-printed label: recorded external.
    const QString external = Sscc::compose(5, PackingFixture::companyPrefix(), 4242).digits();
    const PackingResult pre = s.addCarton(pallet.node, external);
    QVERIFY2(pre.ok(), qPrintable(pre.message));
    QVERIFY(f.station->ledger().entry(external)->external);
    const QString bad = external.left(17) + QString::number((external.right(1).toInt() + 1) % 10);
    QCOMPARE(s.addCarton(pallet.node, bad).status, PackingResult::Status::Refused);
}

void tst_PackingSession::relabelVoidsAndDraws_data()
{
    StorageBackends::addBackendColumn();
}

void tst_PackingSession::relabelVoidsAndDraws()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, backend));
    Layout l;
    QVERIFY(build(f, &l));
    PackingSession &s = *f.session;
    const QString old = s.shipment()->node(l.carton2)->line().identifierValue;
    const qint64 version = s.shipment()->version();
    const int commands = s.undoStack()->count();
    const int undoIndex = s.undoStack()->index();
    QSignalSpy notices(&s, &PackingSession::notice);

    // A reason is required, and only containers have labels; nothing changes when refused.
    QCOMPARE(s.relabel(l.carton2, u"  "_s).status, PackingResult::Status::Refused);
    QCOMPARE(s.relabel(l.item3, u"torn"_s).status, PackingResult::Status::Refused);
    QCOMPARE(s.shipment()->version(), version);
    QCOMPARE(f.station->ledger().entry(old)->state, SsccState::Allocated);

    const PackingResult result = s.relabel(l.carton2, u"label torn"_s);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.node, l.carton2);
    QCOMPARE(s.shipment()->version(), version + 1);

    // The old SSCC voided with the reason, the new one drawn for this node with the profile's
    // extension digit and company prefix.
    const auto voided = f.station->ledger().entry(old);
    QVERIFY(voided);
    QCOMPARE(voided->state, SsccState::Voided);
    QCOMPARE(voided->voidReason, u"label torn"_s);
    const QString renewed = s.shipment()->node(l.carton2)->line().identifierValue;
    QVERIFY(renewed != old);
    const Sscc sscc = Sscc::fromString(renewed);
    QVERIFY(sscc.isValid());
    QCOMPARE(sscc.extensionDigit(), 0);
    QCOMPARE(renewed.mid(1, PackingFixture::companyPrefix().size()),
             PackingFixture::companyPrefix());
    const auto drawn = f.station->ledger().entry(renewed);
    QVERIFY(drawn);
    QCOMPARE(drawn->state, SsccState::Allocated);
    QCOMPARE(drawn->nodeId, std::optional<qint64>(l.carton2));
    QCOMPARE(drawn->shipmentId, std::optional<qint64>(s.shipmentId()));
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.first().first().toString().contains(renewed));

    // Not undoable: the stack is as before, and undo reaches the step before the relabel.
    QCOMPARE(s.undoStack()->count(), commands);
    QCOMPARE(s.undoStack()->index(), undoIndex);

    // One audit entry with the old and the new SSCC.
    QString error;
    const auto audit = f.station->auditLog().entries(s.shipmentId(), &error);
    QVERIFY2(audit, qPrintable(error));
    const AuditEntry &last = audit->back();
    QCOMPARE(last.action, u"label.relabel"_s);
    QCOMPARE(last.nodeId, std::optional<qint64>(l.carton2));
    QCOMPARE(last.before, old);
    QCOMPARE(last.sscc, renewed);
    QVERIFY(last.after.contains(renewed));

    // The sscc rules pass on the relabelled tree.
    for (const Finding &finding : s.findings())
        QVERIFY2(!finding.rule.startsWith(u"sscc."_s), qPrintable(finding.message));
    for (const Finding &finding : Validator::validateOnce(*s.shipment(), s.validator().context()))
        QVERIFY2(!finding.rule.startsWith(u"sscc."_s), qPrintable(finding.message));

    // A fresh station reads the same tree and version.
    const auto stored = f.reopen(&error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(PackingFixture::json(*stored), PackingFixture::json(*s.shipment()));
    QCOMPARE(stored->version(), s.shipment()->version());

    // Undo of the step before (adding the loose carton's item) leaves the new SSCC alone.
    QVERIFY(s.undo().ok());
    QCOMPARE(s.shipment()->node(l.carton2)->line().identifierValue, renewed);
    QCOMPARE(f.station->ledger().entry(old)->state, SsccState::Voided);
}

void tst_PackingSession::refusesWithoutCompanyPrefix()
{
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    f.station->setProfile(PackingFixture::profile(QStringLiteral("dock-1"), QString()));
    const int count = f.session->shipment()->nodeCount();
    const PackingResult result = f.session->addPallet();
    QCOMPARE(result.status, PackingResult::Status::Refused);
    QVERIFY(result.message.contains(QLatin1String("company prefix")));
    QCOMPARE(f.session->shipment()->nodeCount(), count);
    QCOMPARE(f.session->undoStack()->count(), 0);
}

void tst_PackingSession::refusesBadActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("rule");
    QTest::newRow("item of another FC")
        << QStringLiteral("po of another fc") << QStringLiteral("po.ship-to");
    QTest::newRow("more units than accepted")
        << QStringLiteral("over-packed") << QStringLiteral("po.over-packed");
    QTest::newRow("pallet into a carton")
        << QStringLiteral("pallet into carton") << QStringLiteral("nesting.pallet");
    QTest::newRow("item at the top level")
        << QStringLiteral("item top") << QStringLiteral("nesting.item-top");
    QTest::newRow("unpack a loose carton's items to the top")
        << QStringLiteral("unpack loose") << QStringLiteral("nesting.item-top");
    QTest::newRow("quantity beyond the accepted units")
        << QStringLiteral("quantity") << QStringLiteral("po.over-packed");
}

void tst_PackingSession::refusesBadActions()
{
    QFETCH(QString, action);
    QFETCH(QString, rule);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    Layout l;
    QVERIFY(build(f, &l));
    PackingSession &s = *f.session;
    const QByteArray before = PackingFixture::json(*s.shipment());
    const qint64 version = s.shipment()->version();
    const int commands = s.undoStack()->count();
    PackingResult result;
    if (action == QLatin1String("po of another fc"))
        result = s.addItem(l.carton1, QStringLiteral("PO-X"), QStringLiteral("ACM-1"), 1);
    else if (action == QLatin1String("over-packed"))
        result = s.addItem(l.carton1, QStringLiteral("PO-A"), QStringLiteral("ACM-1"), 13);
    else if (action == QLatin1String("pallet into carton"))
        result = s.moveNodes({ l.pallet }, l.loose);
    else if (action == QLatin1String("item top"))
        result = s.moveNodes({ l.item1 }, 0);
    else if (action == QLatin1String("unpack loose"))
        result = s.unpack(l.loose, QStringLiteral("why not"));
    else if (action == QLatin1String("quantity"))
        result = s.setQuantity(l.item3, 16);
    QCOMPARE(result.status, PackingResult::Status::Refused);
    QCOMPARE(result.rule, rule);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(PackingFixture::json(*s.shipment()), before);
    QCOMPARE(s.shipment()->version(), version);
    QCOMPARE(s.undoStack()->count(), commands);
}

void tst_PackingSession::conflictReloads_data()
{
    StorageBackends::addBackendColumn();
}

void tst_PackingSession::conflictReloads()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, backend));
    Layout l;
    QVERIFY(build(f, &l));
    PackingSession &s = *f.session;

    // Another window at the same station (the lease is this station's) stores a change.
    QString error;
    auto other
        = Station::open(f.settings, PackingFixture::profile(QStringLiteral("dock-1")), &error);
    QVERIFY2(other, qPrintable(error));
    auto theirs = other->shipments().load(s.shipmentId());
    QVERIFY(theirs);
    ShipmentNode *item = theirs->node(l.item3);
    item->line().lotNo = QStringLiteral("LOT-7");
    ShipmentChangeSet changes;
    changes.upsert(item);
    AuditEntry audit;
    audit.user = QStringLiteral("sam");
    audit.station = QStringLiteral("dock-1");
    audit.action = QStringLiteral("node.edit");
    ShipmentRepository::Error repoError;
    const auto theirVersion
        = other->shipments().apply(s.shipmentId(), theirs->version(), changes, audit, &repoError);
    QVERIFY2(theirVersion, qPrintable(repoError.message));

    QSignalSpy reloaded(&s, &PackingSession::reloaded);
    QSignalSpy failed(&s, &PackingSession::actionFailed);
    const PackingResult result = s.addCarton(l.pallet);
    QCOMPARE(result.status, PackingResult::Status::Conflict);
    QVERIFY(result.message.contains(QLatin1String("dock-1")));
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(failed.count(), 1);
    // Nothing lost: the other station's change is here, ours was not half-applied.
    QCOMPARE(s.shipment()->version(), *theirVersion);
    QCOMPARE(s.shipment()->node(l.item3)->line().lotNo, QStringLiteral("LOT-7"));
    QCOMPARE(s.shipment()->node(l.pallet)->childCount(), 2);
    QCOMPARE(s.undoStack()->count(), 0);
    const auto stored = f.reopen(&error);
    QVERIFY(stored);
    QCOMPARE(PackingFixture::json(*stored), PackingFixture::json(*s.shipment()));
    // And the next action works on the reloaded tree.
    QVERIFY(s.addCarton(l.pallet).ok());
    QCOMPARE(s.shipment()->version(), *theirVersion + 1);
}

void tst_PackingSession::readOnlyWhileLeased_data()
{
    StorageBackends::addBackendColumn();
}

void tst_PackingSession::readOnlyWhileLeased()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, backend));
    Layout l;
    QVERIFY(build(f, &l));
    QVERIFY(!f.session->isReadOnly());

    QString error;
    auto other
        = Station::open(f.settings, PackingFixture::profile(QStringLiteral("dock-2")), &error);
    QVERIFY2(other, qPrintable(error));
    PackingSession second(*other);
    QAbstractItemModelTester tester(second.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(second.open(f.session->shipmentId()).ok());
    QVERIFY(second.isReadOnly());
    QVERIFY(second.readOnlyReason().contains(QLatin1String("dock-1")));
    const PackingResult refused = second.addCarton(l.pallet);
    QCOMPARE(refused.status, PackingResult::Status::Refused);
    QVERIFY(refused.message.contains(QLatin1String("dock-1")));
    QMimeData *data = second.model()->mimeData({ second.model()->indexForId(l.loose) });
    QVERIFY(data);
    QVERIFY(!second.model()->canDropMimeData(data, Qt::MoveAction, -1, 0,
                                             second.model()->indexForId(l.pallet)));
    QVERIFY(second.model()->lastRefusal().contains(QLatin1String("dock-1")));
    delete data;

    // Only a supervisor may take a shipment over.
    const PackingResult notAllowed = second.takeOver();
    QVERIFY(!notAllowed.ok());
    QVERIFY2(!notAllowed.message.isEmpty(), "a refused take-over says why");
    const QString now = Database::nowStoredTime();
    QVERIFY(other->database().exec(
        QStringLiteral("INSERT INTO users (name, role, created_at, updated_at) "
                       "VALUES (?, 'supervisor', ?, ?)"),
        { other->profile().userName, now, now }));

    // A supervisor at dock-2 takes it over: dock-2 packs, dock-1 learns it at its next renewal.
    QVERIFY(second.takeOver().ok());
    QVERIFY(!second.isReadOnly());
    QVERIFY(second.addCarton(l.pallet).ok());
    // dock-1 acts before its renewal notices: refused, reloaded read-only, nothing half-done.
    QSignalSpy readOnly(f.session.get(), &PackingSession::readOnlyChanged);
    const qint64 before = f.session->shipment()->version();
    const PackingResult lost = f.session->addPallet();
    QCOMPARE(lost.status, PackingResult::Status::Conflict);
    QVERIFY(lost.message.contains(QLatin1String("dock-2")));
    QVERIFY(f.session->isReadOnly());
    QCOMPARE(readOnly.count(), 1);
    QCOMPARE(f.session->shipment()->version(), before + 1); // reloaded: dock-2's carton is in
    QCOMPARE(f.session->renewLease().status, PackingResult::Status::Refused);
    QVERIFY(f.session->readOnlyReason().contains(QLatin1String("dock-2")));
    QCOMPARE(f.session->addPallet().status, PackingResult::Status::Refused);
    second.close();

    // When dock-1 closes the shipment, dock-2 may open it for packing.
    const qint64 id = f.session->shipmentId();
    f.session->close();
    QVERIFY(second.open(id).ok());
    QVERIFY(!second.isReadOnly());
    QVERIFY(second.addCarton(l.pallet).ok());
}

void tst_PackingSession::lockedDatabaseChangesNothing()
{
    // SQLite: another writer holds the lock past the busy timeout.
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    Layout l;
    QVERIFY(build(f, &l));
    PackingSession &s = *f.session;
    DatabaseSettings settings = f.settings;
    settings.busyTimeoutMs = 50;
    QString error;
    auto blocker = Database::open(settings, &error);
    QVERIFY2(blocker, qPrintable(error));
    QVERIFY(blocker->execDirect(QStringLiteral("BEGIN IMMEDIATE"), &error));
    f.station->database().execDirect(QStringLiteral("PRAGMA busy_timeout = 50"));

    const QByteArray before = PackingFixture::json(*s.shipment());
    const qint64 version = s.shipment()->version();
    const int commands = s.undoStack()->count();
    QSignalSpy failed(&s, &PackingSession::actionFailed);
    const PackingResult result = s.moveNodes({ l.loose }, l.pallet);
    QCOMPARE(result.status, PackingResult::Status::Failed);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(PackingFixture::json(*s.shipment()), before);
    QCOMPARE(s.shipment()->version(), version);
    QCOMPARE(s.undoStack()->count(), commands);

    // An undo that cannot be saved changes nothing either; the history, which no longer matches,
    // is cleared.
    const PackingResult undone = s.undo();
    QCOMPARE(undone.status, PackingResult::Status::Failed);
    QCOMPARE(PackingFixture::json(*s.shipment()), before);
    QCOMPARE(s.shipment()->version(), version);
    QCOMPARE(s.undoStack()->count(), 0);

    QVERIFY(blocker->execDirect(QStringLiteral("ROLLBACK"), &error));
    QVERIFY(s.moveNodes({ l.loose }, l.pallet).ok());
    const auto stored = f.reopen(&error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(PackingFixture::json(*stored), PackingFixture::json(*s.shipment()));
}

void tst_PackingSession::liveTotals()
{
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    Layout l;
    QVERIFY(build(f, &l));
    PackingSession &s = *f.session;
    QCOMPARE(s.totals(l.carton1).units, qint64(5 + 12));
    QCOMPARE(s.totals(l.pallet).units, qint64(5 + 12 + 3));
    QCOMPARE(s.totals(l.pallet).cartons, 2);
    QCOMPARE(s.totals(0).units, qint64(5 + 12 + 3 + 1));
    QCOMPARE(s.poLineFill(QStringLiteral("PO-A"), QStringLiteral("ACM-1")).packedUnits, qint64(8));
    QCOMPARE(s.poLineFill(QStringLiteral("PO-A"), QStringLiteral("ACM-1")).acceptedUnits,
             qint64(20));
    QCOMPARE(s.poLineFill(QStringLiteral("PO-A"), QStringLiteral("ACM-2")).packedUnits, qint64(12));
    // Only this FC's lines are offered.
    for (const auto &fill : s.poLines())
        QVERIFY(fill.purchaseOrderNo != QLatin1String("PO-X"));
    ShipmentTreeModel *model = s.model();
    const QModelIndex pallet = model->indexForId(l.pallet);
    QCOMPARE(model->data(pallet, ShipmentTreeModel::NodeUnitsRole).toLongLong(), qint64(20));
    QCOMPARE(model->data(pallet, ShipmentTreeModel::NodeCartonCountRole).toInt(), 2);
    QCOMPARE(model->data(pallet, ShipmentTreeModel::NodeIdRole).toUInt(), l.pallet);

    QVERIFY(s.moveNodes({ l.item3 }, l.carton1).ok());
    QCOMPARE(s.totals(l.carton1).units, qint64(20));
    QCOMPARE(s.totals(l.carton2).units, qint64(0));
    // An empty carton is an error, shown on the node.
    QCOMPARE(model->data(model->indexForId(l.carton2), ShipmentTreeModel::NodeSeverityRole).toInt(),
             int(Severity::Error));
}

void tst_PackingSession::createNumbersShipments()
{
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    const QString prefix = QStringLiteral("VP-dock-1-")
        + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');
    const ShipmentHeader first = f.session->shipment()->header();
    QCOMPARE(first.merchantShipmentNo, prefix + QLatin1Char('1'));
    QCOMPARE(first.shipToPartyId, PackingFixture::fc());
    QCOMPARE(first.sellingPartyId, QStringLiteral("ACME1"));
    QCOMPARE(first.shipFromPartyId, QStringLiteral("ACME1"));
    PackingSession::NewShipment options;
    options.shipToPartyId = PackingFixture::fc();
    QVERIFY(f.session->create(options).ok());
    QCOMPARE(f.session->shipment()->header().merchantShipmentNo, prefix + QLatin1Char('2'));
    options.merchantShipmentNo = QStringLiteral("ASN-77");
    QVERIFY(f.session->create(options).ok());
    QCOMPARE(f.session->shipment()->header().merchantShipmentNo, QStringLiteral("ASN-77"));
    // The same number again is refused, and says so.
    const PackingResult again = f.session->create(options);
    QVERIFY(!again.ok());
    QVERIFY(!again.message.isEmpty());
    options.shipToPartyId.clear();
    QCOMPARE(f.session->create(options).status, PackingResult::Status::Refused);
}

void tst_PackingSession::typingMergesIntoOneStep()
{
    PackingFixture f;
    QVERIFY(f.setUp(m_backends, StorageBackends::sqlite()));
    Layout l;
    QVERIFY(build(f, &l));
    PackingSession &s = *f.session;
    const int commands = s.undoStack()->count();
    QVERIFY(s.setLotNo(l.item1, QStringLiteral("L")).ok());
    QVERIFY(s.setLotNo(l.item1, QStringLiteral("LO")).ok());
    QVERIFY(s.setLotNo(l.item1, QStringLiteral("LOT")).ok());
    QCOMPARE(s.undoStack()->count(), commands + 1);
    QVERIFY(s.undo().ok());
    QVERIFY(s.shipment()->node(l.item1)->line().lotNo.isEmpty());
    QVERIFY(s.redo().ok());
    QCOMPARE(s.shipment()->node(l.item1)->line().lotNo, QStringLiteral("LOT"));
}

QTEST_GUILESS_MAIN(tst_PackingSession)
#include "tst_packingsession.moc"
