// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

namespace VendorPack {

CredentialStore::~CredentialStore() = default;

} // namespace VendorPack
