// Times report-core compiled to WebAssembly under Node, on a report made by repeating the shared
// fixture (10 MB by default). The target is >= 40 MB/s.
//
//   cargo build --release --target wasm32-unknown-unknown -p report-core-bench-wasm
//   wasm-bindgen --target nodejs --out-dir target/wasm-bench \
//       target/wasm32-unknown-unknown/release/report_core_bench_wasm.wasm
//   node bench/wasm-node.mjs [MEGABYTES]          (WARM_UP_KB=44: a small call first)
//
// scripts/bench.sh does all three. WASM_BENCH_PKG overrides the folder wasm-bindgen wrote to.

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { performance } from "node:perf_hooks";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..");
const pkg = process.env.WASM_BENCH_PKG ?? path.join(root, "target", "wasm-bench");
const fixture = path.join(root, "..", "shared", "fixtures", "jbz-raad-2022-07-verslag.txt");
const megabytes = Number(process.argv[2] ?? 10);
const WARM_RUNS = 5;

function fail(message) {
  console.error(`wasm-node: ${message}`);
  process.exit(2);
}

let base;
try {
  base = readFileSync(fixture);
} catch (e) {
  fail(`cannot read the shared fixture ${fixture}: ${e.message}`);
}
const separator = Buffer.from("\n\n");
const copies = Math.ceil((megabytes * 1e6) / (base.length + separator.length));
const input = new Uint8Array(Buffer.concat(Array.from({ length: copies }, () => [base, separator]).flat()));
const mb = input.length / 1e6;

const require = createRequire(import.meta.url);
let wasm;
const loadStart = performance.now();
try {
  wasm = require(path.join(pkg, "report_core_bench_wasm.js"));
} catch (e) {
  fail(`cannot load ${pkg}/report_core_bench_wasm.js (build it first, see the top of this file): ${e.message}`);
}
const loadMs = performance.now() - loadStart;

function time(f) {
  const start = performance.now();
  const value = f();
  return [performance.now() - start, value];
}

// WARM_UP_KB=44 first analyses that many KB of the fixture, as the page's worker warms itself up
// (crates/report-worker/src/warm_up.rs): the "cold" call below is then the first big call after
// a small one.
const warmUpKb = Number(process.env.WARM_UP_KB ?? 0);
let warmUpMs = 0;
if (warmUpKb > 0) {
  const small = new Uint8Array(Buffer.concat(Array.from({ length: Math.ceil((warmUpKb * 1024) / base.length) }, () => base)).subarray(0, warmUpKb * 1024));
  [warmUpMs] = time(() => wasm.analyze_bytes(small));
}
const [coldMs, counts] = time(() => wasm.analyze_counts(input));
if (counts.length === 0) fail("the input was refused");
const warm = [];
for (let i = 0; i < WARM_RUNS; i++) warm.push(time(() => wasm.analyze_bytes(input))[0]);
warm.sort((a, b) => a - b);
const [jsonMs, jsonLength] = time(() => wasm.analyze_json_len(input));

const rate = (ms) => (mb / (ms / 1000)).toFixed(0);
const [sections, actors, mentions, statements, textBytes] = counts;
console.log(`wasm under Node ${process.version}: input ${mb.toFixed(1)} MB`);
console.log(`  found ${sections} sections, ${actors} actors, ${mentions} mentions, ${statements} statements, text ${textBytes} bytes`);
console.log(`  module load      ${loadMs.toFixed(1)} ms`);
if (warmUpKb > 0) console.log(`  warm-up call     ${warmUpMs.toFixed(1)} ms on ${warmUpKb} KB`);
console.log(`  ${warmUpKb > 0 ? "first big call  " : "cold first call "} ${coldMs.toFixed(1)} ms = ${rate(coldMs)} MB/s`);
console.log(`  warm (best of ${WARM_RUNS}) ${warm[0].toFixed(1)} ms = ${rate(warm[0])} MB/s; median ${warm[Math.floor(WARM_RUNS / 2)].toFixed(1)} ms = ${rate(warm[Math.floor(WARM_RUNS / 2)])} MB/s`);
console.log(`  analyze + JSON   ${jsonMs.toFixed(1)} ms = ${rate(jsonMs)} MB/s (${(jsonLength / 1e6).toFixed(1)} MB of JSON)`);
