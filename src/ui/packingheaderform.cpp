// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingheaderform.h"

#include "packingicons.h"
#include "packingunits.h"

#include "packing/packingsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace VendorPack {

PackingHeaderForm::PackingHeaderForm(PackingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_number(new QLineEdit(this))
    , m_shipTo(new QLineEdit(this))
    , m_shipFrom(new QLineEdit(this))
    , m_selling(new QLineEdit(this))
    , m_carrier(new QLineEdit(this))
    , m_carrierShipmentNo(new QLineEdit(this))
    , m_billOfLading(new QLineEdit(this))
    , m_shipmentType(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_shipmentDate(new QDateTimeEdit(this))
    , m_hasDelivery(new QCheckBox(tr("&Delivery:"), this))
    , m_deliveryDate(new QDateTimeEdit(this))
    , m_general(new QLabel(this))
{
    PackingUnits::fillShipmentTypes(m_shipmentType);
    PackingUnits::fillTransportationModes(m_mode);
    for (QDateTimeEdit *edit : { m_shipmentDate, m_deliveryDate }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setTimeSpec(Qt::UTC);
    }
    m_hasDelivery->setToolTip(tr("Estimated delivery date"));
    m_number->setMaxLength(64);
    for (QLineEdit *edit : { m_shipTo, m_shipFrom, m_selling })
        edit->setMaxLength(50);
    m_general->setWordWrap(true);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addField(Field::MerchantShipmentNo, tr("Shipment no.:"), m_number);
    addField(Field::ShipTo, tr("Ship to (FC):"), m_shipTo);
    addField(Field::ShipFrom, tr("Ship from:"), m_shipFrom);
    addField(Field::Selling, tr("Selling party:"), m_selling);
    addField(Field::Carrier, tr("&Carrier:"), m_carrier);
    addField(Field::CarrierShipmentNo, tr("&PRO / tracking:"), m_carrierShipmentNo);
    addField(Field::BillOfLading, tr("&Bill of lading:"), m_billOfLading);
    addField(Field::ShipmentType, tr("Shipment &type:"), m_shipmentType);
    addField(Field::TransportationMode, tr("&Mode:"), m_mode);
    addField(Field::ShipmentDate, tr("Ship &date:"), m_shipmentDate);
    addField(Field::DeliveryDate, QString(), m_deliveryDate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_general);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(m_carrier, &QLineEdit::textEdited, this, [this] { commit(Field::Carrier); });
    connect(m_carrierShipmentNo, &QLineEdit::textEdited, this,
            [this] { commit(Field::CarrierShipmentNo); });
    connect(m_billOfLading, &QLineEdit::textEdited, this, [this] { commit(Field::BillOfLading); });
    connect(m_shipTo, &QLineEdit::textEdited, this, [this] { commit(Field::ShipTo); });
    connect(m_shipFrom, &QLineEdit::textEdited, this, [this] { commit(Field::ShipFrom); });
    connect(m_selling, &QLineEdit::textEdited, this, [this] { commit(Field::Selling); });
    connect(m_number, &QLineEdit::textEdited, this, [this] { commit(Field::MerchantShipmentNo); });
    connect(m_shipmentType, &QComboBox::activated, this, [this] { commit(Field::ShipmentType); });
    connect(m_mode, &QComboBox::activated, this, [this] { commit(Field::TransportationMode); });
    connect(m_shipmentDate, &QDateTimeEdit::dateTimeChanged, this,
            [this] { commit(Field::ShipmentDate); });
    connect(m_deliveryDate, &QDateTimeEdit::dateTimeChanged, this,
            [this] { commit(Field::DeliveryDate); });
    connect(m_hasDelivery, &QCheckBox::toggled, this, [this] { commit(Field::DeliveryDate); });
    reset();
}

QLabel *PackingHeaderForm::addField(Field field, const QString &label, QWidget *editor)
{
    // The field with its findings right under it (the side pane is narrow).
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto *finding = new QLabel(box);
    finding->setWordWrap(true);
    finding->hide();
    column->addWidget(finding);
    m_findingLabels.insert(int(field), finding);
    if (field == Field::DeliveryDate)
        m_form->addRow(m_hasDelivery, box); // the check box is the label: a date or none
    else
        m_form->addRow(label, box);
    return finding;
}

PackingHeaderForm::Field PackingHeaderForm::fieldOf(const Finding &finding)
{
    const QString name = finding.pointer.section(u'/', -1);
    static const QHash<QString, Field> byName {
        { u"MerchantShipmentNo"_s, Field::MerchantShipmentNo },
        { u"ShipToPartyId"_s, Field::ShipTo },
        { u"ShipFromPartyId"_s, Field::ShipFrom },
        { u"SellingPartyId"_s, Field::Selling },
        { u"CarrierName"_s, Field::Carrier },
        { u"CarrierShipmentNo"_s, Field::CarrierShipmentNo },
        { u"BillOfLadingNo"_s, Field::BillOfLading },
        { u"ShipmentType"_s, Field::ShipmentType },
        { u"TransportationMode"_s, Field::TransportationMode },
        { u"ShipmentDate"_s, Field::ShipmentDate },
        { u"EstimatedDeliveryDate"_s, Field::DeliveryDate },
    };
    if (const auto it = byName.constFind(name); it != byName.cend())
        return *it;
    if (finding.rule == u"header.bill-of-lading"_s)
        return Field::BillOfLading;
    if (finding.rule == u"header.carrier-shipment-no"_s)
        return Field::CarrierShipmentNo;
    if (finding.rule == u"header.dates"_s)
        return Field::DeliveryDate;
    if (finding.rule == u"po.ship-window"_s)
        return Field::ShipmentDate;
    if (finding.rule == u"po.ship-to"_s)
        return Field::ShipTo;
    if (finding.rule == u"po.selling-party"_s)
        return Field::Selling;
    if (finding.rule == u"pallet.loose-cartons"_s)
        return Field::ShipmentType;
    return Field::Other;
}

void PackingHeaderForm::reset()
{
    m_lastField = -1;
    const Shipment *shipment = m_session.shipment();
    m_lockedIds.clear();
    m_pushed = false;
    if (shipment) {
        const ShipmentHeader &h = shipment->header();
        m_lockedIds.insert(int(Field::MerchantShipmentNo), !h.merchantShipmentNo.isEmpty());
        m_lockedIds.insert(int(Field::ShipTo), !h.shipToPartyId.isEmpty());
        m_lockedIds.insert(int(Field::ShipFrom), !h.shipFromPartyId.isEmpty());
        m_lockedIds.insert(int(Field::Selling), !h.sellingPartyId.isEmpty());
    }
    refresh();
}

void PackingHeaderForm::setPushed(bool pushed)
{
    if (m_pushed == pushed)
        return;
    m_pushed = pushed;
    refresh();
}

QString PackingHeaderForm::findingText(const QString &field) const
{
    Finding probe;
    probe.pointer = u"/Model/"_s + field;
    const QLabel *label = m_findingLabels.value(int(fieldOf(probe)));
    return label && !label->isHidden() ? label->text() : QString();
}

void PackingHeaderForm::refresh()
{
    refresh(m_session.shipment() ? m_session.findings() : Findings());
}

void PackingHeaderForm::refresh(const Findings &findings)
{
    const Shipment *shipment = m_session.shipment();
    setEnabled(shipment != nullptr);
    m_filling = true;
    const ShipmentHeader header = shipment ? shipment->header() : ShipmentHeader();
    const auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_number, header.merchantShipmentNo);
    setText(m_shipTo, header.shipToPartyId);
    setText(m_shipFrom, header.shipFromPartyId);
    setText(m_selling, header.sellingPartyId);
    setText(m_carrier, header.carrierName);
    setText(m_carrierShipmentNo, header.carrierShipmentNo);
    setText(m_billOfLading, header.billOfLadingNo);
    PackingUnits::select(m_shipmentType, int(header.shipmentType));
    PackingUnits::select(m_mode, int(header.transportationMode));
    if (header.shipmentDate.isValid())
        m_shipmentDate->setDateTime(header.shipmentDate.toUTC());
    m_hasDelivery->setChecked(header.estimatedDeliveryDate.isValid());
    m_deliveryDate->setDateTime(header.estimatedDeliveryDate.isValid()
                                    ? header.estimatedDeliveryDate.toUTC()
                                    : m_shipmentDate->dateTime().addDays(3));
    m_deliveryDate->setEnabled(header.estimatedDeliveryDate.isValid());

    const bool writable = shipment && !m_session.isReadOnly();
    for (QWidget *edit :
         std::initializer_list<QWidget *> { m_carrier, m_carrierShipmentNo, m_billOfLading,
                                            m_shipmentType, m_mode, m_shipmentDate, m_hasDelivery })
        edit->setEnabled(writable);
    m_deliveryDate->setEnabled(writable && header.estimatedDeliveryDate.isValid());
    const QList<std::pair<Field, QLineEdit *>> ids { { Field::MerchantShipmentNo, m_number },
                                                     { Field::ShipTo, m_shipTo },
                                                     { Field::ShipFrom, m_shipFrom },
                                                     { Field::Selling, m_selling } };
    for (const auto &[field, edit] : ids) {
        edit->setReadOnly(!writable || m_pushed || m_lockedIds.value(int(field)));
        // Greyed out once ChannelEngine has it: the API refuses a change.
        edit->setEnabled(!m_pushed);
        edit->setToolTip(m_pushed                 ? tr("Sent to ChannelEngine: it can never change")
                             : edit->isReadOnly() ? tr("Set once; it cannot change any more")
                                                  : QString());
    }

    // The rules' header findings beside their fields; the others above the form.
    QHash<int, QStringList> texts;
    QHash<int, Severity> worst;
    if (shipment) {
        for (const Finding &finding : findings) {
            if (finding.node != 0)
                continue;
            // The header's own rules; PO totals (po.under-packed, ...) are the validation
            // panel's.
            const int mapped = int(fieldOf(finding));
            if (mapped == int(Field::Other) && !finding.rule.startsWith(u"header."_s)
                && !finding.rule.startsWith(u"shipment."_s)
                && !finding.rule.startsWith(u"schema."_s))
                continue;
            const int field = int(fieldOf(finding));
            texts[field].append(finding.message);
            if (!worst.contains(field) || int(finding.severity) < int(worst[field]))
                worst[field] = finding.severity;
        }
    }
    for (auto it = m_findingLabels.cbegin(); it != m_findingLabels.cend(); ++it) {
        QLabel *label = it.value();
        const QStringList lines = texts.value(it.key());
        label->setVisible(!lines.isEmpty());
        if (lines.isEmpty())
            continue;
        const QString color = worst[it.key()] == Severity::Error ? u"#c01c1c"_s : u"#9a6700"_s;
        label->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(
            color, lines.join(u"<br>"_s).toHtmlEscaped().replace(u"&lt;br&gt;"_s, u"<br>"_s)));
        label->setToolTip(lines.join(u'\n'));
    }
    const QStringList general = texts.value(int(Field::Other));
    m_general->setVisible(!general.isEmpty());
    m_general->setText(general.join(u'\n'));
    m_general->setStyleSheet(u"color:#c01c1c"_s);
    m_filling = false;
}

