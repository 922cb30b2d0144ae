// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace VendorPack {

// Converts between JSON pointers into a request body and the field paths ChannelEngine uses
// as keys of ValidationErrors ("Model.Lines[0].Lines[2].Quantity").
namespace ApiFieldPath {

// "/Model/Lines/0/Lines/2/Quantity" -> "Model.Lines[0].Lines[2].Quantity"
QString fromPointer(QStringView jsonPointer);
// The reverse; tolerant of "Lines.0", any case of the first letter ("model.lines[0]"), and a
// leading "$." or "request.". Empty when it cannot be read.
QString toPointer(QStringView fieldPath);

} // namespace ApiFieldPath

} // namespace VendorPack
