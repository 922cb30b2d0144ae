// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestdocument.h"

#include "labelbuilder.h"
#include "labelfonts.h"
#include "pdflabelwriter.h"

#include <QLocale>

#include <functional>

namespace VendorPack {

namespace {

constexpr double kMarginMm = 12;
constexpr double kTitleMm = 6;
constexpr double kTextMm = 3;
constexpr double kSmallMm = 2.6;
constexpr double kRowMm = 5.2; // one table row
constexpr double kAddressLines = 6;
constexpr double kBarcodeModuleMm = 0.4;
constexpr double kBarcodeHeightMm = 14;

// A column of a table: its left edge and width as fractions of the content width.
struct Column
{
    double left;
    double width;
};

const QList<Column> kCartonColumns {
    { 0.0, 0.13 }, { 0.13, 0.30 }, { 0.43, 0.30 }, { 0.73, 0.12 }, { 0.85, 0.15 }
};
const QList<Column> kLineColumns {
    { 0.0, 0.32 }, { 0.32, 0.26 }, { 0.58, 0.14 }, { 0.72, 0.14 }, { 0.86, 0.14 }
};

// One line of the body: a table row, a section title or a totals line.
struct BodyRow
{
    enum class Kind { Section, Head, Cells, Text };
    Kind kind = Kind::Cells;
    const QList<Column> *columns = nullptr;
    QStringList cells;
    bool bold = false;
    int head = -1; // the table head's row, repeated when the table continues on a new page
};

QString number(qint64 value)
{
    return QLocale::c().toString(value);
}

class PageComposer
{
public:
    PageComposer(LabelScene &scene, double width)
        : m_scene(scene)
        , m_left(kMarginMm)
        , m_width(width - 2 * kMarginMm)
    {
    }

    // One line at sizeMm, shrunk to the width when it is longer (never cut).
    void line(double x, double top, double width, const QString &text, double sizeMm, bool bold)
    {
        if (text.isEmpty())
            return;
        const FittedText fitted = LabelFonts::fit({ text }, width, sizeMm * LabelFonts::kLineFactor,
                                                  sizeMm, qMin(sizeMm, 1.6), bold);
        LabelText t;
        t.rect = QRectF(x, top, width, sizeMm * LabelFonts::kLineFactor);
        t.lines = fitted.lines.size() == 1 ? fitted.lines : QStringList { text };
        t.sizeMm = fitted.lines.size() == 1 ? fitted.sizeMm : qMin(sizeMm, 1.6);
        t.bold = bold;
        m_scene.texts.append(t);
    }

    void block(const QRectF &rect, const QStringList &lines, double sizeMm, bool bold)
    {
        const FittedText fitted
            = LabelFonts::fit(lines, rect.width(), rect.height(), sizeMm, 1.6, bold);
        LabelText t;
        t.rect = rect;
        t.lines = fitted.lines;
        t.sizeMm = fitted.sizeMm;
        t.bold = bold;
        m_scene.texts.append(t);
    }

    void rule(double top, double thickness = 0.3)
    {
        m_scene.boxes.append({ QRectF(m_left, top, m_width, thickness) });
    }

    void row(const BodyRow &row, double top)
    {
        switch (row.kind) {
        case BodyRow::Kind::Section:
            line(m_left, top + 1.2, m_width, row.cells.value(0), 3.6, true);
            break;
        case BodyRow::Kind::Text:
            line(m_left, top + 0.8, m_width, row.cells.value(0), kTextMm, row.bold);
            break;
        case BodyRow::Kind::Head:
        case BodyRow::Kind::Cells:
            for (int i = 0; i < row.cells.size() && i < row.columns->size(); ++i) {
                const Column &c = row.columns->at(i);
                line(m_left + c.left * m_width, top + 0.8, c.width * m_width - 1.5, row.cells.at(i),
                     row.kind == BodyRow::Kind::Head ? kSmallMm : kTextMm,
                     row.kind == BodyRow::Kind::Head || row.bold);
            }
            if (row.kind == BodyRow::Kind::Head)
                rule(top + kRowMm - 0.5);
            break;
        }
    }

