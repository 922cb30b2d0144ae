// SPDX-License-Identifier: GPL-3.0-or-later
// The packing page through its real widgets on a real SQLite station: a scripted packing session
// (scans into the scan bar, PO lines dragged in through the MIME API, cartons closed through the
// dialog, a pallet) that ends in a shipment the validator passes; refused drops reported in the
// status bar; undo all and redo all; the scan bar getting the focus back; a restart after a crash.
#include "ui/closecartondialog.h"
#include "ui/packingheaderform.h"
#include "ui/packingpage.h"
#include "ui/packingshipmentbar.h"
#include "ui/polinesfiltermodel.h"
#include "ui/polinesmodel.h"
#include "ui/polinespanel.h"
#include "ui/propertiespanel.h"
#include "ui/reasondialog.h"
#include "ui/scanbar.h"
#include "ui/shipmentview.h"
#include "ui/validationfindingsmodel.h"
#include "ui/validationpanel.h"

#include "core/shipmentjson.h"
#include "core/sscc.h"
#include "core/validator.h"
#include "packing/packingsession.h"
#include "packing/scancontroller.h"
#include "packing/shipmenttreemodel.h"
#include "packing/station.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/purchaseorderrepository.h"
#include "storage/shipmentrepository.h"
#include "storage/ssccledger.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace VendorPack;
using namespace Qt::StringLiterals;

namespace {

const QString kFc = u"ABE8"_s;
const QString kPrefix = u"0614141"_s;

StationProfile profile()
{
    StationProfile profile;
    profile.stationName = u"dock-1"_s;
    profile.userName = u"anna"_s;
    profile.channelId = 1;
    profile.companyPrefix = kPrefix;
    profile.extensionDigit = 0;
    profile.shipFromPartyId = u"ACME1"_s;
    profile.weightUnit = WeightUnit::Kilograms;
    profile.lengthUnit = LengthUnit::Inches;
    CartonType small;
    small.name = u"Small 12x10x8"_s;
    small.dimensions.length = 12;
    small.dimensions.width = 10;
    small.dimensions.height = 8;
    small.dimensions.unit = LengthUnit::Inches;
    profile.cartonTypes.append(small);
    return profile;
}

PurchaseOrderLine poLine(const QString &sku, qint64 quantity, qint64 caseSize = 1)
{
    PurchaseOrderLine line;
    line.channelOrderLineNo = sku;
    line.merchantProductNo = sku;
    line.channelProductNo = u"B0"_s + sku;
    line.quantity = quantity;
    line.unitOfMeasure = caseSize > 1 ? QuantityUnit::Cases : QuantityUnit::Eaches;
    line.unitSize = caseSize;
    return line;
}

PurchaseOrder order(const QString &number, const QString &fc, QList<PurchaseOrderLine> lines,
                    PurchaseOrderStatus status = PurchaseOrderStatus::New)
{
    PurchaseOrder po;
    po.channelId = 1;
    po.channelPurchaseOrderNo = number;
    po.status = status;
    po.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
    po.fromShipDate = QDateTime::currentDateTimeUtc().addDays(-2);
    po.toShipDate = QDateTime::currentDateTimeUtc().addDays(5);
    po.shipToParty.partyId = fc;
    po.shipToParty.countryCode = u"DE"_s;
    po.sellingParty.partyId = u"ACME1"_s;
    po.lines = std::move(lines);
    return po;
}

QList<PurchaseOrder> orders(PurchaseOrderStatus statusOfA = PurchaseOrderStatus::New)
{
    return { order(u"PO-A"_s, kFc, { poLine(u"ACM-1"_s, 20), poLine(u"ACM-2"_s, 4, 6) }, statusOfA),
             order(u"PO-B"_s, kFc, { poLine(u"ACM-3"_s, 5) }),
             order(u"PO-X"_s, u"XYZ1"_s, { poLine(u"ACM-1"_s, 10) }) };
}

// Runs `fill` on the next modal dialog of type T as soon as it shows (polling, so that it works
// whether the dialog opens at once or from a queued call).
template<typename T>
void onDialog(std::function<void(T *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, fill] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Fills the close-carton dialog by keyboard: a weight, the profile's carton type, Return.
void closeWithSmallCarton(const QString &weight)
{
    onDialog<CloseCartonDialog>([weight](CloseCartonDialog *dialog) {
        dialog->cartonTypeCombo()->setCurrentIndex(1);
        dialog->weightEdit()->setFocus();
        dialog->weightEdit()->selectAll();
        QTest::keyClicks(dialog->weightEdit(), weight);
        QTest::keyClick(dialog->weightEdit(), Qt::Key_Return);
        if (dialog->isVisible()) // Return did not reach the default button
            dialog->accept();
    });
}

} // namespace

class tst_PackingPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void packsAValidShipment();
    void refusedDropsSayWhy_data();
    void refusedDropsSayWhy();
    void undoAllAndRedoAll();
    void partialMoveAsksQuantity();
    void headerEditsAreOneStepPerField();
    void deleteAsksReasonAndVoids();
    void offersExistingShipmentForFc();
    void cancelledOrderIsAnAlert();
    void restartAfterCrashShowsSameTree();
    void undoByKeyboardFromScanBar();
    void findingSelectsItsNode();
    void readOnlyAtAnotherStation();
    void poLineDropThroughViewAsksCases();
    void refusedDragThroughViewSaysWhyEachTime();
    void conflictReloadsKeepingExpandedState();
    void propertyTypingIsOneUndoStep();
    void splitMergeAndUnpackThroughActions();

private:
    bool openStation();
    // Enter, move and drop as a real drag delivers them to the tree's viewport.
    static bool dragTo(ShipmentView *view, QMimeData *data, const QPoint &at, bool drop);
    void makePage();
    void scan(const QString &text);
    NodeId node(const QString &sscc) const;
    void buildSmallShipment();

