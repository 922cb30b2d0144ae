#!/usr/bin/env bash
# The packing station's window in demo mode: the built-in sandbox with 40 purchase orders, a
# throwaway database, nothing sent anywhere. With a display it opens the window; without one it
# runs it under Xvfb for a few seconds and saves screenshots to demo-out/.
# Usage: scripts/demo.sh [BUILD_DIR] [SECONDS]
set -uo pipefail
build=${1:-build}
seconds=${2:-6}
cd "$(dirname "$0")/.." || exit 2
app="$build/src/app/vendorpack"
if [ ! -x "$app" ]; then
    echo "$app is missing; run make build first" >&2
    exit 2
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "Starting the VendorPack window in demo mode (close it to end the demo)."
    exec "$app" --demo
fi

out=demo-out
mkdir -p "$out"
echo "No display: running the VendorPack window under Xvfb for ${seconds} s per screen size."
for size in 1366x768 1920x1080; do
    shot="$out/vendorpack-demo-$size.png"
    xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
        "$1" --demo >"$2.log" 2>&1 &
        pid=$!
        sleep "$3"
        import -window root "$2"
        # Quit as a user does (Ctrl+Q), so that the demo removes its throwaway database.
        read -r w h < <(xdotool getdisplaygeometry 2>/dev/null) && \
            xdotool mousemove $((w / 2)) $((h / 2)) click 1 key ctrl+q 2>/dev/null
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
        exit 0' _ "$app" "$shot" "$seconds"
    if [ -s "$shot" ]; then
        echo "Screenshot at $size: $shot"
    else
        echo "No screenshot at $size; see $shot.log" >&2
        exit 1
    fi
done
echo "Run it with a display (or over X forwarding) to use it: $app --demo"
