// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder so the target exists before its first page lands.