    QTemporaryDir m_dir;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<PackingPage> m_page;
    std::unique_ptr<QSignalSpy> m_status;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
    NodeId m_pallet = 0;
    NodeId m_carton1 = 0;
    NodeId m_carton2 = 0;
};

bool tst_PackingPage::openStation()
{
    QString error;
    m_station = Station::open(DatabaseSettings::sqlite(m_dir.filePath(u"station.sqlite"_s)),
                              profile(), &error);
    if (!m_station) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void tst_PackingPage::makePage()
{
    m_page = std::make_unique<PackingPage>(*m_station);
    m_status = std::make_unique<QSignalSpy>(m_page.get(), &PackingPage::statusMessage);
    m_testers.clear();
    const auto test = [this](QAbstractItemModel *model) {
        m_testers.push_back(std::make_shared<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    };
    test(m_page->poLinesPanel()->model());
    test(m_page->poLinesPanel()->filterModel());
    test(m_page->shipmentView()->model());
    test(m_page->validationPanel()->model());
    m_page->resize(1366, 768);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void tst_PackingPage::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(u"station.sqlite"_s));
    QVERIFY(openStation());
    QString error;
    QVERIFY2(m_station->ledger().configureRange(kPrefix, 0, 1, 99999, &error), qPrintable(error));
    QVERIFY2(m_station->purchaseOrders().upsert(orders(), &error), qPrintable(error));
    // Everything accepted, except PO-B which is not acknowledged yet.
    Acknowledgement all;
    all.code = AcknowledgementCode::Accepted;
    all.quantity = 20;
    Acknowledgement cases = all;
    cases.quantity = 4;
    QVERIFY2(m_station->purchaseOrders().saveAcknowledgements(
                 u"PO-A"_s, { { 0, { all } }, { 1, { cases } } }, u"anna"_s, u"dock-1"_s, &error),
             qPrintable(error));
    QByteArray csv("sku,gtin,description,case pack\n"
                   "ACM-1,4006381333931|14006381333938,Widget,12\n"
                   "ACM-2,0614141000012|10614141000019,Gadget,6\n"
                   "ACM-3,,Gizmo,\n");
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ProductImportReport report;
    QVERIFY2(m_station->products().importCsv(buffer, &report), qPrintable(report.error));
    makePage();
}

void tst_PackingPage::cleanup()
{
    m_testers.clear();
    m_status.reset();
    m_page.reset();
    m_station.reset();
}

void tst_PackingPage::scan(const QString &text)
{
    QLineEdit *input = m_page->scanBar()->input();
    QTRY_COMPARE(m_page->focusWidget(), input);
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
    QCoreApplication::processEvents();
}

NodeId tst_PackingPage::node(const QString &sscc) const
{
    NodeId found = 0;
    m_page->session().shipment()->root()->forEach([&](const ShipmentNode *n) {
        if (n->line().identifierValue == sscc)
            found = n->id();
    });
    return found;
}

// A pallet with carton 1 (3 x ACM-1 scanned by GTIN and SKU); carton 2 on the pallet too.
void tst_PackingPage::buildSmallShipment()
{
    m_page->newShipmentFor({ u"PO-A"_s });
    QVERIFY(m_page->session().isOpen());
    m_page->action(PackingPage::Action::NewPallet)->trigger();
    m_pallet = m_page->scanController().target();
    QVERIFY(m_pallet);
    m_page->action(PackingPage::Action::NewCarton)->trigger();
    m_carton1 = m_page->scanController().target();
    QVERIFY(m_carton1 != m_pallet);
    QCOMPARE(m_page->session().shipment()->node(m_carton1)->parent()->id(), m_pallet);
    scan(u"4006381333931"_s);
    scan(u"ACM-1"_s);
    scan(u"ACM-1"_s);
    QVERIFY2(m_page->scanBar()->lastResultOk(), qPrintable(m_page->scanBar()->resultText()));
    m_page->shipmentView()->selectNode(m_pallet);
    m_page->action(PackingPage::Action::NewCarton)->trigger();
    m_carton2 = m_page->scanController().target();
    QVERIFY(m_carton2 && m_carton2 != m_carton1);
    QCoreApplication::processEvents();
}

void tst_PackingPage::packsAValidShipment()
{
    PackingSession &session = m_page->session();
    QSignalSpy changed(m_page.get(), &PackingPage::shipmentChanged);
    buildSmallShipment();
    QVERIFY(!changed.isEmpty());
    QVERIFY(m_page->scanBar()->targetText().contains(u"Carton"_s));
    QVERIFY(m_page->scanBar()->targetText().contains(u"0614141"_s));

    // Carton 2: a case GTIN adds 6 units of ACM-2 (cases of 6), and ACM-3 of PO-B by SKU.
    scan(u"10614141000019"_s);
    QVERIFY2(m_page->scanBar()->lastResultOk(), qPrintable(m_page->scanBar()->resultText()));
    scan(u"ACM-3"_s);
    QVERIFY2(m_page->scanBar()->lastResultOk(), qPrintable(m_page->scanBar()->resultText()));

    // An unknown code is a clear message, not a silent no-op.
    scan(u"NOPE-42"_s);
    QVERIFY(!m_page->scanBar()->lastResultOk());
    QVERIFY(!m_page->scanBar()->resultText().isEmpty());

    // A pre-printed label: scanning an external SSCC makes a loose carton and targets it.
    const Sscc external = Sscc::compose(0, kPrefix, 77777);
    scan(external.digits());
    QVERIFY2(m_page->scanBar()->lastResultOk(), qPrintable(m_page->scanBar()->resultText()));
    const NodeId loose = node(external.digits());
    QVERIFY(loose);
    QCOMPARE(m_page->scanController().target(), loose);
    QVERIFY(session.shipment()->node(loose)->parent()->isRoot());

    // Drag the rest of ACM-1 (17 of 20) from the PO lines into the loose carton (MIME API).
    PoLinesModel *lines = m_page->poLinesPanel()->model();
    QCoreApplication::processEvents();
    int row = -1;
    for (int r = 0; r < lines->rowCount(); ++r) {
        if (lines->line(r).purchaseOrderNo == u"PO-A"_s && lines->line(r).sku == u"ACM-1"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    // The whole-shipment panels follow a moment after the change.
    QTRY_COMPARE(lines->data(lines->index(row, PoLinesModel::PackedColumn)).toLongLong(), 3);
    QCOMPARE(lines->data(lines->index(row, PoLinesModel::RemainingColumn)).toLongLong(), 17);
    std::unique_ptr<QMimeData> drag(lines->mimeData({ lines->index(row, 0) }));
    QVERIFY(drag);
    ShipmentTreeModel *tree = session.model();
    const QModelIndex looseIndex = tree->indexForId(loose);
    QVERIFY(tree->canDropMimeData(drag.get(), Qt::CopyAction, -1, 0, looseIndex));
    QVERIFY(tree->dropMimeData(drag.get(), Qt::CopyAction, -1, 0, looseIndex));
    QCoreApplication::processEvents();
    QTRY_COMPARE(lines->data(lines->index(row, PoLinesModel::RemainingColumn)).toLongLong(), 0);
    // Fully packed lines are hidden by the default filter.
    const auto *filter = m_page->poLinesPanel()->filterModel();
    for (int r = 0; r < filter->rowCount(); ++r)
        QVERIFY(filter->index(r, 0).data(PoLinesModel::RemainingUnitsRole).toLongLong() > 0);

    // Close the three cartons through the dialog: by the action, and by scanning the target again.
    for (NodeId carton : { m_carton1, m_carton2 }) {
        m_page->shipmentView()->selectNode(carton);
        closeWithSmallCarton(u"4.5"_s);
        m_page->action(PackingPage::Action::CloseCarton)->trigger();
        const ShipmentLine &line = session.shipment()->node(carton)->line();
        QVERIFY(line.weight.isComplete());
        QCOMPARE(*line.weight.value, 4.5);
        QCOMPARE(line.weight.unit, WeightUnit::Kilograms);
        QCOMPARE(*line.dimensions.length, 12.0);
    }
    closeWithSmallCarton(u"7"_s);
    scan(external.digits()); // the target again: released, and the close dialog opens
    QTRY_VERIFY(session.shipment()->node(loose)->line().weight.isComplete());
    QCOMPARE(m_page->scanController().target(), NodeId(0));

    // The loose carton onto the pallet, by the tree's MIME API.
    std::unique_ptr<QMimeData> move(tree->mimeData({ tree->indexForId(loose) }));
    QVERIFY(tree->canDropMimeData(move.get(), Qt::MoveAction, -1, 0, tree->indexForId(m_pallet)));
    QVERIFY(!tree->dropMimeData(move.get(), Qt::MoveAction, -1, 0, tree->indexForId(m_pallet)));
    QCOMPARE(session.shipment()->node(loose)->parent()->id(), m_pallet);

    // The pallet's layers through the properties panel.
    m_page->shipmentView()->selectNode(m_pallet);
    QCoreApplication::processEvents();
    PropertiesPanel *properties = m_page->propertiesPanel();
    QCOMPARE(properties->node(), m_pallet);
    properties->layersEdit()->setValue(1);
    properties->itemsPerLayerEdit()->setValue(3);
    QCOMPARE(session.shipment()->node(m_pallet)->line().layersPerPallet, std::optional<qint64>(1));
    QCOMPARE(session.shipment()->node(m_pallet)->line().itemsPerLayer, std::optional<qint64>(3));

    // The focus is back in the scan bar after the actions and dialogs.
    m_page->action(PackingPage::Action::ExpandAll)->trigger();
    QTRY_COMPARE(m_page->focusWidget(), m_page->scanBar()->input());

    // The shipment's JSON passes the core validator with no errors (with the orders).
    QCoreApplication::processEvents();
    const QByteArray json = ShipmentJson::write(*session.shipment());
    ShipmentDocument document = ShipmentJson::read(json);
    QVERIFY(document.isReadable());
    QVERIFY(document.findings.isEmpty());
    RuleContext context;
    context.orders = &session.orderBook();
    context.products = &m_station->products();
    const Findings findings = Validator::validateOnce(*document.shipment, context);
    for (const Finding &finding : findings)
        QVERIFY2(finding.severity != Severity::Error, qPrintable(finding.toText()));
    QCOMPARE(document.shipment->lines().size(), size_t(1));
    QCOMPARE(document.shipment->lines()[0]->childCount(), 3);
    QTRY_VERIFY2(m_page->validationPanel()->title().contains(u"Errors: 0"_s),
                 qPrintable(m_page->validationPanel()->title()));
    QCOMPARE(m_page->validationPanel()->model()->count(Severity::Error), 0);
    // PO-B is not acknowledged: a warning, and it is listed.
    QVERIFY(m_page->validationPanel()->model()->count(Severity::Warning) > 0);
}

void tst_PackingPage::refusedDropsSayWhy_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("onto");
    QTest::newRow("pallet into a carton") << u"pallet"_s << u"carton1"_s;
    QTest::newRow("item at the top level") << u"item"_s << u"top"_s;
    QTest::newRow("carton into a carton") << u"carton1"_s << u"carton2"_s;
}

void tst_PackingPage::refusedDropsSayWhy()
{
    QFETCH(QString, what);
    QFETCH(QString, onto);
    buildSmallShipment();
    PackingSession &session = m_page->session();
    const ShipmentNode *item = session.shipment()->node(m_carton1)->child(0);
    const QHash<QString, NodeId> nodes { { u"pallet"_s, m_pallet },
                                         { u"carton1"_s, m_carton1 },
                                         { u"carton2"_s, m_carton2 },
                                         { u"item"_s, item->id() },
                                         { u"top"_s, 0 } };
    ShipmentTreeModel *tree = session.model();
    const QByteArray before = ShipmentJson::write(*session.shipment());
    std::unique_ptr<QMimeData> data(tree->mimeData({ tree->indexForId(nodes[what]) }));
    QVERIFY(data);
    m_status->clear();
    const QModelIndex target = tree->indexForId(nodes[onto]);
    QVERIFY(!tree->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QVERIFY(!tree->lastRefusal().isEmpty());
    QVERIFY(!m_status->isEmpty());
    const QString message = m_status->last().at(0).toString();
    QVERIFY2(message.contains(tree->lastRefusal()), qPrintable(message));
    QVERIFY(!tree->dropMimeData(data.get(), Qt::MoveAction, -1, 0, target));
    QCOMPARE(ShipmentJson::write(*session.shipment()), before);
}

void tst_PackingPage::undoAllAndRedoAll()
{
    buildSmallShipment();
    PackingSession &session = m_page->session();
    scan(u"10614141000019"_s);
    m_page->shipmentView()->selectNode(session.shipment()->node(m_carton1)->child(0)->id());
    onDialog<QInputDialog>([](QInputDialog *dialog) {
        dialog->setIntValue(1);
        dialog->accept();
    });
    m_page->action(PackingPage::Action::SplitLine)->trigger();
    QCOMPARE(session.shipment()->node(m_carton1)->childCount(), 2);
    QCoreApplication::processEvents();
    const QByteArray built = ShipmentJson::write(*session.shipment());
    const int steps = m_page->undoStack()->count();
    QVERIFY(steps >= 7);
    QAction *undo = m_page->action(PackingPage::Action::Undo);
    QAction *redo = m_page->action(PackingPage::Action::Redo);
    for (int i = 0; i < steps; ++i) {
        QVERIFY2(undo->isEnabled(), qPrintable(QString::number(i)));
        undo->trigger();
        QCoreApplication::processEvents();
    }
    QVERIFY(!undo->isEnabled());
    QCOMPARE(session.model()->rowCount(), 0);
    QCOMPARE(m_page->shipmentView()->model()->rowCount(), 0);
    for (int i = 0; i < steps; ++i) {
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCoreApplication::processEvents();
    }
    QVERIFY(!redo->isEnabled());
    QCOMPARE(ShipmentJson::write(*session.shipment()), built);
    QTRY_COMPARE(m_page->focusWidget(), m_page->scanBar()->input());
}

void tst_PackingPage::partialMoveAsksQuantity()
{
    buildSmallShipment();
    PackingSession &session = m_page->session();
    ShipmentView *view = m_page->shipmentView();
    view->expandEverything();
    QCoreApplication::processEvents();
    const NodeId item = session.shipment()->node(m_carton1)->child(0)->id();
    QCOMPARE(session.shipment()->node(item)->line().quantity, std::optional<qint64>(3));
    qint64 asked = 0;
    view->setQuantityAsker([&asked](const QString &, qint64 available) {
        asked = available;
        return std::optional<qint64>(2);
    });
    std::unique_ptr<QMimeData> data(
        session.model()->mimeData({ session.model()->indexForId(item) }));
    const QPoint at = view->visualRect(view->indexOf(m_carton2)).center();
    // Enter, move and drop as a real drag delivers them (the enter makes the view the target).
    QDragEnterEvent enterEvent(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enterEvent);
    QDragMoveEvent moveEvent(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &moveEvent);
    QVERIFY(moveEvent.isAccepted());
    QDropEvent dropEvent(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &dropEvent);
    QCOMPARE(asked, 3);
    QCOMPARE(session.shipment()->node(item)->line().quantity, std::optional<qint64>(1));
    QCOMPARE(session.shipment()->node(m_carton2)->childCount(), 1);
    QCOMPARE(session.shipment()->node(m_carton2)->child(0)->line().quantity,
             std::optional<qint64>(2));
    QTRY_COMPARE(m_page->focusWidget(), m_page->scanBar()->input());
}

void tst_PackingPage::headerEditsAreOneStepPerField()
{
    m_page->newShipmentFor({ u"PO-A"_s });
    PackingSession &session = m_page->session();
    PackingHeaderForm *form = m_page->headerForm();
    const int before = m_page->undoStack()->count();
    form->carrierEdit()->setFocus();
    QTest::keyClicks(form->carrierEdit(), u"DHL Freight"_s);
    QCOMPARE(session.shipment()->header().carrierName, u"DHL Freight"_s);
    QCOMPARE(m_page->undoStack()->count(), before + 1);
    // A truck load needs a bill of lading: the finding shows beside that field.
    form->shipmentTypeCombo()->setCurrentIndex(
        form->shipmentTypeCombo()->findData(int(ShipmentType::LessThanTruckLoad)));
    emit form->shipmentTypeCombo()->activated(form->shipmentTypeCombo()->currentIndex());
    QCOMPARE(m_page->undoStack()->count(), before + 2);
    QTRY_VERIFY(!form->findingText(u"BillOfLadingNo"_s).isEmpty());
    form->billOfLadingEdit()->setFocus();
    QTest::keyClicks(form->billOfLadingEdit(), u"BOL-1"_s);
    QCOMPARE(m_page->undoStack()->count(), before + 3);
    QTRY_VERIFY(form->findingText(u"BillOfLadingNo"_s).isEmpty());
    // Typing in a header field keeps the focus there.
    QTest::qWait(20);
    QCOMPARE(m_page->focusWidget(), form->billOfLadingEdit());
    m_page->action(PackingPage::Action::Undo)->trigger();
    QCOMPARE(session.shipment()->header().billOfLadingNo, QString());
    QCOMPARE(session.shipment()->header().carrierName, u"DHL Freight"_s);
}

void tst_PackingPage::deleteAsksReasonAndVoids()
{
    buildSmallShipment();
    PackingSession &session = m_page->session();
    const QString sscc = session.shipment()->node(m_carton1)->line().identifierValue;
    m_page->shipmentView()->selectNode(m_carton1);
    QVERIFY(m_page->action(PackingPage::Action::Delete)->isEnabled());
    onDialog<ReasonDialog>([](ReasonDialog *dialog) {
        QTest::keyClicks(dialog->reasonEdit(), u"Label damaged"_s);
        dialog->accept();
    });
    m_page->action(PackingPage::Action::Delete)->trigger();
    QVERIFY(!session.shipment()->node(m_carton1));
    QString error;
    const auto entry = m_station->ledger().entry(sscc, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->state, SsccState::Voided);
    QTRY_COMPARE(m_page->focusWidget(), m_page->scanBar()->input());
}

void tst_PackingPage::offersExistingShipmentForFc()
{
    m_page->newShipmentFor({ u"PO-A"_s });
    const qint64 first = m_page->session().shipmentId();
    QVERIFY(first > 0);
    onDialog<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    m_page->newShipmentFor({ u"PO-B"_s });
    QCOMPARE(m_page->session().shipmentId(), first);
    onDialog<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::ActionRole)
                button->click();
        }
    });
    m_page->newShipmentFor({ u"PO-B"_s });
    QVERIFY(m_page->session().shipmentId() != first);
    QCOMPARE(m_page->session().shipment()->header().shipToPartyId, kFc);
    QCOMPARE(m_page->shipmentBar()->shipmentCombo()->count(), 3); // a prompt and two shipments
}

