// Times each stage of report-core compiled to WebAssembly under Node, on a report made by
// repeating the shared fixture (10 MB by default): the first call (cold: V8 runs baseline code
// and compiles optimised code beside it) and RUNS later ones (warm). One thread, as the page's
// worker runs; so the total is above analyze_counts's, which uses no threads in wasm either.
//
//   node bench/wasm-stages.mjs [MEGABYTES] [RUNS]      (build the package as wasm-node.mjs says)

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..");
const pkg = process.env.WASM_BENCH_PKG ?? path.join(root, "target", "wasm-bench");
const base = readFileSync(path.join(root, "..", "shared", "fixtures", "jbz-raad-2022-07-verslag.txt"));
const megabytes = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 3);
const separator = Buffer.from("\n\n");
const copies = Math.ceil((megabytes * 1e6) / (base.length + separator.length));
const input = new Uint8Array(Buffer.concat(Array.from({ length: copies }, () => [base, separator]).flat()));

const wasm = createRequire(import.meta.url)(path.join(pkg, "report_core_bench_wasm.js"));
for (let run = 0; run <= runs; run++) {
  const line = wasm.stage_times(input);
  const total = [...line.matchAll(/ ([0-9.]+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  console.log(`${run === 0 ? "cold" : `warm ${run}`}: ${line}; total ${total.toFixed(1)} ms = ${(input.length / 1e3 / total).toFixed(1)} MB/s`);
}
