// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelscene.h"

#include "labelbuilder.h"
#include "labelfonts.h"
#include "zpllabelwriter.h"

#include <QLocale>

namespace VendorPack {

namespace {

constexpr double kPadMm = 1.2; // inside a zone, away from its rules
constexpr double kTitleMm = 2.3; // data titles: SHIP TO, SSCC, ...
constexpr double kTitleRowMm = kTitleMm * LabelFonts::kLineFactor + 0.3;
constexpr double kMinTextMm = 1.7; // about 6.5 pt: the smallest size a label may use
constexpr double kComfortableTextMm = 2.3; // an address this size reads at arm's length

// Builds a scene zone by zone; fitted text that still does not fit becomes a finding.
class Composer
{
public:
    Composer(LabelScene &scene, const LabelData *data)
        : m_scene(scene)
        , m_data(data)
    {
    }

    // Sets paragraphs into rect; returns the height used.
    double text(const QRectF &rect, const QStringList &paragraphs, double maxMm, bool bold,
                const QString &what, bool centred = false, bool inverted = false)
    {
        QStringList clean;
        for (const QString &p : paragraphs) {
            if (!p.trimmed().isEmpty())
                clean.append(p.trimmed());
        }
        if (clean.isEmpty() || rect.width() <= 0 || rect.height() <= 0)
            return 0;
        const FittedText fitted = LabelFonts::fit(clean, rect.width(), rect.height(), maxMm,
                                                  qMin(maxMm, kMinTextMm), bold);
        LabelText t;
        t.rect = rect;
        t.lines = fitted.lines;
        t.sizeMm = fitted.sizeMm;
        t.bold = bold;
        t.centred = centred;
        t.inverted = inverted;
        m_scene.texts.append(t);
        if (!fitted.fits) {
            finding(Severity::Error, "label.text-too-long",
                    LabelScene::tr("The %1 does not fit its zone on the label even at the "
                                   "smallest type (%2 lines): shorten it")
                        .arg(what)
                        .arg(fitted.lines.size()));
        }
        for (const QString &p : std::as_const(clean)) {
            if (!LabelFonts::canShow(p, bold)) {
                finding(Severity::Warning, "label.font",
                        LabelScene::tr("The %1 has characters that the label font (DejaVu "
                                       "Sans) cannot show, \"%2\": check the printed label")
                            .arg(what, p));
                break;
            }
        }
        return fitted.lines.size() * fitted.sizeMm * LabelFonts::kLineFactor;
    }

    void title(const QRectF &zone, const QString &text)
    {
        const QRectF rect(zone.left() + kPadMm, zone.top() + kPadMm * 0.6,
                          zone.width() - 2 * kPadMm, kTitleRowMm);
        LabelText t;
        t.rect = rect;
        t.lines = QStringList { text };
        t.sizeMm = kTitleMm;
        t.bold = true;
        m_scene.texts.append(t);
    }

    // The zone inside its padding, below the title row.
    static QRectF body(const QRectF &zone, bool titled = true)
    {
        const double top = zone.top() + kPadMm * 0.6 + (titled ? kTitleRowMm : 0);
        return QRectF(zone.left() + kPadMm, top, zone.width() - 2 * kPadMm,
                      zone.bottom() - kPadMm * 0.6 - top);
    }

    void box(const QRectF &rect) { m_scene.boxes.append({ rect }); }

    void barcode(const QRectF &area, Symbology symbology, const QString &data,
                 double targetModuleMm)
    {
        LabelBarcode b;
        b.area = area;
        b.symbology = symbology;
        b.data = data;
        b.modules = Barcode::moduleCount(symbology, data);
        b.targetModuleMm = targetModuleMm;
        m_scene.barcodes.append(b);
    }

    void finding(Severity severity, const char *rule, const QString &message)
    {
        Finding f;
        f.severity = severity;
        f.rule = QLatin1String(rule);
        f.message = message;
        if (m_data) {
            f.pointer = m_data->pointer;
            f.node = m_data->node;
        }
        m_scene.findings.append(f);
    }

