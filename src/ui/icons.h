// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace VendorPack {

// The program's icon set: maps what a button, node or state means to one of the SVG icons in
// resources/icons, so that widgets never name files and the set stays coherent.
class Icons
{
public:
    enum Kind {
        App,
        Pallet,
        Carton,
        Item,
        NewPallet,
        NewCarton,
        CloseCarton,
        Split,
        Merge,
        Unpack,
        Delete,
        Undo,
        Redo,
        Refresh,
        Acknowledge,
        Scan,
        Sync,
        Offline,
        Error,
        Warning,
        Ok,
        Settings,
        Orders,
        Packing,
    };

    // The icon of a kind, cached; scalable (the SVG icon engine renders every size).
    static QIcon icon(Kind kind);
    // The resource path of a kind's SVG file, ":/icons/carton.svg".
    static QString resourcePath(Kind kind);
    // Every kind, for tests and the icon overview.
    static QList<Kind> allKinds();
};

} // namespace VendorPack
