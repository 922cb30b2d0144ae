// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingicons.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace VendorPack {

namespace {

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

QIcon PackingIcons::forSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return themed(u"dialog-error"_s, QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return themed(u"dialog-warning"_s, QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return themed(u"dialog-information"_s, QStyle::SP_MessageBoxInformation);
}

QIcon PackingIcons::forSeverityValue(int severity)
{
    if (severity < int(Severity::Error) || severity > int(Severity::Info))
        return QIcon();
    return forSeverity(Severity(severity));
}

QIcon PackingIcons::forNodeType(NodeType type)
{
    switch (type) {
    case NodeType::Pallet:
        return themed(u"drive-harddisk"_s, QStyle::SP_DriveHDIcon);
    case NodeType::Carton:
        return themed(u"package-x-generic"_s, QStyle::SP_DirIcon);
    case NodeType::Item:
        return themed(u"text-x-generic"_s, QStyle::SP_FileIcon);
    case NodeType::Unknown:
        break;
    }
    return themed(u"dialog-question"_s, QStyle::SP_MessageBoxQuestion);
}

QIcon PackingIcons::ok()
{
    return themed(u"emblem-ok"_s, QStyle::SP_DialogApplyButton);
}

QIcon PackingIcons::forAction(Action action)
{
    switch (action) {
    case Action::NewShipment:
        return themed(u"document-new"_s, QStyle::SP_FileDialogNewFolder);
    case Action::OpenShipment:
        return themed(u"document-open"_s, QStyle::SP_DialogOpenButton);
    case Action::NewPallet:
        return themed(u"list-add"_s, QStyle::SP_DriveHDIcon);
    case Action::NewCarton:
        return themed(u"list-add"_s, QStyle::SP_FileDialogNewFolder);
    case Action::CloseCarton:
        return themed(u"document-save"_s, QStyle::SP_DialogSaveButton);
    case Action::SplitLine:
        return themed(u"edit-cut"_s, QStyle::SP_ArrowRight);
    case Action::MergeLines:
        return themed(u"merge"_s, QStyle::SP_ArrowLeft);
    case Action::Unpack:
        return themed(u"archive-extract"_s, QStyle::SP_ArrowUp);
    case Action::Delete:
        return themed(u"edit-delete"_s, QStyle::SP_TrashIcon);
    case Action::Undo:
        return themed(u"edit-undo"_s, QStyle::SP_ArrowBack);
    case Action::Redo:
        return themed(u"edit-redo"_s, QStyle::SP_ArrowForward);
    case Action::ExpandAll:
        return themed(u"view-list-tree"_s, QStyle::SP_ToolBarVerticalExtensionButton);
    case Action::CollapseAll:
        return themed(u"view-list-details"_s, QStyle::SP_ToolBarHorizontalExtensionButton);
    case Action::FocusScan:
        return themed(u"edit-find"_s, QStyle::SP_FileDialogContentsView);
    case Action::ReloadOrders:
        return themed(u"view-refresh"_s, QStyle::SP_BrowserReload);
    }
    return QIcon();
}

} // namespace VendorPack
