// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelprintcontroller.h"

#include "labelpreviewdialog.h"

#include "labels/labelbuilder.h"
#include "labels/labelfonts.h"
#include "labels/labelpainter.h"
#include "labels/labelprinter.h"
#include "labels/labelservice.h"
#include "labels/manifestbuilder.h"
#include "labels/manifestdocument.h"
#include "packing/packingsession.h"
#include "packing/shipmenttreemodel.h"
#include "packing/station.h"
#include "storage/auditlog.h"
#include "storage/ssccledger.h"

#include <QAction>
#include <QDir>
#include <QHash>
#include <QIcon>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrinter>
#include <QTimer>

namespace VendorPack {

namespace {

bool isContainer(const ShipmentNode *node)
{
    return node && (node->type() == NodeType::Carton || node->type() == NodeType::Pallet);
}

LabelKind labelKindOf(const ShipmentNode *node)
{
    return node->type() == NodeType::Pallet ? LabelKind::Pallet : LabelKind::Carton;
}

} // namespace

LabelPrintController::LabelPrintController(Station &station, PackingSession &session,
                                           QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_session(session)
    , m_carton(PrinterSettings::defaults(LabelKind::Carton))
    , m_pallet(PrinterSettings::defaults(LabelKind::Pallet))
{
    auto makeAction = [this](const QString &text, const QString &icon, const QKeySequence &key,
                             const QString &tip) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        if (!key.isEmpty())
            action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        const QString shortcut = key.toString(QKeySequence::NativeText);
        action->setToolTip(shortcut.isEmpty() ? tip : tip + QStringLiteral(" (") + shortcut + u')');
        action->setStatusTip(tip);
        return action;
    };
    m_printAction = makeAction(tr("&Print Label"), QStringLiteral("document-print"),
                               QKeySequence(Qt::CTRL | Qt::Key_P),
                               tr("Print the labels of the selected cartons and pallets"));
    m_reprintAction = makeAction(tr("&Reprint Label"), QStringLiteral("view-refresh"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P),
                                 tr("Print the selected label again; the ledger counts it and "
                                    "asks why"));
    m_voidAction = makeAction(tr("&Void Label"), QStringLiteral("edit-delete"),
                              QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V),
                              tr("Void the selected SSCC for good (with a reason); the container "
                                 "then needs a new SSCC"));
    m_relabelAction = makeAction(tr("Re&label…"), QStringLiteral("view-refresh"), QKeySequence(),
                                 tr("Give the selected carton or pallet a new SSCC (the old one "
                                    "is voided with a reason); cannot be undone"));
    m_manifestAction
        = makeAction(tr("Print Pallet &Manifest"), QStringLiteral("document-print"), QKeySequence(),
                     tr("Print the selected pallet's manifest: its cartons, SKUs, POs and "
                        "totals"));
    m_previewAction = makeAction(tr("Pre&view Label"), QStringLiteral("document-print-preview"),
                                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L),
                                 tr("Show the selected label as it will print"));
    m_testPrintAction
        = makeAction(tr("&Test Print"), QStringLiteral("document-print"), QKeySequence(),
                     tr("Print the test label (resolution, X-dimension, quiet "
                        "zone) on the carton and pallet label printers"));
    connect(m_printAction, &QAction::triggered, this, &LabelPrintController::triggerPrint);
    connect(m_reprintAction, &QAction::triggered, this, &LabelPrintController::triggerReprint);
    connect(m_voidAction, &QAction::triggered, this, &LabelPrintController::triggerVoid);
    connect(m_relabelAction, &QAction::triggered, this, &LabelPrintController::triggerRelabel);
    connect(m_manifestAction, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            printManifest(m_selection.first());
    });
    connect(m_previewAction, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            preview(m_selection.first());
    });
    connect(m_testPrintAction, &QAction::triggered, this, [this] {
        if (testPrint(LabelKind::Carton))
            testPrint(LabelKind::Pallet);
    });

    connect(&m_session, &PackingSession::shipmentOpened, this, [this] {
        m_selection.clear();
        rememberClosed();
        updateActions();
    });
    connect(&m_session, &PackingSession::shipmentClosed, this, [this] {
        m_selection.clear();
        m_closed.clear();
        updateActions();
    });
    connect(&m_session, &PackingSession::changed, this, &LabelPrintController::onSessionChanged);
    rememberClosed();
    updateActions();
}

LabelPrintController::~LabelPrintController() = default;