void tst_PackingPage::cancelledOrderIsAnAlert()
{
    buildSmallShipment();
    QString error;
    QVERIFY2(m_station->purchaseOrders().upsert(orders(PurchaseOrderStatus::Cancelled), &error),
             qPrintable(error));
    m_page->reloadOrders();
    QMessageBox *alert = nullptr;
    QTRY_VERIFY((alert = m_page->findChild<QMessageBox *>()) && alert->isVisible());
    QVERIFY2(alert->text().contains(u"PO-A"_s), qPrintable(alert->text()));
    QVERIFY(alert->isModal());
    alert->accept();
    QTRY_COMPARE(m_page->focusWidget(), m_page->scanBar()->input());
}

void tst_PackingPage::restartAfterCrashShowsSameTree()
{
    buildSmallShipment();
    scan(u"ACM-3"_s);
    const qint64 id = m_page->session().shipmentId();
    const qint64 version = m_page->session().shipment()->version();
    const QByteArray json = ShipmentJson::write(*m_page->session().shipment());
    const int rows = m_page->shipmentView()->model()->rowCount();
    m_testers.clear();
    m_status.reset();
    m_page.reset();
    m_station.reset();

    QVERIFY(openStation());
    makePage();
    m_page->openShipment(id);
    QVERIFY(m_page->session().isOpen());
    QVERIFY(!m_page->session().isReadOnly());
    QCOMPARE(m_page->session().shipment()->version(), version);
    QCOMPARE(ShipmentJson::write(*m_page->session().shipment()), json);
    QCOMPARE(m_page->shipmentView()->model()->rowCount(), rows);
    QVERIFY(m_page->shipmentBar()->summaryText().contains(QString::number(version)));
}

