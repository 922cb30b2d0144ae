// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icons.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace VendorPack {

// A small icon-and-text field for the status bar (API state, sync state), set in one call.
class StatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit StatusIndicator(QWidget *parent = nullptr);

    void setState(Icons::Kind icon, const QString &text, const QString &toolTip = QString());
    // Text only, no icon.
    void setText(const QString &text, const QString &toolTip = QString());
    QString text() const;
    // The icon's kind of the last setState(), or -1 after setText().
    int iconKind() const { return m_kind; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    int m_kind = -1;
};

} // namespace VendorPack
