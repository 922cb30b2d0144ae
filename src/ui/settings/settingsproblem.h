// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace VendorPack {

// One reason why a setting cannot be used: the field as the settings dialog labels it, and what
// is wrong with it.
struct SettingsProblem
{
    QString field; // "API URL"
    QString message; // "must start with https://"

    QString text() const { return field + QLatin1String(": ") + message; }
};

using SettingsProblems = QList<SettingsProblem>;

} // namespace VendorPack
