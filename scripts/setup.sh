#!/usr/bin/env bash
# Installs what building and testing need, skipping whatever is already there.
# Only package registries are used (crates.io, npm, Debian): no binary downloads.
# A re-run with everything present takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p; s/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml | head -n1)
TRUNK_VERSION=0.21.14
: "${WASM_BINDGEN_VERSION:?could not read the wasm-bindgen version pinned in Cargo.toml}"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "setup: cargo not found; install rustup first (https://rustup.rs) and re-run" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  rustup component list --installed | grep -q "^$comp" || rustup component add "$comp"
done

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Without --locked: its lockfile wants a crate version the registry mirror lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes)"
  # With --locked: without it lightningcss fails to compile.
  cargo install --locked "trunk@$TRUNK_VERSION" --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium chromium-driver
fi

# npm dev dependencies (playwright-core, binaryen's wasm-opt) from the committed lockfile.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.package-lock.json.stamp 2>/dev/null; then
  say "installing npm dev dependencies"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.stamp
fi

# Crates for offline trunk builds.
cargo fetch --locked --quiet
say "tools ready"
