# hongxun-sign — every target installs what it needs first (scripts/tools.sh: idempotent, fast
# when everything is present).
#
#   make test    every test: Rust, wasm in Node and headless Chromium, the JS package, the
#                consumer test, the OpenAPI check, the sandbox and the portal end-to-end tests
#   make build   the npm package in pkg/ (prints the .wasm size and what dominates it, and the bundles')
#   make bench   the benchmark table, Node and headless Chromium; cold start of a fresh page in
#                Chromium (bench/cold.mjs); the gateway's relay overhead
#   make fuzz    the JS API under random and hostile inputs for MINUTES (default 1); not in `test`
#   make run     the partner portal with the sandbox gateway

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

export PATH := $(HOME)/.cargo/bin:$(PATH)
# `cargo test --target wasm32-unknown-unknown` runs the test wasm through wasm-bindgen's runner:
# Node by default, headless Chromium with WASM_BINDGEN_USE_BROWSER=1. The runner adds
# --headless/--no-sandbox itself; tests/wasm/webdriver.json adds the binary and the other flags.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export CHROMEDRIVER := /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/wasm/webdriver.json

WASM_TEST := cargo test --target wasm32-unknown-unknown --test vectors --test wasm

.PHONY: tools test build bench fuzz test-rust test-wasm test-js test-consumer test-openapi

tools:
	@scripts/tools.sh

test: tools test-rust test-wasm build test-js test-consumer test-openapi test-sandbox test-e2e
	@echo "make test: all passed"

build: tools
	scripts/build-pkg.sh

bench: build
	node --expose-gc bench/run.mjs
	node bench/relay.mjs

# Prints calls/s and the error codes seen; fails on any throw that is not a HongxunError, a trap,
# a secret in an output or a built body that does not verify. SEED=n repeats a run.
MINUTES ?= 1
fuzz: build
	MINUTES=$(MINUTES) node scripts/fuzz.mjs

test-rust:
	cargo test

test-wasm:
	$(WASM_TEST)
	WASM_BINDGEN_USE_BROWSER=1 $(WASM_TEST)

# The package as built in pkg/: the whole API, every vector, the TypeScript declarations; and
# every JavaScript block of README.md and js/README.md, run against a sandbox (tests/docs/).
test-js:
	node --test tests/js/ tests/docs/

# npm pack → a fresh directory → Node ESM, Node CommonJS and a Vite build in headless Chromium.
test-consumer:
	node tests/consumer/run.mjs

# generated/openapi.json and every schema, checked by the reference validators.
test-openapi:
	scripts/check-openapi.sh

# ---------------------------------------------------------------------------------------------
# Portal and sandbox gateway.
# ---------------------------------------------------------------------------------------------
.PHONY: run test-e2e test-sandbox screenshots portal-fonts

# Serves the sandbox gateway and the portal: http://127.0.0.1:8787 by default, state in
# .sandbox/state.sqlite (delete it to start afresh; HONGXUN_SANDBOX_DATA=:memory: keeps state in
# memory only); every HONGXUN_SANDBOX_* setting (host, port, upstreams, keys, CORS, …) is in
# docs/portal.md.
run: build
	node sandbox/main.js

# Every failure code, the flows, and a 5,000-call load run on loopback (prints requests/s).
test-sandbox: build
	node --test tests/sandbox/

# The portal in headless Chromium (playwright-core); its screenshots go to target/screenshots/.
test-e2e: build portal-fonts
	node --test tests/e2e/

# The same run, refreshing the README's screenshots in docs/screenshots/.
screenshots: build portal-fonts
	SCREENSHOTS_DIR=docs/screenshots node --test tests/e2e/

# Chinese glyphs for the portal's screenshots (Debian's WenQuanYi Micro Hei, ~5 MB).
portal-fonts:
	@if ! fc-list 2>/dev/null | grep -q 'WenQuanYi Micro Hei'; then \
	  echo "portal-fonts: installing fonts-wqy-microhei (apt)"; \
	  SUDO=$$([ "$$(id -u)" -eq 0 ] && echo "" || echo sudo); \
	  $$SUDO apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends fonts-wqy-microhei; \
	fi
