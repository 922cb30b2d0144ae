// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingicons.h"

#include "icons.h"

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
        return Icons::icon(Icons::Error);
    case Severity::Warning:
        return Icons::icon(Icons::Warning);
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
        return Icons::icon(Icons::Pallet);
    case NodeType::Carton:
        return Icons::icon(Icons::Carton);
    case NodeType::Item:
        return Icons::icon(Icons::Item);
    case NodeType::Unknown:
        break;
    }
    return themed(u"dialog-question"_s, QStyle::SP_MessageBoxQuestion);
}

QIcon PackingIcons::ok()
{
    return Icons::icon(Icons::Ok);
}

QIcon PackingIcons::forAction(Action action)
{
    switch (action) {
    case Action::NewShipment:
        return Icons::icon(Icons::Packing);
    case Action::OpenShipment:
        return themed(u"document-open"_s, QStyle::SP_DialogOpenButton);
    case Action::NewPallet:
        return Icons::icon(Icons::NewPallet);
    case Action::NewCarton:
        return Icons::icon(Icons::NewCarton);
    case Action::CloseCarton:
        return Icons::icon(Icons::CloseCarton);
    case Action::SplitLine:
        return Icons::icon(Icons::Split);
    case Action::MergeLines:
        return Icons::icon(Icons::Merge);
    case Action::Unpack:
        return Icons::icon(Icons::Unpack);
    case Action::Delete:
        return Icons::icon(Icons::Delete);
    case Action::Undo:
        return Icons::icon(Icons::Undo);
    case Action::Redo:
        return Icons::icon(Icons::Redo);
    case Action::ExpandAll:
        return themed(u"view-list-tree"_s, QStyle::SP_ToolBarVerticalExtensionButton);
    case Action::CollapseAll:
        return themed(u"view-list-details"_s, QStyle::SP_ToolBarHorizontalExtensionButton);
    case Action::FocusScan:
        return Icons::icon(Icons::Scan);
    case Action::ReloadOrders:
        return Icons::icon(Icons::Refresh);
    }
    return QIcon();
}

} // namespace VendorPack
