// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icons.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QUndoStack;
QT_END_NAMESPACE

namespace VendorPack {

// PLACEHOLDER: stands in for a page that is built elsewhere (the packing page, the review page)
// until it lands in MainWindow::createPages(). Shows what will be here, contributes its future
// actions disabled, and has an empty undo stack so that the Edit menu is wired.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(Icons::Kind icon, const QString &title, const QString &description,
                    QWidget *parent = nullptr);

    // A disabled action that the real page will provide.
    QAction *addPlaceholderAction(Icons::Kind icon, const QString &text,
                                  const QKeySequence &shortcut = QKeySequence());
    QList<QAction *> pageActions() const { return m_actions; }
    QUndoStack *undoStack() const { return m_undoStack; }

private:
    QList<QAction *> m_actions;
    QUndoStack *m_undoStack;
};

} // namespace VendorPack