bool tst_PackingPage::dragTo(ShipmentView *view, QMimeData *data, const QPoint &at, bool drop)
{
    QDragEnterEvent enter(at, Qt::MoveAction | Qt::CopyAction, data, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction | Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    if (!move.isAccepted()) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(view->viewport(), &leave);
        return false;
    }
    if (drop) {
        QDropEvent dropEvent(QPointF(at), Qt::MoveAction | Qt::CopyAction, data, Qt::LeftButton,
                             Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &dropEvent);
    }
    return true;
}

void tst_PackingPage::undoByKeyboardFromScanBar()
{
    buildSmallShipment();
    QUndoStack *stack = m_page->undoStack();
    const int index = stack->index();
    QLineEdit *input = m_page->scanBar()->input();
    QTRY_COMPARE(m_page->focusWidget(), input);
    QVERIFY(input->text().isEmpty());
    QTest::keyClick(input, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), index - 1);
    const QKeySequence redo = QKeySequence::keyBindings(QKeySequence::Redo).first();
    QTest::keySequence(input, redo);
    QCOMPARE(stack->index(), index);
    // While something is typed, Ctrl+Z is the line edit's own.
    QTest::keyClicks(input, u"ACM"_s);
    QTest::keyClick(input, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), index);
}

void tst_PackingPage::findingSelectsItsNode()
{
    buildSmallShipment();
    ValidationPanel *panel = m_page->validationPanel();
    // The empty carton 2 is a finding of its own (nesting.empty).
    const auto rowOfNode = [panel] {
        for (int r = 0; r < panel->model()->rowCount(); ++r) {
            if (panel->model()->index(r, 0).data(ValidationFindingsModel::NodeRole).value<NodeId>())
                return r;
        }
        return -1;
    };
    QTRY_VERIFY(rowOfNode() >= 0);
    const int row = rowOfNode();
    const QModelIndex index = panel->model()->index(row, ValidationFindingsModel::MessageColumn);
    const NodeId node = index.data(ValidationFindingsModel::NodeRole).value<NodeId>();
    m_page->shipmentView()->collapseEverything();
    m_page->shipmentView()->selectionModel()->clear();
    panel->view()->scrollTo(index);
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {},
                      panel->view()->visualRect(index).center());
    QCOMPARE(m_page->shipmentView()->currentNode(), node);
    QCOMPARE(m_page->shipmentView()->selectedNodes(), QList<NodeId> { node });
    QVERIFY(m_page->shipmentView()->viewport()->rect().intersects(
        m_page->shipmentView()->visualRect(m_page->shipmentView()->indexOf(node))));
}

