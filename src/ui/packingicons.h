// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/enums.h"
#include "core/finding.h"

#include <QIcon>

namespace VendorPack {

// The icons of the packing page in one place (theme icons with standard-style fallbacks), so that
// the application's own icon set can replace them here alone.
class PackingIcons
{
public:
    enum class Action {
        NewShipment,
        OpenShipment,
        NewPallet,
        NewCarton,
        CloseCarton,
        SplitLine,
        MergeLines,
        Unpack,
        Delete,
        Undo,
        Redo,
        ExpandAll,
        CollapseAll,
        FocusScan,
        ReloadOrders
    };

    static QIcon forSeverity(Severity severity);
    // An icon for NodeSeverityRole's value: none for -1 (no finding).
    static QIcon forSeverityValue(int severity);
    static QIcon forNodeType(NodeType type);
    static QIcon forAction(Action action);
    static QIcon ok();
};

} // namespace VendorPack
