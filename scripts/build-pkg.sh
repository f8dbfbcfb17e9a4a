#!/usr/bin/env bash
# Builds the npm package into pkg/: the crate for wasm32 (size settings from Cargo.toml),
# wasm-bindgen's `--target web` glue, wasm-opt, then the entries around ONE shared .wasm:
#   index.js  browsers and bundlers (ESM; `await init()` fetches the .wasm next to it)
#   node.cjs  Node `require` (compiles the .wasm synchronously on load)
#   node.mjs  Node `import` (re-exports node.cjs: one instance per process)
# Prints the .wasm's size and what dominates it, then index.js/node.cjs and the browser's download.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=target/pkg-build
PKG=pkg
NAME=hongxun_sign
# wasm-opt from binaryen 132 (npm, pinned in package-lock.json), not Debian's binaryen 108: 108
# rewrites wasm-bindgen's externref table export to point at the function table, so the module
# fails to instantiate ("Table.set(): ... function-typed object"); 132 also gives a smaller file.
WASM_OPT=(node_modules/.bin/wasm-opt -Oz --converge)
# What rustc 1.95 emits for wasm32-unknown-unknown (its `target_features` section).
WASM_FEATURES=(--enable-bulk-memory --enable-sign-ext --enable-mutable-globals
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue)

# Keep symbols until wasm-opt: wasm-bindgen reads the target_features section (Cargo's
# `strip = true` removes it) and the size report needs function names. wasm-opt strips below.
CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --target wasm32-unknown-unknown --lib
# Where Cargo put it: `target/` unless CARGO_TARGET_DIR or a config says otherwise.
TARGET_DIR=$(cargo metadata --format-version 1 --no-deps |
  node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8")).target_directory)')

rm -rf "$WORK" "$PKG"
mkdir -p "$WORK" "$PKG"
# --experimental-reset-state-function: after a trap the wrapper restarts the instance.
wasm-bindgen --target web --experimental-reset-state-function --no-typescript \
  --out-dir "$WORK" --out-name "$NAME" "$TARGET_DIR/wasm32-unknown-unknown/release/$NAME.wasm"

"${WASM_OPT[@]}" "${WASM_FEATURES[@]}" --strip-debug --strip-producers --strip-target-features \
  "$WORK/${NAME}_bg.wasm" -o "$PKG/${NAME}_bg.wasm"
# The same optimisation keeping function names, only for the size report (names change what
# binaryen may merge, so the shipped file is optimised separately, without them).
"${WASM_OPT[@]}" "${WASM_FEATURES[@]}" -g "$WORK/${NAME}_bg.wasm" -o "$WORK/named.wasm"

# The hand-written sources next to the glue, and the catalog's descriptions for endpoints() and
# requestSchema(); then one bundle per module format.
cp js/*.js "$WORK/"
node scripts/catalog-module.mjs "$WORK/catalog.js"
ESBUILD=(node_modules/.bin/esbuild --bundle --log-level=warning --legal-comments=none)
"${ESBUILD[@]}" "$WORK/browser.js" --format=esm --platform=neutral --outfile="$PKG/index.js"
# The glue's default .wasm URL uses import.meta, unused here: node-cjs.js passes the bytes.
"${ESBUILD[@]}" "$WORK/node-cjs.js" --format=cjs --platform=node --log-override:empty-import-meta=silent \
  --outfile="$PKG/node.cjs"
cp js/node.mjs "$PKG/node.mjs"

# Types: the generated request interfaces, then the API. `.d.cts` for `require` resolution.
cat generated/requests.d.ts js/api.d.ts > "$PKG/index.d.ts"
cp "$PKG/index.d.ts" "$PKG/index.d.cts"

VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
sed "s/\"version\": \"0.0.0\"/\"version\": \"$VERSION\"/" js/package.json > "$PKG/package.json"
cp js/README.md "$PKG/README.md"

node scripts/wasm-size.mjs "$PKG/${NAME}_bg.wasm" "$WORK/named.wasm"
node scripts/bundle-size.mjs "$PKG" "${NAME}_bg.wasm"
