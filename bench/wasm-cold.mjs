// Times a sequence of calls of report-core compiled to WebAssembly in one fresh Node process, to
// see what a cold first call costs next to later ones (V8 first runs wasm in its baseline code and
// swaps in optimised code per function, for later calls only). For each call it prints the wall
// time, the main thread's CPU time and its wait for a core, and the CPU time of V8's other
// threads, where the optimising compiler runs: on two cores a cold call shares them with it.
//
//   node bench/wasm-cold.mjs [SIZES]     SIZES in MB, comma-separated; default 10,10
//   node bench/wasm-cold.mjs 0.001       a cold call on 1 KB: the set-up of the tables
//
// Build the package first as bench/wasm-node.mjs says; WASM_BENCH_PKG overrides its folder. Run
// it several times and take the least: one process gives one cold call.

import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { performance } from "node:perf_hooks";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "..");
const pkg = process.env.WASM_BENCH_PKG ?? path.join(root, "target", "wasm-bench");
const base = readFileSync(path.join(root, "..", "shared", "fixtures", "jbz-raad-2022-07-verslag.txt"));
const sizes = (process.argv[2] ?? "10,10").split(",").map(Number);

function input(megabytes) {
  const separator = Buffer.from("\n\n");
  const copies = Math.ceil((megabytes * 1e6) / (base.length + separator.length));
  const bytes = Buffer.concat(Array.from({ length: copies }, () => [base, separator]).flat());
  return new Uint8Array(bytes.subarray(0, Math.max(1, Math.round(megabytes * 1e6))));
}

// A thread's time on a CPU and its wait for one, in ms (Linux: the first two fields of
// schedstat are nanoseconds); NaN elsewhere.
function schedstat(task) {
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${task}/schedstat`, "utf8").split(" ").map(Number);
    return { run: run / 1e6, wait: wait / 1e6 };
  } catch {
    return { run: NaN, wait: NaN };
  }
}

// The main thread's CPU time and wait, and the CPU time of V8's other threads (the optimising
// compiler works there while a cold call runs in baseline code), in ms.
function cpuMs() {
  const main = schedstat(process.pid);
  let others = 0;
  try {
    for (const task of readdirSync("/proc/self/task")) {
      if (Number(task) !== process.pid) others += schedstat(task).run || 0;
    }
  } catch {
    others = NaN;
  }
  return { main: main.run, wait: main.wait, others };
}

const inputs = sizes.map(input);
const require = createRequire(import.meta.url);
const wasm = require(path.join(pkg, "report_core_bench_wasm.js"));
for (const bytes of inputs) {
  const [cpu, start] = [cpuMs(), performance.now()];
  const counts = wasm.analyze_counts(bytes);
  const ms = performance.now() - start;
  const after = cpuMs();
  if (counts.length === 0) throw new Error("the input was refused");
  const mb = bytes.length / 1e6;
  console.log(
    `${mb.toFixed(3).padStart(7)} MB: ${ms.toFixed(1).padStart(7)} ms = ${(mb / (ms / 1000)).toFixed(1).padStart(5)} MB/s; ` +
      `main thread CPU ${(after.main - cpu.main).toFixed(1)} ms, waiting for a core ${(after.wait - cpu.wait).toFixed(1)} ms; ` +
      `V8's other threads CPU ${(after.others - cpu.others).toFixed(1)} ms`,
  );
}