void tst_PackingPage::readOnlyAtAnotherStation()
{
    buildSmallShipment();
    const qint64 id = m_page->session().shipmentId();
    StationProfile other = profile();
    other.stationName = u"dock-2"_s;
    QString error;
    auto station = Station::open(DatabaseSettings::sqlite(m_dir.filePath(u"station.sqlite"_s)),
                                 other, &error);
    QVERIFY2(station, qPrintable(error));
    PackingPage page(*station);
    page.openShipment(id);
    QVERIFY(page.session().isOpen());
    QVERIFY(page.session().isReadOnly());
    QVERIFY2(page.shipmentBar()->summaryText().contains(u"dock-1"_s),
             qPrintable(page.shipmentBar()->summaryText()));
    for (PackingPage::Action action :
         { PackingPage::Action::NewPallet, PackingPage::Action::NewCarton,
           PackingPage::Action::Delete, PackingPage::Action::Undo }) {
        QVERIFY(!page.action(action)->isEnabled());
    }
    page.shipmentView()->selectNode(m_carton1);
    QVERIFY(!page.action(PackingPage::Action::Delete)->isEnabled());
    QVERIFY(!page.propertiesPanel()->identifierEdit()->isEnabled());
    const int before = page.session().shipment()->nodeCount();
    page.scanController().setTarget(m_carton1);
    QCOMPARE(page.scanController().handle(u"ACM-1"_s).status, PackingResult::Status::Refused);
    QCOMPARE(page.session().shipment()->nodeCount(), before);
}

