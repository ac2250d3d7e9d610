import { readFileSync, writeFileSync } from "node:fs";

/**
 * For the benchmark (scripts/bench.ts): when $BENCH_TIMINGS_FILE names a
 * file, a build step records how long it took there, in seconds, as one key of
 * a JSON object: `{ "pagefindSeconds": 1.2, "linkCheckSeconds": 0.3 }`.
 * Without the variable it does nothing.
 */
export async function timed<T>(step: string, work: () => Promise<T> | T): Promise<T> {
  const file = process.env["BENCH_TIMINGS_FILE"];
  if (!file) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    record(file, step, started);
  }
}

/** As timed, for work that is not asynchronous. */
export function timedSync<T>(step: string, work: () => T): T {
  const file = process.env["BENCH_TIMINGS_FILE"];
  if (!file) return work();
  const started = performance.now();
  try {
    return work();
  } finally {
    record(file, step, started);
  }
}

function record(file: string, step: string, started: number): void {
  let timings: Record<string, number> = {};
  try {
    timings = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  } catch {
    // No file yet: this is the first step to report.
  }
  timings[step] = (timings[step] ?? 0) + (performance.now() - started) / 1000;
  writeFileSync(file, JSON.stringify(timings));
}