QList<QAction *> LabelPrintController::actions() const
{
    return { m_printAction,    m_reprintAction, m_voidAction,     m_relabelAction,
             m_manifestAction, m_previewAction, m_testPrintAction };
}

PrinterSettings LabelPrintController::printerSettings(LabelKind kind) const
{
    return kind == LabelKind::Pallet ? m_pallet : m_carton;
}

void LabelPrintController::setPrinterSettings(LabelKind kind, const PrinterSettings &settings)
{
    (kind == LabelKind::Pallet ? m_pallet : m_carton) = settings;
}

void LabelPrintController::loadSettings(const QSettings &settings)
{
    m_carton = PrinterSettings::load(settings, LabelKind::Carton);
    m_pallet = PrinterSettings::load(settings, LabelKind::Pallet);
}

void LabelPrintController::setSelection(const QList<NodeId> &nodes)
{
    m_selection = nodes;
    updateActions();
}

bool LabelPrintController::isLabelled(NodeId id) const
{
    const Shipment *shipment = m_session.shipment();
    const ShipmentNode *node = shipment ? shipment->node(id) : nullptr;
    return isContainer(node) && Sscc::fromString(node->line().identifierValue).isValid();
}

void LabelPrintController::updateActions()
{
    // A label can be printed for a container whose SSCC is valid and still usable.
    int labelled = 0;
    for (NodeId id : std::as_const(m_selection)) {
        if (!isLabelled(id))
            continue;
        const auto entry = m_station.ledger().entry(ssccOf(id));
        if (!entry || (entry->state != SsccState::Voided && entry->state != SsccState::Shipped))
            ++labelled;
    }
    const bool all = labelled > 0 && labelled == m_selection.size();
    const bool one = all && labelled == 1;
    m_printAction->setEnabled(all);
    m_reprintAction->setEnabled(one && printCount(m_selection.first()) > 0);
    m_voidAction->setEnabled(one && !m_session.isReadOnly());
    m_previewAction->setEnabled(one);
    // Relabel: one carton or pallet, whatever its SSCC (voided, missing or fine).
    const Shipment *shipment = m_session.shipment();
    const ShipmentNode *single
        = shipment && m_selection.size() == 1 ? shipment->node(m_selection.first()) : nullptr;
    m_relabelAction->setEnabled(isContainer(single) && !m_session.isReadOnly());
    m_manifestAction->setEnabled(single && single->type() == NodeType::Pallet
                                 && isLabelled(single->id()));
}

QString LabelPrintController::ssccOf(NodeId id) const
{
    const Shipment *shipment = m_session.shipment();
    const ShipmentNode *node = shipment ? shipment->node(id) : nullptr;
    return node ? node->line().identifierValue : QString();
}

QString LabelPrintController::positionOf(NodeId id) const
{
    const Shipment *shipment = m_session.shipment();
    const ShipmentNode *node = shipment ? shipment->node(id) : nullptr;
    if (!node)
        return tr("node %1").arg(id);
    return m_session.model()
        ->data(m_session.model()->indexForNode(node), ShipmentTreeModel::NodePositionRole)
        .toString();
}

int LabelPrintController::printCount(NodeId node) const
{
    const QString sscc = ssccOf(node);
    if (sscc.isEmpty())
        return -1;
    const auto entry = m_station.ledger().entry(sscc);
    return entry ? entry->printCount : -1;
}

bool LabelPrintController::fail(const QString &message, QString *error)
{
    if (error)
        *error = message;
    emit statusMessage(message);
    return false;
}
LabelBuilder::Options LabelPrintController::labelOptions() const
{
    // Ship-from and the human-readable grouping of the SSCC come from the station's profile.
    const StationProfile &profile = m_station.profile();
    LabelBuilder::Options options;
    options.shipFrom = profile.shipFrom;
    if (options.shipFrom.partyId.isEmpty())
        options.shipFrom.partyId = profile.shipFromPartyId;
    options.companyPrefixLength = int(profile.companyPrefix.size());
    return options;
}

