#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh Debian machine; each step is skipped when
# its tool is already there, so a second run takes a second or two.
#   - the wasm32-unknown-unknown Rust target
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (the CLI and the crate
#     must match; `cargo install --locked` does not resolve here, so the version is pinned)
#   - Debian chromium + chromium-driver (headless tests, consumer test, benchmark)
#   - npm dev tools from package-lock.json (esbuild, binaryen's wasm-opt, typescript, vite, …)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1mtools:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

WANT=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
HAVE=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$HAVE" != "$WANT" ]; then
  say "installing wasm-bindgen-cli $WANT (found: ${HAVE:-none})"
  cargo install wasm-bindgen-cli --version "$WANT" --force
fi

MISSING=()
for pkg in chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || MISSING+=("$pkg")
done
if [ ${#MISSING[@]} -gt 0 ]; then
  say "installing ${MISSING[*]} (apt)"
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${MISSING[@]}"
fi

# `npm ci` only when package-lock.json changed since the last install (it wipes node_modules).
STAMP=node_modules/.lock-installed
if [ ! -f "$STAMP" ] || ! cmp -s package-lock.json "$STAMP"; then
  say "installing npm dev tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$STAMP"
fi