    // The header of every page; returns where the body starts.
    double header(const PalletManifest &m, int page, int pages)
    {
        const LabelData &p = m.pallet;
        double y = kMarginMm;
        line(m_left, y, m_width * 0.6, ManifestDocument::tr("PALLET MANIFEST"), kTitleMm, true);
        line(m_left + m_width * 0.6, y + 1, m_width * 0.4,
             ManifestDocument::tr("Pallet %1 of %2 · page %3 of %4")
                 .arg(p.number)
                 .arg(p.total)
                 .arg(page)
                 .arg(pages),
             kTextMm, true);
        y += kTitleMm * LabelFonts::kLineFactor + 1;
        line(m_left, y, m_width,
             ManifestDocument::tr("Shipment %1").arg(p.shipmentNo)
                 + (p.carrier.isEmpty() ? QString()
                                        : ManifestDocument::tr(" · carrier %1").arg(p.carrier))
                 + (p.pro.isEmpty() ? QString() : ManifestDocument::tr(" · PRO %1").arg(p.pro))
                 + (p.bol.isEmpty() ? QString() : ManifestDocument::tr(" · BOL %1").arg(p.bol)),
             kTextMm, false);
        y += kTextMm * LabelFonts::kLineFactor + 1;
        rule(y);
        y += 1.5;
        const double half = m_width / 2;
        line(m_left, y, half - 2, ManifestDocument::tr("SHIP FROM"), kSmallMm, true);
        line(m_left + half, y, half, ManifestDocument::tr("SHIP TO"), kSmallMm, true);
        y += kSmallMm * LabelFonts::kLineFactor + 0.5;
        const double addressHeight = kAddressLines * kTextMm * LabelFonts::kLineFactor;
        block(QRectF(m_left, y, half - 4, addressHeight), LabelBuilder::addressLines(p.shipFrom),
              kTextMm, false);
        QStringList to = LabelBuilder::addressLines(p.shipTo);
        if (!p.shipTo.partyId.isEmpty())
            to.prepend(ManifestDocument::tr("FC %1").arg(p.shipTo.partyId));
        block(QRectF(m_left + half, y, half, addressHeight), to, kTextMm, false);
        y += addressHeight + 1;
        rule(y);
        y += 1.5;
        line(m_left, y, m_width,
             ManifestDocument::tr("PO %1").arg(p.purchaseOrders.join(QStringLiteral(", "))),
             kTextMm, true);
        y += kTextMm * LabelFonts::kLineFactor + 1.5;
        line(m_left, y, m_width * 0.35, ManifestDocument::tr("PALLET SSCC"), kSmallMm, true);
        line(m_left, y + kSmallMm * LabelFonts::kLineFactor + 0.5, m_width * 0.35,
             p.humanReadableSscc(), kTextMm, true);
        LabelBarcode barcode;
        barcode.symbology = Symbology::Gs1_128;
        barcode.data = QStringLiteral("00") + p.sscc.digits();
        barcode.modules = Barcode::moduleCount(barcode.symbology, barcode.data);
        barcode.targetModuleMm = kBarcodeModuleMm;
        barcode.area = QRectF(m_left + m_width * 0.35, y, m_width * 0.65, kBarcodeHeightMm);
        m_scene.barcodes.append(barcode);
        y += kBarcodeHeightMm + 2;
        rule(y, 0.5);
        return y + 2;
    }

private:
    LabelScene &m_scene;
    double m_left;
    double m_width;
};

} // namespace

QSizeF ManifestDocument::paperSize(ManifestPaper paper)
{
    return paper == ManifestPaper::Letter ? QSizeF(215.9, 279.4) : QSizeF(210, 297);
}

std::optional<ManifestPaper> ManifestDocument::paperFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return ManifestPaper::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return ManifestPaper::Letter;
    return std::nullopt;
}

QString ManifestDocument::fileName(const PalletManifest &manifest)
{
    return QStringLiteral("manifest-") + manifest.pallet.sscc.digits() + QStringLiteral(".pdf");
}