bool LabelPrintController::compose(const QList<NodeId> &nodes, QList<Job> *jobs,
                                   QString *error) const
{
    const Shipment *shipment = m_session.shipment();
    if (!shipment) {
        *error = tr("Open a shipment first: there is no label to print");
        return false;
    }
    const QSet<NodeId> wanted(nodes.cbegin(), nodes.cend());
    LabelBuilder::Options options = labelOptions();
    options.palletCopies = m_pallet.copies;
    const LabelBuilder::Result built
        = LabelBuilder::build(*shipment, m_session.orderBook(), options);
    for (const Finding &finding : built.findings) {
        if (finding.severity == Severity::Error
            && (finding.node == 0 || wanted.contains(finding.node))) {
            *error = tr("No label printed: %1").arg(finding.message);
            return false;
        }
    }
    if (!LabelFonts::load(error))
        return false;
    QList<Job> result { { LabelKind::Carton, {} }, { LabelKind::Pallet, {} } };
    const LabelLayout layouts[] = { LabelLayout::create(m_carton.stock, LabelKind::Carton),
                                    LabelLayout::create(m_pallet.stock, LabelKind::Pallet) };
    QHash<NodeId, const LabelData *> byNode;
    for (const LabelData &label : built.labels)
        byNode.insert(label.node, &label);
    for (NodeId id : nodes) {
        const LabelData *data = byNode.value(id);
        if (!data) {
            *error = tr("%1 has no label to print").arg(positionOf(id));
            return false;
        }
        const int index = data->kind == LabelKind::Pallet ? 1 : 0;
        LabelScene scene = LabelScene::compose(layouts[index], *data);
        if (scene.hasErrors()) {
            *error = tr("The label of %1 cannot be printed: %2")
                         .arg(positionOf(id), scene.findings.first().message);
            return false;
        }
        scene.copies = printerSettings(data->kind).copies;
        result[index].scenes.append(scene);
    }
    jobs->clear();
    for (const Job &job : std::as_const(result)) {
        if (!job.scenes.isEmpty())
            jobs->append(job);
    }
    return true;
}

