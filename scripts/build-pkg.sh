#!/usr/bin/env bash
# Builds the npm package into pkg/: the crate for wasm32 (size settings from Cargo.toml),
# wasm-bindgen's `--target web` glue, wasm-opt, then the entries around ONE shared .wasm
# (scripts/bundle.mjs): index.js for browsers and bundlers, node.cjs for Node `require`,
# node.mjs for Node `import` (re-exports node.cjs: one instance per process), and the subpath
# hongxun-sign/catalog with the catalog's descriptions (catalog.js; catalog.cjs, catalog.mjs).
# Prints the .wasm's size and what dominates it, then the bundles and the browser's download.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK=target/pkg-build
PKG=pkg
NAME=hongxun_sign
# wasm-opt from binaryen 132 (npm, pinned in package-lock.json), not Debian's binaryen 108: 108
# rewrites wasm-bindgen's externref table export to point at the function table, so the module
# fails to instantiate ("Table.set(): ... function-typed object"); 132 also gives a smaller file.
# -O2, not -Oz: buildRequest 2-3 % faster in Chromium and Node (1 KB and 2.5 KB, 1 MB) for
# 0.2 KB more gzipped; -O3 measured no faster than -O2.
WASM_OPT=(node_modules/.bin/wasm-opt -O2 --converge)
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

# The hand-written sources next to the glue, and the catalog's descriptions (for
# hongxun-sign/catalog); then one bundle per entry and module format.
cp js/*.js "$WORK/"
node scripts/catalog-module.mjs "$WORK/catalog-data.js"
node scripts/bundle.mjs "$WORK" "$PKG"
cp js/node.mjs js/catalog.mjs "$PKG/"

# Types: the generated request interfaces, then the API; the catalog's own. `.d.cts` for
# `require` resolution, where the catalog's types come from index.d.cts (a CommonJS declaration
# may not import an ES one's types without a resolution-mode attribute).
cat generated/requests.d.ts js/api.d.ts > "$PKG/index.d.ts"
cp "$PKG/index.d.ts" "$PKG/index.d.cts"
cp js/catalog.d.ts "$PKG/catalog.d.ts"
sed "s|from './index.js'|from './index.cjs'|" js/catalog.d.ts > "$PKG/catalog.d.cts"

VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
sed "s/\"version\": \"0.0.0\"/\"version\": \"$VERSION\"/" js/package.json > "$PKG/package.json"
cp js/README.md "$PKG/README.md"

node scripts/wasm-size.mjs "$PKG/${NAME}_bg.wasm" "$WORK/named.wasm"
node scripts/bundle-size.mjs "$PKG" "${NAME}_bg.wasm"
