// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The packing verbs as undo commands, one per user verb (VerbNoun), each one committed change per
// redo() and per undo() (see PackingSession). Subtrees taken out of the tree are owned by the
// command that took them.

#include "addcartoncommand.h"
#include "additemcommand.h"
#include "addpalletcommand.h"
#include "changeheadercommand.h"
#include "changevaluecommand.h"
#include "closecartoncommand.h"
#include "deletenodescommand.h"
#include "mergelinescommand.h"
#include "movenodescommand.h"
#include "relabelnodecommand.h"
#include "splitlinecommand.h"
#include "unpacknodecommand.h"