void tst_PackingPage::poLineDropThroughViewAsksCases()
{
    buildSmallShipment();
    PackingSession &session = m_page->session();
    ShipmentView *view = m_page->shipmentView();
    QString text;
    qint64 offered = 0;
    view->setQuantityAsker([&](const QString &question, qint64 available) {
        text = question;
        offered = available;
        return std::optional<qint64>(2);
    });
    // ACM-2 comes in cases of 6; 4 cases accepted.
    std::unique_ptr<QMimeData> data(
        ShipmentTreeModel::createPoLineMimeData({ u"PO-A"_s, u"ACM-2"_s, 24 }));
    QCoreApplication::processEvents();
    const QPoint at = view->visualRect(view->indexOf(m_carton2)).center();
    QVERIFY(dragTo(view, data.get(), at, true));
    QCOMPARE(offered, 4);
    QVERIFY2(text.contains(u"cases"_s), qPrintable(text));
    const ShipmentNode *carton = session.shipment()->node(m_carton2);
    QCOMPARE(carton->childCount(), 1);
    QCOMPARE(carton->child(0)->line().quantity, std::optional<qint64>(2));
    QCOMPARE(carton->child(0)->line().quantityUnit, QuantityUnit::Cases);
    QTRY_COMPARE(m_page->focusWidget(), m_page->scanBar()->input());
}

