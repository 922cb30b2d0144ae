#!/usr/bin/env bash
# The demo until the packing window exists: generate a realistic shipment with its orders,
# validate it, then validate the seed's example shipments, printing their findings.
# Usage: scripts/demo.sh [BUILD_DIR]
set -uo pipefail
build=${1:-build}
cd "$(dirname "$0")/.." || exit 2
cli="$build/src/app/vendorpack-cli"
out="$build/demo"

run() {
    echo
    echo "\$ vendorpack-cli $*"
    "$cli" "$@"
    echo "(exit status $?)"
}

echo "VendorPack demo: the packing rules on a generated shipment and on the seed's examples."
run generate --pallets 3 --cartons-per-pallet 4 --skus-per-carton 3 --seed 7 --out "$out"
run validate "$out/shipment.json" --orders "$out/orders.json"
echo
echo "Next: a shipment with the mistakes a busy dock makes, and the two example shipments of"
echo "ChannelEngine's documentation (seed 001), which break several rules themselves."
for example in resources/demo/*.json; do
    case "$example" in *orders*.json) continue ;; esac
    orders="${example%.json}.orders.json"
    if [ -f "$orders" ]; then
        run validate "$example" --orders "$orders"
    else
        run validate "$example"
    fi
done