void PackingHeaderForm::commit(Field field)
{
    if (m_filling || !m_session.shipment())
        return;
    ShipmentHeader header = m_session.shipment()->header();
    switch (field) {
    case Field::MerchantShipmentNo:
        header.merchantShipmentNo = m_number->text().trimmed();
        break;
    case Field::ShipTo:
        header.shipToPartyId = m_shipTo->text().trimmed();
        break;
    case Field::ShipFrom:
        header.shipFromPartyId = m_shipFrom->text().trimmed();
        break;
    case Field::Selling:
        header.sellingPartyId = m_selling->text().trimmed();
        break;
    case Field::Carrier:
        header.carrierName = m_carrier->text().trimmed();
        break;
    case Field::CarrierShipmentNo:
        header.carrierShipmentNo = m_carrierShipmentNo->text().trimmed();
        break;
    case Field::BillOfLading:
        header.billOfLadingNo = m_billOfLading->text().trimmed();
        break;
    case Field::ShipmentType:
        header.shipmentType = ShipmentType(m_shipmentType->currentData().toInt());
        break;
    case Field::TransportationMode:
        header.transportationMode = TransportationMode(m_mode->currentData().toInt());
        break;
    case Field::ShipmentDate:
        header.shipmentDate = m_shipmentDate->dateTime().toUTC();
        break;
    case Field::DeliveryDate:
        header.estimatedDeliveryDate
            = m_hasDelivery->isChecked() ? m_deliveryDate->dateTime().toUTC() : QDateTime();
        m_deliveryDate->setEnabled(m_hasDelivery->isChecked());
        break;
    case Field::Other:
        return;
    }
    // The session merges consecutive header edits into one step; QUndoStack never merges across
    // its clean index, so marking the stack clean when another field starts keeps one undo step
    // per field.
    if (m_lastField != int(field) && m_session.undoStack()->count() > 0)
        m_session.undoStack()->setClean();
    m_lastField = int(field);
    const PackingResult result = m_session.setHeader(header);
    if (!result.ok()) {
        emit editFailed(result);
        refresh();
    }
}

} // namespace VendorPack
