// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpreviewdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QVBoxLayout>

namespace VendorPack {

LabelPreviewDialog::LabelPreviewDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Label Preview"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("labelPreviewTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("labelPreviewDetail"));
    m_detail->setWordWrap(true);
    m_picture = new QLabel;
    m_picture->setObjectName(QStringLiteral("labelPreviewImage"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(160, 240);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    // The label is white stock: a frame keeps its edge visible on a light window.
    m_picture->setStyleSheet(QStringLiteral("QLabel { background: palette(mid); }"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_picture, 1);
    layout->addWidget(buttons);
}

void LabelPreviewDialog::setLabel(const QImage &image, int dpi, const QString &title,
                                  const QString &detail)
{
    m_image = image;
    m_dpi = dpi > 0 ? dpi : 203;
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    // About the label's real size, but within the screen.
    const QScreen *screen = this->screen();
    const double logicalDpi = screen ? screen->logicalDotsPerInch() : 96.0;
    QSize wanted = (QSizeF(image.size()) * (logicalDpi / m_dpi)).toSize();
    if (screen)
        wanted = wanted.boundedTo(screen->availableSize() * 0.8);
    resize(qMax(wanted.width() + 40, 360), wanted.height() + 120);
    updatePixmap();
}

void LabelPreviewDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    updatePixmap();
}

void LabelPreviewDialog::updatePixmap()
{
    if (m_image.isNull()) {
        m_picture->clear();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize area = m_picture->contentsRect().size() - QSize(8, 8);
    QPixmap pixmap = QPixmap::fromImage(
        m_image.scaled(area * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_picture->setPixmap(pixmap);
}

} // namespace VendorPack
