// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QAction;
class QMenuBar;
QT_END_NAMESPACE

namespace VendorPack {

// Help > Keyboard Shortcuts: every menu command that has a shortcut, by menu, so that a packer
// can learn to work without the mouse.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);
    int shortcutCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace VendorPack