void tst_PackingPage::refusedDragThroughViewSaysWhyEachTime()
{
    buildSmallShipment();
    PackingSession &session = m_page->session();
    ShipmentView *view = m_page->shipmentView();
    view->expandEverything();
    QCoreApplication::processEvents();
    std::unique_ptr<QMimeData> data(
        session.model()->mimeData({ session.model()->indexForId(m_pallet) }));
    const QPoint at = view->visualRect(view->indexOf(m_carton1)).center();
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_status->clear();
        QVERIFY(!dragTo(view, data.get(), at, false));
        QVERIFY2(!m_status->isEmpty(), qPrintable(QString::number(attempt)));
        QVERIFY(m_status->last().at(0).toString().contains(session.model()->lastRefusal()));
    }
}

void tst_PackingPage::conflictReloadsKeepingExpandedState()
{
    buildSmallShipment();
    scan(u"ACM-3"_s); // into carton 2, so that it has a row below it
    PackingSession &session = m_page->session();
    ShipmentView *view = m_page->shipmentView();
    view->expandEverything();
    view->collapse(view->indexOf(m_carton2));
    view->selectNode(m_carton1);
    QVERIFY(view->isExpanded(view->indexOf(m_carton1)));
    QVERIFY(!view->isExpanded(view->indexOf(m_carton2)));

    // A supervisor at the office stores a change meanwhile.
    QString error;
    StationProfile office = profile();
    office.stationName = u"office"_s;
    auto other = Station::open(DatabaseSettings::sqlite(m_dir.filePath(u"station.sqlite"_s)),
                               office, &error);
    QVERIFY2(other, qPrintable(error));
    auto theirs = other->shipments().load(session.shipmentId());
    QVERIFY(theirs);
    ShipmentNode *item = theirs->node(m_carton1)->child(0);
    item->line().lotNo = u"LOT-7"_s;
    ShipmentChangeSet changes;
    changes.upsert(item);
    AuditEntry audit;
    audit.user = u"sam"_s;
    audit.station = u"office"_s;
    audit.action = u"node.edit"_s;
    const QString now = Database::nowStoredTime();
    QVERIFY(other->database().exec(
        u"INSERT INTO users (name, role, created_at, updated_at) VALUES (?, 'supervisor', ?, ?)"_s,
        { audit.user, now, now }));
    QVERIFY(other->shipments().takeOver(session.shipmentId(), office.stationName, audit.user,
                                        std::chrono::seconds(300)));
    QVERIFY(other->shipments().apply(session.shipmentId(), theirs->version(), changes, audit));

    m_status->clear();
    m_page->action(PackingPage::Action::NewPallet)->trigger();
    // Reloaded with a message; the other station's change is here and nothing was half-applied.
    QCOMPARE(session.shipment()->node(m_carton1)->child(0)->line().lotNo, u"LOT-7"_s);
    QCOMPARE(session.shipment()->lines().size(), size_t(1));
    QVERIFY(!m_status->isEmpty());
    QVERIFY2(m_status->first().at(0).toString().contains(u"office"_s),
             qPrintable(m_status->first().at(0).toString()));
    QMessageBox *alert = nullptr;
    QTRY_VERIFY((alert = m_page->findChild<QMessageBox *>()) && alert->isVisible());
    alert->accept();
    QVERIFY(session.isReadOnly()); // the office holds the shipment now
    // The tree shows as it was: same containers open and closed, the selection visible.
    QVERIFY(view->isExpanded(view->indexOf(m_pallet)));
    QVERIFY(view->isExpanded(view->indexOf(m_carton1)));
    QVERIFY(!view->isExpanded(view->indexOf(m_carton2)));
    QCOMPARE(view->currentNode(), m_carton1);
    QCOMPARE(view->selectedNodes(), QList<NodeId> { m_carton1 });
}

