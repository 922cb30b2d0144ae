#!/usr/bin/env python3
"""Times `vendorpack-cli validate` as a whole process against python3's json.load of the same file."""
import statistics
import subprocess
import sys
import time

RUNS = 11


def median_seconds(command):
    times = []
    for _ in range(RUNS + 1):
        start = time.perf_counter()
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            sys.exit(f"{' '.join(command)} exited with {result.returncode}")
    return statistics.median(times[1:])  # the first run warms the page cache


def main():
    cli, shipment, orders = sys.argv[1:4]
    load = "import json,sys; [json.load(open(f)) for f in sys.argv[1:]]"
    validate = median_seconds([cli, "validate", shipment])
    python = median_seconds([sys.executable, "-c", load, shipment])
    validate_orders = median_seconds([cli, "validate", shipment, "--orders", orders])
    python_both = median_seconds([sys.executable, "-c", load, shipment, orders])
    report("vendorpack-cli validate SHIPMENT", validate, "python3 json.load(SHIPMENT)", python)
    report("vendorpack-cli validate SHIPMENT --orders ORDERS", validate_orders,
           "python3 json.load(SHIPMENT), json.load(ORDERS)", python_both)


def report(ours_name, ours, theirs_name, theirs):
    verdict = "OK" if ours < theirs else "SLOWER THAN PYTHON"
    print(f"{ours_name:58} {ours * 1000:10.1f} ms")
    print(f"{theirs_name:58} {theirs * 1000:10.1f} ms")
    print(f"{'  ratio (budget: python slower, > 1)':58} {theirs / ours:10.2f} x    {verdict}")


if __name__ == "__main__":
    main()
