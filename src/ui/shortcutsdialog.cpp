// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace VendorPack {

namespace {

QString plainText(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("..."));
}

void addMenu(QTreeWidget *tree, const QMenu *menu, QTreeWidgetItem *parent, int *count)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            addMenu(tree, action->menu(), parent, count);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts.append(key.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(
            parent, { plainText(action->text()), texts.join(QLatin1String(", ")) });
        item->setIcon(0, action->icon());
        ++*count;
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("shortcuts"));
    tree->setHeaderLabels({ tr("Command"), tr("Shortcut") });
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    for (QAction *menuAction : menuBar->actions()) {
        if (!menuAction->menu())
            continue;
        auto *group = new QTreeWidgetItem(tree, { plainText(menuAction->text()) });
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addMenu(tree, menuAction->menu(), group, &m_count);
        if (group->childCount() == 0)
            delete group;
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(460, 520);
}

} // namespace VendorPack
