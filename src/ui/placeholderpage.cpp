// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace VendorPack {

PlaceholderPage::PlaceholderPage(Icons::Kind icon, const QString &title, const QString &description,
                                 QWidget *parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
{
    auto *picture = new QLabel;
    picture->setPixmap(Icons::icon(icon).pixmap(QSize(96, 96), devicePixelRatioF()));
    picture->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("placeholderTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(description);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    text->setForegroundRole(QPalette::PlaceholderText);
    text->setMinimumWidth(360);
    text->setMaximumWidth(560);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text, 4);
    textRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(picture);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addLayout(textRow);
    layout->addStretch(3);
}

QAction *PlaceholderPage::addPlaceholderAction(Icons::Kind icon, const QString &text,
                                               const QKeySequence &shortcut)
{
    auto *action = new QAction(Icons::icon(icon), text, this);
    action->setShortcut(shortcut);
    action->setEnabled(false);
    m_actions.append(action);
    return action;
}

} // namespace VendorPack
