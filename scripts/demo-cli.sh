#!/usr/bin/env bash
# The command-line demo: generate a realistic shipment with its orders,
# validate it, then validate the seed's example shipments, printing their findings.
# Usage: scripts/demo-cli.sh [BUILD_DIR]
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

echo
echo "Next: the round trip with ChannelEngine, against the built-in sandbox (a local look-alike of"
echo "the API on 127.0.0.1) that drops and refuses some requests on purpose."
sandbox_out="$out/sandbox.out"
"$build/src/app/vendorpack-sandbox" --seed 1 --orders 50 --port 0 --fail-rate 0.2 \
    --drop-rate 0.2 --export-delay 0 --exit-after-idle 20 >"$sandbox_out" 2>/dev/null &
sandbox_pid=$!
trap 'kill $sandbox_pid 2>/dev/null' EXIT
for _ in $(seq 50); do
    [ -s "$sandbox_out" ] && break
    sleep 0.1
done
api=$(head -1 "$sandbox_out" | sed 's/^listening on //')
export VENDORPACK_API_KEY=sandbox-demo-key
run orders pull --api "$api" --out "$out/pulled.json"
run generate --orders "$out/pulled.json" --pallets 2 --cartons-per-pallet 3 --out "$out/packed"
run shipment push "$out/packed/shipment.json" --api "$api"
echo
echo "Pushing the same shipment again updates it; it is never created twice:"
run shipment push "$out/packed/shipment.json" --api "$api"
