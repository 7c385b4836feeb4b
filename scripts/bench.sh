#!/usr/bin/env bash
# Runs every performance measurement of the analysis core and prints the figures:
#   1. criterion throughput, 1 MB and 10 MB (target >= 100 MB/s natively),
#   2. peak heap of one 10 MB analysis (target <= 8x the input),
#      and the time of texts shaped to grow work faster than the text, at 1 and 4 MB,
#   3. the same analysis compiled to WebAssembly under Node (target >= 40 MB/s).
# Run from anywhere; needs the shared fixture beside the repository (../shared/fixtures), and for
# step 3 the wasm32-unknown-unknown target, wasm-bindgen 0.2.130 and node. Step 3 is skipped with
# a message when they are missing; SKIP_WASM=1 skips it on purpose.
# CALLGRIND=1 adds instructions per input byte counted by valgrind: unlike seconds, that figure
# does not move when other builds share the machine's two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== criterion: cargo bench -p report-core --bench analyze"
cargo bench -p report-core --bench analyze 2>&1 | tee target/bench-criterion.log |
  grep -E '^analyze/|thrpt:|time:' || true

echo
echo "== peak memory: cargo run --release -p report-core --example peak_memory"
cargo run --quiet --release -p report-core --example peak_memory

echo
echo "== growth: cargo run --release -p report-core --example stress (ratio ~4 is linear, ~16 quadratic)"
cargo run --quiet --release -p report-core --example stress

if [ "${CALLGRIND:-0}" = 1 ]; then
  echo
  echo "== instructions per input byte (valgrind --tool=callgrind; 11 MB run minus 1 MB run)"
  count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      target/release/examples/peak_memory "$1" 2>&1 | sed -n 's/.*Collected : //p'
  }
  small=$(count 1)
  large=$(count 11)
  echo "  $(( (large - small) / 10000000 )) instructions per byte ($small for 1 MB, $large for 11 MB)"
fi

echo
echo "== wasm under Node"
if [ "${SKIP_WASM:-0}" = 1 ]; then
  echo "skipped (SKIP_WASM=1)"
  exit 0
fi
missing=""
rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || missing+=" wasm32-unknown-unknown"
[ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen 0.2.130" ] || missing+=" wasm-bindgen-0.2.130"
command -v node >/dev/null || missing+=" node"
if [ -n "$missing" ]; then
  echo "skipped: missing$missing"
  exit 0
fi
cargo build --quiet --release --target wasm32-unknown-unknown -p report-core-bench-wasm
wasm-bindgen --target nodejs --out-dir target/wasm-bench \
  target/wasm32-unknown-unknown/release/report_core_bench_wasm.wasm
# wasm-bindgen's nodejs glue is CommonJS; the repository's package.json says "type": "module".
echo '{"type": "commonjs"}' > target/wasm-bench/package.json
ls -l target/wasm32-unknown-unknown/release/report_core_bench_wasm.wasm | awk '{printf "  wasm module: %d bytes (before wasm-bindgen, no wasm-opt)\n", $5}'
node bench/wasm-node.mjs "${BENCH_MB:-10}"
# Each stage on one thread, cold (the first call) and warm: where the cold call's time goes.
node bench/wasm-stages.mjs "${BENCH_MB:-10}" 2 | sed 's/^/  stages, /'
# A cold first call on 1 KB in a fresh process: the set-up of the tables in V8's baseline code.
node bench/wasm-cold.mjs 0.001 | sed 's/^/  cold 1 KB call: /'
