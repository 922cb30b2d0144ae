# VendorPack developer verbs. `make demo` and `make test` work on a fresh Debian machine.
.PHONY: all deps build test demo demo-cli bench clean format

BUILD_DIR ?= build
JOBS      ?= 2
CMAKE     ?= cmake
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Every Debian package the project needs, to build, test, demo and benchmark.
DEB_PACKAGES := \
	build-essential cmake ninja-build pkg-config python3 \
	qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 \
	qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev \
	libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins \
	libzint-dev libzxing-dev qtkeychain-qt6-dev \
	postgresql postgresql-client \
	xvfb xauth zbar-tools xdotool imagemagick fonts-dejavu-core poppler-utils hyperfine \
	cups-client

all: build

deps:
	@missing=$$(dpkg-query -W -f='$${Package} $${db:Status-Status}\n' $(DEB_PACKAGES) 2>/dev/null \
	    | awk '$$2 == "installed" { print $$1 }' | sort > .deps-present.tmp; \
	    printf '%s\n' $(DEB_PACKAGES) | sort | comm -23 - .deps-present.tmp; rm -f .deps-present.tmp); \
	if [ -n "$$missing" ]; then \
	    echo "Installing:" $$missing; \
	    $(SUDO) apt-get update && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	else \
	    echo "All build and test packages are installed."; \
	fi

$(BUILD_DIR)/build.ninja:
	$(CMAKE) -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD_DIR)/build.ninja
	$(CMAKE) --build $(BUILD_DIR) -j$(JOBS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS) --timeout 600

# The window in demo mode (screenshots in demo-out/ when there is no display).
demo: build
	@./scripts/demo.sh $(BUILD_DIR)

# The command line's round trip: generate, validate, pull, pack and push against the sandbox.
demo-cli: build
	@./scripts/demo-cli.sh $(BUILD_DIR)

bench: build
	@./scripts/bench.sh $(BUILD_DIR)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR)
