// V8 tuning for the batch command alone, imported by scripts/analyze.ts before the engine so it applies to the
// engine's code from its first call. Only when this process *is* the command: tests and benches that import
// processLine keep V8's defaults.
//
// The interrupt budget is how much bytecode a function runs before V8 considers optimising it. At the default
// (66 KB in V8 11.3) the engine's many functions are optimised on thin type feedback, deoptimised and compiled
// again; 500 KB lets the feedback settle first. Measured on the dev rows, CPU seconds, best of 4 runs each:
// one line (start-up) 0.80 -> 0.61, 2,000 lines 1.66 -> 1.17, 40,000 lines 3.28 -> 3.01, 80,000 lines
// 4.81 -> 4.52; the cost of a line once warm is unchanged (1.53 vs 1.51 s per 40,000). 1 MB and 2 MB did
// worse than 500 KB (40,000 lines: 3.17 and 3.36 s against 2.94 s in one run).
//
// Regular expressions are compiled to machine code at once, not interpreted first and compiled again on their
// second run (V8's tier-up): the engine's escalation cues are hundreds of large patterns, most of which run on
// the first few thousand lines, and compiling each twice was about 0.3 s of CPU on 40,000 dev lines (full run,
// CPU seconds, best of 3: 4.20 -> 3.91; one line 0.82 -> 0.87). The compiled code is the same either way.
//
// Set only on the V8 it was measured with (Node 20): elsewhere the flag may mean something else or be gone,
// and an unknown flag is reported on stderr, which the command keeps for real problems.
import { setFlagsFromString } from 'node:v8';

const MEASURED_ON = /^11\./;
const INTERRUPT_BUDGET = 500_000;

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1]) && MEASURED_ON.test(process.versions.v8)) {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  setFlagsFromString('--no-regexp-tier-up');
}
