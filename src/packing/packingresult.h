// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QMetaType>
#include <QString>

namespace VendorPack {

// The outcome of one packing action as the UI shows it: done, refused before anything changed,
// or failed in the database (a conflict reloads the shipment), with a sentence and the node.
struct PackingResult
{
    enum class Status {
        Ok, // committed
        Refused, // a rule, a read-only session or bad input: nothing changed
        Conflict, // another station changed the shipment: nothing changed, the shipment reloaded
        Failed // the database refused (locked, disk full): nothing changed
    };

    Status status = Status::Ok;
    QString message; // for the status bar; may be set on success too ("restored with new SSCCs")
    NodeId node = 0; // the node the action made or acted on
    QString rule; // Refused by a packing rule: its id

    bool ok() const { return status == Status::Ok; }
    explicit operator bool() const { return ok(); }

    static PackingResult done(NodeId node = 0, const QString &message = QString())
    {
        return PackingResult { Status::Ok, message, node, QString() };
    }
    static PackingResult refused(const QString &message, const QString &rule = QString())
    {
        return PackingResult { Status::Refused, message, 0, rule };
    }
};

} // namespace VendorPack

Q_DECLARE_METATYPE(VendorPack::PackingResult)
