// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>

QT_BEGIN_NAMESPACE
class QLabel;
class QScrollArea;
QT_END_NAMESPACE

namespace VendorPack {

// Shows one label as it will print (an image from the label painter), scaled to fit the screen
// at about its real size, with what it is and where it will print.
class LabelPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LabelPreviewDialog(QWidget *parent = nullptr);

    // image rendered at dpi; title and detail are shown above it.
    void setLabel(const QImage &image, int dpi, const QString &title, const QString &detail);
    QImage image() const { return m_image; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updatePixmap();

    QImage m_image;
    int m_dpi = 203;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_picture = nullptr;
};

} // namespace VendorPack
