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
    validate = median_seconds([cli, "validate", shipment])
    validate_orders = median_seconds([cli, "validate", shipment, "--orders", orders])
    python = median_seconds([sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1]))", shipment])
    print(f"{'vendorpack-cli validate SHIPMENT':58} {validate * 1000:10.1f} ms")
    print(f"{'vendorpack-cli validate SHIPMENT --orders ORDERS':58} {validate_orders * 1000:10.1f} ms")
    print(f"{'python3 -c json.load(SHIPMENT)':58} {python * 1000:10.1f} ms")
    ratio = python / validate_orders
    verdict = "OK" if validate_orders < python else "SLOWER THAN PYTHON"
    print(f"{'ratio python / validate --orders (budget > 1)':58} {ratio:10.2f} x   {verdict}")


if __name__ == "__main__":
    main()