    // Rules between the zones: a horizontal one above every zone that does not start at the
    // top, a vertical one left of every zone that does not start at the left.
    void rules(const LabelLayout &layout)
    {
        const QRectF area = layout.contentRect();
        const double half = LabelLayout::kRuleMm / 2;
        QList<double> done;
        for (const LabelZone &zone : layout.zones()) {
            const QRectF r = zone.rect;
            if (r.top() > area.top() + 0.01) {
                bool seen = false;
                for (double y : std::as_const(done))
                    seen = seen || qAbs(y - r.top()) < 0.01;
                // Rows that span the label get a full rule; a zone under a side-by-side
                // neighbour gets a rule of its own width.
                const bool fullRow = qAbs(r.width() - area.width()) < 0.01;
                if (fullRow && !seen) {
                    done.append(r.top());
                    box(QRectF(area.left(), r.top() - half, area.width(), LabelLayout::kRuleMm));
                } else if (!fullRow && !seen) {
                    box(QRectF(r.left(), r.top() - half, r.width(), LabelLayout::kRuleMm));
                }
            }
            if (r.left() > area.left() + 0.01)
                box(QRectF(r.left() - half, r.top(), LabelLayout::kRuleMm, r.height()));
        }
    }

private:
    LabelScene &m_scene;
    const LabelData *m_data;
};

QString numberText(qint64 n)
{
    return QLocale::c().toString(n);
}

} // namespace

LabelScene LabelScene::compose(const LabelLayout &layout, const LabelData &data)
{
    LabelScene scene;
    scene.size = layout.size();
    scene.name = data.sscc.digits();
    scene.copies = data.copies;
    Composer c(scene, &data);
    c.rules(layout);
    const bool pallet = layout.kind() == LabelKind::Pallet;

    // Ship from.
    const QRectF from = layout.zone(LabelZoneRole::ShipFrom);
    c.title(from, tr("SHIP FROM"));
    c.text(Composer::body(from), LabelBuilder::addressLines(data.shipFrom), 2.9, false,
           tr("ship-from address"));

    // Ship to: the FC code large, then the full address.
    const QRectF to = layout.zone(LabelZoneRole::ShipTo);
    c.title(to, tr("SHIP TO"));
    QRectF toBody = Composer::body(to);
    const QStringList shipTo = LabelBuilder::addressLines(data.shipTo);
    // A long address takes room from the FC code before its type gets small.
    double fcSize = 9.0;
    double addressSize = -1;
    for (double size = 9.0; size > 4.0; size -= 1.5) {
        const double rest = toBody.height() - size * LabelFonts::kLineFactor;
        const FittedText address
            = LabelFonts::fit(shipTo, toBody.width(), rest, 3.0, kMinTextMm, false);
        if (address.fits && address.sizeMm > addressSize + 1e-9) {
            addressSize = address.sizeMm;
            fcSize = size;
        }
        if (address.fits && address.sizeMm >= kComfortableTextMm)
            break;
    }
    const double fcHeight = fcSize * LabelFonts::kLineFactor;
    c.text(QRectF(toBody.left(), toBody.top(), toBody.width(), fcHeight),
           QStringList { data.shipTo.partyId }, fcSize, true, tr("FC code"));
    toBody.setTop(toBody.top() + fcHeight);
    c.text(toBody, shipTo, 3.0, false, tr("ship-to address"));

    // Carrier segment.
    const QRectF carrier = layout.zone(LabelZoneRole::Carrier);
    const QString none = tr("-");
    c.text(Composer::body(carrier, false),
           QStringList { tr("CARRIER: %1").arg(data.carrier.isEmpty() ? none : data.carrier),
                         tr("PRO: %1   BOL: %2")
                             .arg(data.pro.isEmpty() ? none : data.pro,
                                  data.bol.isEmpty() ? none : data.bol) },
           3.4, true, tr("carrier line"));

    // Purchase order(s): text, and the Code 128 barcode when there is one PO.
    const QRectF po = layout.zone(LabelZoneRole::PurchaseOrder);
    const int poCount = int(data.purchaseOrders.size());
    c.title(po, poCount > 1 ? tr("PURCHASE ORDERS (%1)").arg(poCount) : tr("PURCHASE ORDER"));
    QRectF poBody = Composer::body(po);
    if (poCount == 1) {
        const QString number = data.purchaseOrders.first();
        const double textHeight = 5.5 * LabelFonts::kLineFactor;
        c.text(QRectF(poBody.left(), poBody.top(), poBody.width(), textHeight),
               QStringList { tr("PO: %1").arg(number) }, 5.5, true, tr("PO number"));
        if (Barcode::isCode128B(number)) {
            const double barHeight = qMin(LabelLayout::kPoBarHeightMm,
                                          poBody.bottom() - poBody.top() - textHeight - 0.5);
            c.barcode(QRectF(po.left(), poBody.top() + textHeight + 0.3, po.width(), barHeight),
                      Symbology::Code128B, number, LabelLayout::kPoModuleMm);
        } else {
            c.finding(Severity::Warning, "label.po-barcode",
                      tr("The PO number \"%1\" cannot be put in a Code 128 barcode; the label "
                         "shows it as text only")
                          .arg(number));
        }
    } else if (poCount > 1) {
        c.text(poBody, QStringList { data.purchaseOrders.join(QLatin1String(", ")) }, 4.5, true,
               tr("list of PO numbers"));
    } else {
        c.text(poBody, QStringList { tr("NONE") }, 4.5, true, tr("PO number"));
    }

    // Count: carton n of N / pallet n of N.
    const QRectF count = layout.zone(LabelZoneRole::Count);
    c.title(count, pallet ? tr("PALLET") : tr("CARTON"));
    QRectF countBody = Composer::body(count);
    const double countHeight = qMin(countBody.height(), 9.0 * LabelFonts::kLineFactor);
    c.text(QRectF(countBody.left(), countBody.top(), countBody.width(), countHeight),
           QStringList { tr("%1 OF %2").arg(data.number).arg(data.total) }, 9.0, true, tr("count"),
           true);
    if (!pallet) {
        countBody.setTop(countBody.top() + countHeight + 0.5);
        c.text(countBody,
               QStringList { tr("SHIPMENT"), data.shipmentNo,
                             data.weight.isEmpty() ? QString() : tr("WEIGHT %1").arg(data.weight) },
               2.8, false, tr("shipment line"), true);
    }

    // Contents.
    const QRectF contents = layout.zone(LabelZoneRole::Contents);
    if (pallet) {
        c.text(
            Composer::body(contents, false),
            QStringList { tr("CARTONS: %1").arg(numberText(data.cartonCount)),
                          tr("QTY: %1").arg(numberText(data.quantity)),
                          data.weight.isEmpty() ? QString() : tr("WEIGHT: %1").arg(data.weight) },
            4.2, true, tr("pallet contents"));
        // The large SINGLE SKU / MIXED SKUS marking, white on black.
        const QRectF marking = layout.zone(LabelZoneRole::Marking);
        const QRectF ground = marking.adjusted(1.0, 1.0, -1.0, -1.0);
        c.box(ground);
        const QRectF inside = ground.adjusted(1.5, 1.5, -1.5, -1.5);
        if (data.isMixed()) {
            c.text(inside, QStringList { tr("MIXED"), tr("SKUS") }, 13.0, true, tr("marking"), true,
                   true);
        } else {
            const double markHeight = inside.height() * 0.62;
            c.text(QRectF(inside.left(), inside.top(), inside.width(), markHeight),
                   QStringList { tr("SINGLE"), tr("SKU") }, 11.0, true, tr("marking"), true, true);
            c.text(QRectF(inside.left(), inside.top() + markHeight, inside.width(),
                          inside.height() - markHeight),
                   QStringList { data.sku }, 4.5, true, tr("SKU"), true, true);
        }
    } else {
        c.title(contents, tr("CONTENTS"));
        if (data.isMixed()) {
            c.text(Composer::body(contents),
                   QStringList {
                       tr("MIXED SKUS"),
                       tr("%1 SKUS   QTY: %2").arg(data.skuCount).arg(numberText(data.quantity)) },
                   5.5, true, tr("contents"));
        } else {
            c.text(Composer::body(contents),
                   QStringList { tr("SKU: %1").arg(data.sku),
                                 tr("QTY: %1").arg(numberText(data.quantity)) },
                   6.5, true, tr("contents"));
        }
    }

    // The SSCC, lowest: data title, GS1-128 with quiet zones, our human-readable line.
    const QRectF sscc = layout.zone(LabelZoneRole::Sscc);
    c.title(sscc, tr("SSCC"));
    const double barTop = sscc.top() + kPadMm * 0.6 + kTitleRowMm;
    c.barcode(QRectF(sscc.left(), barTop, sscc.width(), LabelLayout::kSsccBarHeightMm),
              Symbology::Gs1_128, data.sscc.elementString(), LabelLayout::kSsccModuleMm);
    const double hriTop = barTop + LabelLayout::kSsccBarHeightMm + 0.8;
    c.text(QRectF(sscc.left(), hriTop, sscc.width(), sscc.bottom() - hriTop),
           QStringList { data.humanReadableSscc() }, 4.0, true, tr("SSCC line"), true);
    return scene;
}

LabelScene LabelScene::testLabel(LabelStock stock, int dpi)
{
    const LabelLayout layout = LabelLayout::create(stock, LabelKind::Carton);
    LabelScene scene;
    scene.size = layout.size();
    scene.name = QStringLiteral("test-label");
    Composer c(scene, nullptr);
    const QRectF area = layout.contentRect();
    const Sscc sample = Sscc::compose(0, u"0614141", 0);
    const QRectF sscc = layout.zone(LabelZoneRole::Sscc);

    QStringList lines { tr("TEST LABEL - DO NOT SHIP"),
                        tr("Stock: %1 (%2 x %3 mm)")
                            .arg(LabelLayout::stockName(stock).toUpper())
                            .arg(layout.size().width())
                            .arg(layout.size().height()) };
    const int modules = Barcode::moduleCount(Symbology::Gs1_128, sample.elementString());
    const int quiet = LabelLayout::kQuietZoneModules;
    double moduleMm = 0;
    if (dpi > 0) {
        const int dots = ZplLabelWriter::moduleDots(LabelLayout::kSsccModuleMm, dpi, sscc.width(),
                                                    modules + 2 * quiet);
        const double dotMm = 25.4 / dpi;
        moduleMm = dots * dotMm;
        lines << tr("Printer: %1 dpi (%2 dots/mm)")
                     .arg(dpi)
                     .arg(QLocale::c().toString(dpi / 25.4, 'f', 2))
              << tr("X-dimension: %1 mm = %2 dots")
                     .arg(QLocale::c().toString(dots * dotMm, 'f', 3))
                     .arg(dots)
              << tr("Quiet zone: %1 X = %2 mm = %3 dots")
                     .arg(quiet)
                     .arg(QLocale::c().toString(quiet * dots * dotMm, 'f', 2))
                     .arg(quiet * dots)
              << tr("Bar height: %1 mm = %2 dots")
                     .arg(LabelLayout::kSsccBarHeightMm)
                     .arg(qRound(LabelLayout::kSsccBarHeightMm / dotMm));
    } else {
        const double x = qMin(LabelLayout::kSsccModuleMm, sscc.width() / (modules + 2 * quiet));
        moduleMm = x;
        lines << tr("Printer: PDF (vector)")
              << tr("X-dimension: %1 mm").arg(QLocale::c().toString(x, 'f', 3))
              << tr("Quiet zone: %1 X = %2 mm")
                     .arg(quiet)
                     .arg(QLocale::c().toString(quiet * x, 'f', 2))
              << tr("Bar height: %1 mm").arg(LabelLayout::kSsccBarHeightMm);
    }
    lines << tr("The marks under the barcode span its quiet zones.");
    c.text(QRectF(area.left(), area.top(), area.width(), sscc.top() - area.top() - 1), lines, 4.0,
           true, tr("test text"));
    c.box(QRectF(area.left(), sscc.top() - LabelLayout::kRuleMm / 2, area.width(),
                 LabelLayout::kRuleMm));
    c.title(sscc, tr("SSCC (SAMPLE)"));
    const double barTop = sscc.top() + kPadMm * 0.6 + kTitleRowMm;
    c.barcode(QRectF(sscc.left(), barTop, sscc.width(), LabelLayout::kSsccBarHeightMm),
              Symbology::Gs1_128, sample.elementString(), LabelLayout::kSsccModuleMm);
    // Dimension marks under each quiet zone, clear of the bars: |<- 10 X ->|.
    const double symbolHalf = modules * moduleMm / 2;
    const double quietMm = quiet * moduleMm;
    const double centre = sscc.center().x();
    const double markTop = barTop + LabelLayout::kSsccBarHeightMm + 0.8;
    const double line = 0.3;
    for (const double inner : { centre - symbolHalf, centre + symbolHalf }) {
        const double outer = inner < centre ? inner - quietMm : inner + quietMm;
        c.box(QRectF(qMin(inner, outer), markTop + 1.0, quietMm, line));
        c.box(QRectF(outer - line / 2, markTop, line, 2.3));
        c.box(QRectF(inner - line / 2, markTop, line, 2.3));
    }
    const double hriTop = barTop + LabelLayout::kSsccBarHeightMm + 0.8;
    c.text(QRectF(sscc.left(), hriTop, sscc.width(), sscc.bottom() - hriTop),
           QStringList { sample.humanReadable(7) }, 4.0, true, tr("SSCC line"), true);
    return scene;
}

} // namespace VendorPack