bool LabelPrintController::printLabels(const QList<NodeId> &requested, const PrintOptions &options,
                                       QString *error)
{
    const Shipment *shipment = m_session.shipment();
    if (!shipment)
        return fail(tr("Open a shipment first: there is no label to print"), error);
    if (requested.isEmpty())
        return fail(tr("Select a carton or pallet to print its label"), error);
    if (m_session.isReadOnly())
        return fail(tr("No label printed: %1").arg(m_session.readOnlyReason()), error);
    QList<NodeId> nodes;
    for (NodeId id : requested) {
        const ShipmentNode *node = shipment->node(id);
        if (!isContainer(node))
            return fail(
                tr("Only cartons and pallets have labels; %1 is not one").arg(positionOf(id)),
                error);
        if (!nodes.contains(id))
            nodes.append(id);
        if (options.withPalletCartons && node->type() == NodeType::Pallet) {
            node->forEach([&](const ShipmentNode *below) {
                if (below->type() == NodeType::Carton && !nodes.contains(below->id())
                    && printCount(below->id()) == 0)
                    nodes.append(below->id());
            });
        }
    }
    // A label printed before is a reprint: it needs a reason, and the ledger must know the SSCC.
    QStringList reprinted;
    for (NodeId id : std::as_const(nodes)) {
        const QString sscc = ssccOf(id);
        if (!Sscc::fromString(sscc).isValid())
            return fail(tr("%1 has no valid SSCC (\"%2\"): it needs a new SSCC before a label "
                           "can be printed")
                            .arg(positionOf(id), sscc),
                        error);
        QString ledgerError;
        const auto entry = m_station.ledger().entry(sscc, &ledgerError);
        if (!entry)
            return fail(ledgerError.isEmpty()
                            ? tr("SSCC %1 of %2 is not in the ledger").arg(sscc, positionOf(id))
                            : ledgerError,
                        error);
        if (entry->state == SsccState::Voided)
            return fail(tr("SSCC %1 of %2 was voided (%3): it needs a new SSCC before a label "
                           "can be printed")
                            .arg(sscc, positionOf(id), entry->voidReason),
                        error);
        if (entry->printCount > 0)
            reprinted.append(positionOf(id));
    }
    if (!reprinted.isEmpty() && options.reason.trimmed().isEmpty())
        return fail(tr("%1 was printed before: say why it is printed again (Reprint Label)")
                        .arg(reprinted.join(QLatin1String(", "))),
                    error);

    QList<Job> jobs;
    QString message;
    if (!compose(nodes, &jobs, &message))
        return fail(message, error);

    LabelService service(m_station.ledger());
    int printed = 0;
    for (const Job &job : std::as_const(jobs)) {
        const PrinterSettings settings = printerSettings(job.kind);
        QString printerError;
        std::unique_ptr<LabelPrinter> printer = settings.createPrinter(&printerError);
        if (!printer) {
            emit labelsChanged();
            return fail(tr("%1: %2").arg(PrinterSettings::labelKindName(job.kind), printerError),
                        error);
        }
        if (!service.print(*printer, job.scenes, &printerError)) {
            updateActions();
            emit labelsChanged();
            return fail(printed > 0
                            ? tr("%1 label(s) printed, then: %2").arg(printed).arg(printerError)
                            : printerError,
                        error);
        }
        for (const LabelScene &scene : job.scenes) {
            const auto entry = m_station.ledger().entry(scene.name);
            const int count = entry ? entry->printCount : 0;
            QJsonObject after { { QStringLiteral("printer"), printer->description() },
                                { QStringLiteral("printCount"), count } };
            if (count > 1)
                after.insert(QStringLiteral("reason"), options.reason.trimmed());
            audit(count > 1 ? QStringLiteral("label.reprint") : QStringLiteral("label.print"),
                  scene.name,
                  QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        }
        printed += int(job.scenes.size());
        message = tr("%n label(s) printed on %1", nullptr, int(job.scenes.size()))
                      .arg(printer->description());
    }
    updateActions();
    emit labelsChanged();
    emit statusMessage(nodes.size() == 1
                           ? tr("Label of %1 printed (%2)").arg(positionOf(nodes.first()), message)
                           : message);
    return true;
}

bool LabelPrintController::reprint(NodeId node, const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the label of %1 is printed again").arg(positionOf(node)), error);
    PrintOptions options;
    options.reason = reason;
    return printLabels({ node }, options, error);
}

bool LabelPrintController::voidLabel(NodeId node, const QString &reason, QString *error)
{
    if (m_session.isReadOnly())
        return fail(m_session.readOnlyReason(), error);
    if (!isLabelled(node))
        return fail(tr("Select a carton or pallet with an SSCC to void its label"), error);
    const QString sscc = ssccOf(node);
    LabelService service(m_station.ledger());
    QString message;
    if (!service.voidLabel(sscc, reason, m_station.profile().userName, &message))
        return fail(message, error);
    audit(QStringLiteral("label.void"), sscc,
          QString::fromUtf8(
              QJsonDocument(QJsonObject { { QStringLiteral("reason"), reason.trimmed() } })
                  .toJson(QJsonDocument::Compact)));
    updateActions();
    emit labelsChanged();
    emit statusMessage(tr("SSCC %1 voided: it can never be used again. %2 still carries it and "
                          "needs a new SSCC before it can be labelled: Relabel")
                           .arg(sscc, positionOf(node)));
    return true;
}

bool LabelPrintController::relabel(NodeId node, const QString &reason, QString *error)
{
    const QString old = ssccOf(node);
    const PackingResult result = m_session.relabel(node, reason);
    if (!result.ok())
        return fail(result.message, error);
    updateActions();
    emit labelsChanged();
    emit statusMessage(tr("%1 relabelled: SSCC %2 replaces %3 (void). Print its label.")
                           .arg(positionOf(node), ssccOf(node), old));
    return true;
}

bool LabelPrintController::printManifest(NodeId pallet, QString *error, QString *path)
{
    const Shipment *shipment = m_session.shipment();
    if (!shipment)
        return fail(tr("Open a shipment first: there is no pallet manifest to print"), error);
    const ShipmentNode *node = shipment->node(pallet);
    if (!node || node->type() != NodeType::Pallet)
        return fail(tr("Select a pallet to print its manifest"), error);
    const ManifestBuilder::Result built
        = ManifestBuilder::build(*shipment, m_session.orderBook(), labelOptions());
    for (const Finding &finding : built.findings) {
        if (finding.severity == Severity::Error && (finding.node == 0 || finding.node == pallet))
            return fail(tr("No manifest printed: %1").arg(finding.message), error);
    }
    const PalletManifest *manifest = nullptr;
    for (const PalletManifest &m : built.manifests) {
        if (m.pallet.node == pallet)
            manifest = &m;
    }
    if (!manifest)
        return fail(tr("%1 has no valid SSCC: no manifest printed").arg(positionOf(pallet)), error);
    QString message;
    if (!LabelFonts::load(&message))
        return fail(message, error);
    const ManifestPaper paper = QLocale().measurementSystem() == QLocale::ImperialUSSystem
        ? ManifestPaper::Letter
        : ManifestPaper::A4;
    const PrinterSettings settings = printerSettings(LabelKind::Pallet);
    if (settings.kind == PrinterSettings::Kind::PdfFolder) {
        if (!QDir().mkpath(settings.folder))
            return fail(
                tr("No manifest printed: the folder %1 cannot be created").arg(settings.folder),
                error);
        const QString file = QDir(settings.folder).filePath(ManifestDocument::fileName(*manifest));
        if (!ManifestDocument::writeFile({ *manifest }, paper, file, &message))
            return fail(tr("No manifest printed: %1").arg(message), error);
        if (path)
            *path = file;
        message = QDir::toNativeSeparators(file);
    } else {
        // A ZPL label printer cannot print a page: the system's printer takes it.
        QPrinter printer(QPrinter::HighResolution);
        if (settings.kind == PrinterSettings::Kind::SystemPrinter)
            printer.setPrinterName(settings.printerName);
        printer.setDocName(tr("Pallet manifest %1").arg(manifest->pallet.sscc.digits()));
        printer.setFullPage(true);
        const QList<LabelScene> pages = ManifestDocument::compose(*manifest, paper);
        printer.setPageLayout(QPageLayout(QPageSize(pages.first().size, QPageSize::Millimeter),
                                          QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!printer.isValid() || !painter.begin(&printer))
            return fail(
                tr("No manifest printed: the printer %1 cannot be used")
                    .arg(printer.printerName().isEmpty() ? tr("(default)") : printer.printerName()),
                error);
        const bool ok = LabelPainter::paintPages(painter, printer, pages);
        painter.end();
        if (!ok)
            return fail(tr("No manifest printed: the printer refused a page"), error);
        message = printer.printerName();
    }
    audit(QStringLiteral("manifest.print"), manifest->pallet.sscc.digits(), message);
    emit statusMessage(tr("Manifest of %1 printed (%2)").arg(positionOf(pallet), message));
    return true;
}

QImage LabelPrintController::previewImage(NodeId node, int dpi, QString *error) const
{
    QList<Job> jobs;
    QString message;
    if (!compose({ node }, &jobs, &message) || jobs.isEmpty() || jobs.first().scenes.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    return LabelPainter::render(jobs.first().scenes.first(), dpi);
}

void LabelPrintController::preview(NodeId node)
{
    QString error;
    const QImage image = previewImage(node, 203, &error);
    if (image.isNull()) {
        emit statusMessage(error);
        return;
    }
    const Shipment *shipment = m_session.shipment();
    const LabelKind kind = labelKindOf(shipment->node(node));
    const PrinterSettings settings = printerSettings(kind);
    QString printer;
    if (std::unique_ptr<LabelPrinter> p = settings.createPrinter(&printer))
        printer = p->description();
    const int count = printCount(node);
    const QString state
        = count <= 0 ? tr("not printed yet") : tr("printed %n time(s)", nullptr, count);
    LabelPreviewDialog dialog(m_dialogParent);
    dialog.setLabel(
        image, 203, tr("%1 · SSCC %2 · %3").arg(positionOf(node), ssccOf(node), state),
        tr("Prints to %1 on %2 stock").arg(printer, PrinterSettings::stockText(settings.stock)));
    dialog.exec();
}

bool LabelPrintController::testPrint(const PrinterSettings &settings, QString *message)
{
    QString error;
    std::unique_ptr<LabelPrinter> printer = settings.createPrinter(&error);
    if (!printer) {
        *message = error;
        return false;
    }
    if (!LabelFonts::load(&error)) {
        *message = error;
        return false;
    }
    const LabelScene scene
        = LabelScene::testLabel(settings.stock, settings.isZpl() ? settings.dpi : 0);
    if (!printer->print({ scene }, &error)) {
        *message = tr("Test label not printed on %1: %2").arg(printer->description(), error);
        return false;
    }
    *message = tr("Test label printed on %1").arg(printer->description());
    return true;
}

bool LabelPrintController::testPrint(LabelKind kind, QString *error)
{
    QString message;
    const bool ok = testPrint(printerSettings(kind), &message);
    message = PrinterSettings::labelKindName(kind) + QLatin1String(": ") + message;
    if (error)
        *error = message;
    emit statusMessage(message);
    return ok;
}

void LabelPrintController::audit(const QString &action, const QString &sscc, const QString &after)
{
    AuditEntry entry;
    entry.user = m_station.profile().userName;
    entry.station = m_station.profile().stationName;
    entry.action = action;
    if (m_session.shipmentId())
        entry.shipmentId = m_session.shipmentId();
    entry.sscc = sscc;
    entry.after = after;
    QString error;
    if (!m_station.auditLog().append(entry, &error))
        emit statusMessage(
            tr("The audit trail could not record %1 of SSCC %2: %3").arg(action, sscc, error));
}

// Print on close.

QSet<NodeId> LabelPrintController::closedContainers() const
{
    QSet<NodeId> closed;
    const Shipment *shipment = m_session.shipment();
    if (!shipment)
        return closed;
    shipment->root()->forEach([&](const ShipmentNode *node) {
        if (isContainer(node) && node->line().weight.isComplete()
            && node->line().dimensions.isComplete())
            closed.insert(node->id());
    });
    return closed;
}

void LabelPrintController::rememberClosed()
{
    m_closed = closedContainers();
}

void LabelPrintController::onSessionChanged()
{
    const QSet<NodeId> closed = closedContainers();
    if (m_carton.printOnClose || m_pallet.printOnClose) {
        const Shipment *shipment = m_session.shipment();
        for (NodeId id : closed) {
            if (m_closed.contains(id) || m_closedPending.contains(id))
                continue;
            const ShipmentNode *node = shipment->node(id);
            if (printerSettings(labelKindOf(node)).printOnClose)
                m_closedPending.append(id);
        }
        // After the change is done (not inside the session's commit path).
        if (!m_closedPending.isEmpty())
            QTimer::singleShot(0, this, &LabelPrintController::printClosed);
    }
    m_closed = closed;
    updateActions();
}

void LabelPrintController::printClosed()
{
    const QList<NodeId> pending = std::exchange(m_closedPending, {});
    QList<NodeId> nodes;
    for (NodeId id : pending) {
        // Only a label never printed: closing again after an edit does not reprint.
        if (m_closed.contains(id) && isLabelled(id) && printCount(id) == 0)
            nodes.append(id);
    }
    if (!nodes.isEmpty())
        printLabels(nodes);
}

// The actions.

QString LabelPrintController::askReason(const QString &title, const QString &label)
{
    bool ok = false;
    const QString reason
        = QInputDialog::getText(m_dialogParent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return {};
    if (reason.trimmed().isEmpty())
        emit statusMessage(tr("Nothing done: a reason is needed"));
    return reason.trimmed();
}

void LabelPrintController::triggerPrint()
{
    PrintOptions options;
    QStringList printedBefore;
    for (NodeId id : std::as_const(m_selection)) {
        if (printCount(id) > 0)
            printedBefore.append(positionOf(id));
    }
    if (!printedBefore.isEmpty()) {
        options.reason = askReason(tr("Reprint Label"),
                                   tr("%1 was printed before. Why print it again?")
                                       .arg(printedBefore.join(QLatin1String(", "))));
        if (options.reason.isEmpty())
            return;
    }
    printLabels(m_selection, options);
}

void LabelPrintController::triggerReprint()
{
    if (m_selection.size() != 1)
        return;
    const NodeId node = m_selection.first();
    const QString reason = askReason(
        tr("Reprint Label"),
        tr("The label of %1 was printed %n time(s). Why print it again?", nullptr, printCount(node))
            .arg(positionOf(node)));
    if (!reason.isEmpty())
        reprint(node, reason);
}

void LabelPrintController::triggerVoid()
{
    if (m_selection.size() != 1)
        return;
    const NodeId node = m_selection.first();
    const QString reason = askReason(tr("Void Label"),
                                     tr("SSCC %1 of %2 will never be used again. Why void it?")
                                         .arg(ssccOf(node), positionOf(node)));
    if (reason.isEmpty() || !voidLabel(node, reason))
        return;
    // A voided container needs a new SSCC before it can be labelled: offer it at once.
    if (QMessageBox::question(m_dialogParent, tr("Relabel"),
                              tr("%1 has no usable SSCC now. Give it a new SSCC from the ledger?")
                                  .arg(positionOf(node)))
        == QMessageBox::Yes)
        relabel(node, reason);
}

void LabelPrintController::triggerRelabel()
{
    if (m_selection.size() != 1)
        return;
    const NodeId node = m_selection.first();
    const QString reason = askReason(tr("Relabel"),
                                     tr("%1 gets a new SSCC; %2 is voided for good and this "
                                        "cannot be undone. Why relabel it?")
                                         .arg(positionOf(node), ssccOf(node)));
    if (!reason.isEmpty())
        relabel(node, reason);
}

} // namespace VendorPack
