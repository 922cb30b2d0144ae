// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QHash>

namespace VendorPack {

namespace {

const char *fileName(Icons::Kind kind)
{
    switch (kind) {
    case Icons::App:
        return "app";
    case Icons::Pallet:
        return "pallet";
    case Icons::Carton:
        return "carton";
    case Icons::Item:
        return "item";
    case Icons::NewPallet:
        return "new-pallet";
    case Icons::NewCarton:
        return "new-carton";
    case Icons::CloseCarton:
        return "close-carton";
    case Icons::Split:
        return "split";
    case Icons::Merge:
        return "merge";
    case Icons::Unpack:
        return "unpack";
    case Icons::Delete:
        return "delete";
    case Icons::Undo:
        return "undo";
    case Icons::Redo:
        return "redo";
    case Icons::Refresh:
        return "refresh";
    case Icons::Acknowledge:
        return "acknowledge";
    case Icons::Scan:
        return "scan";
    case Icons::Sync:
        return "sync";
    case Icons::Offline:
        return "offline";
    case Icons::Error:
        return "error";
    case Icons::Warning:
        return "warning";
    case Icons::Ok:
        return "ok";
    case Icons::Settings:
        return "settings";
    case Icons::Orders:
        return "orders";
    case Icons::Packing:
        return "packing";
    }
    return "app";
}

} // namespace

QString Icons::resourcePath(Kind kind)
{
    return QLatin1String(":/icons/") + QLatin1String(fileName(kind)) + QLatin1String(".svg");
}

QIcon Icons::icon(Kind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(kind);
    if (it == cache.end())
        it = cache.insert(kind, QIcon(resourcePath(kind)));
    return *it;
}

QList<Icons::Kind> Icons::allKinds()
{
    QList<Kind> kinds;
    for (int k = App; k <= Packing; ++k)
        kinds.append(Kind(k));
    return kinds;
}

} // namespace VendorPack