QList<LabelScene> ManifestDocument::compose(const PalletManifest &m, ManifestPaper paper)
{
    LabelFonts::load();
    // The body as rows first, then split into pages under the header.
    QList<BodyRow> rows;
    rows.reserve(m.cartons.size() + m.lines.size() + 10);
    const auto section = [&rows](const QString &title) {
        BodyRow r;
        r.kind = BodyRow::Kind::Section;
        r.cells = { title };
        rows.append(r);
    };
    section(tr("Cartons (%1)").arg(m.cartonCount));
    BodyRow cartonHead;
    cartonHead.kind = BodyRow::Kind::Head;
    cartonHead.columns = &kCartonColumns;
    cartonHead.cells = { tr("CARTON"), tr("SSCC"), tr("CONTENTS"), tr("UNITS"), tr("WEIGHT") };
    rows.append(cartonHead);
    const int cartonHeadIndex = int(rows.size()) - 1;
    for (const PalletManifest::Carton &c : m.cartons) {
        BodyRow r;
        r.columns = &kCartonColumns;
        r.cells = { tr("%1 of %2").arg(c.number).arg(c.total), c.sscc, c.contents, number(c.units),
                    c.weight };
        r.head = cartonHeadIndex;
        rows.append(r);
    }
    section(tr("SKUs (%1 lines)").arg(m.lines.size()));
    BodyRow lineHead;
    lineHead.kind = BodyRow::Kind::Head;
    lineHead.columns = &kLineColumns;
    lineHead.cells = { tr("SKU"), tr("PO"), tr("QUANTITY"), tr("UNIT"), tr("EACHES") };
    rows.append(lineHead);
    const int lineHeadIndex = int(rows.size()) - 1;
    for (const PalletManifest::Line &l : m.lines) {
        BodyRow r;
        r.columns = &kLineColumns;
        r.cells = { l.sku, l.purchaseOrder, number(l.quantity), l.unit, number(l.units) };
        r.head = lineHeadIndex;
        rows.append(r);
    }
    section(tr("Totals"));
    const auto text = [&rows](const QString &t) {
        BodyRow r;
        r.kind = BodyRow::Kind::Text;
        r.bold = true;
        r.cells = { t };
        rows.append(r);
    };
    text(tr("Cartons: %1").arg(number(m.cartonCount)));
    text(tr("Units: %1").arg(number(m.units)));
    text(tr("Weight: %1").arg(m.weight.isEmpty() ? tr("not recorded") : m.weight));

    const QSizeF size = paperSize(paper);
    // Lay out once to count pages (the header's height does not depend on the page number).
    LabelScene probe;
    const double bodyTop = PageComposer(probe, size.width()).header(m, 1, 1);
    const double bodyBottom = size.height() - kMarginMm;
    const int perPage = qMax(3, int((bodyBottom - bodyTop) / kRowMm));
    // Pages: the rows in order; a continued table repeats its head; a section title is not
    // left alone at the bottom of a page.
    QList<QList<int>> pages(1);
    for (int i = 0; i < rows.size(); ++i) {
        const bool sectionStart = rows.at(i).kind == BodyRow::Kind::Section;
        const int need = sectionStart ? 3 : 1;
        if (pages.last().size() + need > perPage && !pages.last().isEmpty()) {
            pages.append(QList<int>());
            if (rows.at(i).kind == BodyRow::Kind::Cells && rows.at(i).head >= 0)
                pages.last().append(rows.at(i).head);
        }
        pages.last().append(i);
    }

    QList<LabelScene> scenes;
    for (int p = 0; p < pages.size(); ++p) {
        LabelScene scene;
        scene.size = size;
        scene.name = m.pallet.sscc.digits();
        PageComposer composer(scene, size.width());
        double y = composer.header(m, p + 1, int(pages.size()));
        for (int index : pages.at(p)) {
            composer.row(rows.at(index), y);
            y += kRowMm;
        }
        scenes.append(scene);
    }
    return scenes;
}

QList<LabelScene> ManifestDocument::compose(const QList<PalletManifest> &manifests,
                                            ManifestPaper paper)
{
    QList<LabelScene> scenes;
    for (const PalletManifest &m : manifests)
        scenes += compose(m, paper);
    return scenes;
}

bool ManifestDocument::writeFile(const QList<PalletManifest> &manifests, ManifestPaper paper,
                                 const QString &path, QString *error)
{
    if (manifests.isEmpty()) {
        if (error)
            *error = tr("There is no pallet to write a manifest for");
        return false;
    }
    const QString title = manifests.size() == 1
        ? tr("Pallet manifest %1").arg(manifests.first().pallet.sscc.digits())
        : tr("%1 pallet manifests").arg(manifests.size());
    return PdfLabelWriter::writeFile(compose(manifests, paper), path, error, title);
}

} // namespace VendorPack
