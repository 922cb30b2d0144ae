#!/usr/bin/env bash
# Runs the benchmarks of DESIGN.md section 12 on a generated 60 x 60 x 5 shipment and prints
# each figure with its budget. Usage: scripts/bench.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
data="$build/bench-data"
cli="$build/src/app/vendorpack-cli"

echo "== generating 60 pallets x 60 cartons x 5 SKUs (18,000 item lines)"
"$cli" generate --pallets 60 --cartons-per-pallet 60 --skus-per-carton 5 --out "$data"
echo
echo "== core (in-process, median of several runs)"
"$build/tests/benchmarks/bench_core" "$data/shipment.json" "$data/orders.json"
echo
echo "== vendorpack-cli validate as a whole process, against python3 json.load"
python3 "$(dirname "$0")/bench_cli.py" "$cli" "$data/shipment.json" "$data/orders.json"
echo
echo "== the API client against the in-process sandbox (median of 3)"
"$build/tests/benchmarks/bench_api"
echo
echo "== storage: importing 50,000 PO lines on SQLite and PostgreSQL (median of 3)"
"$build/tests/benchmarks/bench_storage_import"
echo
echo "== storage: the 18,000-line shipment on SQLite and PostgreSQL (median of several runs)"
"$build/tests/benchmarks/bench_storage_shipment"
echo
echo "== packing: the 18,000-line shipment in a packing session, drag and drop moves (SQLite, PostgreSQL)"
"$build/tests/benchmarks/bench_packing"

echo "== sync: committed edit to API confirmation, and requests for a burst of edits (sandbox)"
"$build/tests/benchmarks/bench_sync"

echo "== labels: ZPL and PDF for every carton and pallet (median of 3)"
"$build/tests/benchmarks/bench_labels" "$data/shipment.json" "$data/orders.json"

echo "== storage: drawing 10,000 SSCCs one by one on SQLite and PostgreSQL"
"$build/tests/benchmarks/bench_storage_ledger"

echo "== the packing page with the 18,000-line shipment open (offscreen)"
QT_QPA_PLATFORM=offscreen "$build/tests/benchmarks/bench_packingpage"

echo "== the window: start with 1,000 open purchase orders (offscreen)"
"$build/tests/benchmarks/bench_window"