void tst_PackingPage::propertyTypingIsOneUndoStep()
{
    buildSmallShipment();
    PackingSession &session = m_page->session();
    const NodeId item = session.shipment()->node(m_carton1)->child(0)->id();
    m_page->shipmentView()->selectNode(item);
    PropertiesPanel *properties = m_page->propertiesPanel();
    QCOMPARE(properties->node(), item);
    const int before = m_page->undoStack()->count();
    properties->lotEdit()->setFocus();
    QTest::keyClicks(properties->lotEdit(), u"LOT-42"_s);
    QCOMPARE(session.shipment()->node(item)->line().lotNo, u"LOT-42"_s);
    QCOMPARE(m_page->undoStack()->count(), before + 1);
    // The scan bar does not take the focus from a field being typed into.
    QTest::qWait(20);
    QCOMPARE(m_page->focusWidget(), properties->lotEdit());
    // A refused edit says why and shows the stored value again.
    m_status->clear();
    properties->quantityEdit()->setValue(500);
    QVERIFY(!m_status->isEmpty());
    QCOMPARE(session.shipment()->node(item)->line().quantity, std::optional<qint64>(3));
    QCOMPARE(properties->quantityEdit()->value(), 3);
    m_page->action(PackingPage::Action::Undo)->trigger();
    QCOMPARE(session.shipment()->node(item)->line().lotNo, QString());
}

void tst_PackingPage::splitMergeAndUnpackThroughActions()
{
    buildSmallShipment();
    PackingSession &session = m_page->session();
    ShipmentView *view = m_page->shipmentView();
    const ShipmentNode *carton = session.shipment()->node(m_carton1);
    view->selectNode(carton->child(0)->id());
    QVERIFY(m_page->action(PackingPage::Action::SplitLine)->isEnabled());
    QVERIFY(!m_page->action(PackingPage::Action::MergeLines)->isEnabled());
    onDialog<QInputDialog>([](QInputDialog *dialog) {
        dialog->setIntValue(2);
        dialog->accept();
    });
    m_page->action(PackingPage::Action::SplitLine)->trigger();
    QCOMPARE(carton->childCount(), 2);
    QCOMPARE(carton->child(0)->line().quantity, std::optional<qint64>(1));
    QCOMPARE(carton->child(1)->line().quantity, std::optional<qint64>(2));

    // Both lines selected: merge.
    view->selectionModel()->clearSelection();
    for (int row = 0; row < 2; ++row)
        view->selectionModel()->select(view->indexOf(carton->child(row)->id()),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(m_page->action(PackingPage::Action::MergeLines)->isEnabled());
    m_page->action(PackingPage::Action::MergeLines)->trigger();
    QCOMPARE(carton->childCount(), 1);
    QCOMPARE(carton->child(0)->line().quantity, std::optional<qint64>(3));

    // Unpack carton 1 onto its pallet: asks a reason, voids the SSCC.
    const QString sscc = carton->line().identifierValue;
    view->selectNode(m_carton1);
    QVERIFY(m_page->action(PackingPage::Action::Unpack)->isEnabled());
    onDialog<ReasonDialog>([](ReasonDialog *dialog) {
        QTest::keyClicks(dialog->reasonEdit(), u"Repacked"_s);
        QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    });
    m_page->action(PackingPage::Action::Unpack)->trigger();
    QVERIFY(!session.shipment()->node(m_carton1));
    const ShipmentNode *pallet = session.shipment()->node(m_pallet);
    QCOMPARE(pallet->childCount(), 2);
    QVERIFY(std::any_of(pallet->children().cbegin(), pallet->children().cend(),
                        [](const auto &child) { return child->type() == NodeType::Item; }));
    QString error;
    const auto entry = m_station->ledger().entry(sscc, &error);
    QVERIFY(entry);
    QCOMPARE(entry->state, SsccState::Voided);
    QTRY_COMPARE(m_page->focusWidget(), m_page->scanBar()->input());
}

QTEST_MAIN(tst_PackingPage)
#include "tst_packingpage.moc"
