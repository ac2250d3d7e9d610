import { runWithTimeLimit, type Run } from "./runWithTimeLimit.ts";
import { TIME_LIMIT_VARIABLE } from "./testTimeLimits.ts";

export interface StepOptions {
  env?: NodeJS.ProcessEnv;
  /** How long the step may run before it is killed, with every process it started, and counted as failed. */
  limitSeconds: number;
}

/**
 * The steps of `npm test` and what they add up to: each step's output printed whole once it has ended (so that the
 * lines of steps running at once do not mix), how long each took, which were killed at their time limit, and the
 * count of tests that passed and failed, which is the last line.
 */
export class TestSuite {
  passed = 0;
  failed = 0;
  private readonly timings: Array<[string, number]> = [];
  private readonly killed: string[] = [];

  constructor(private readonly print: (text: string) => void = (text) => process.stdout.write(text)) {}

  /** Runs a command as a step: its title, how long it took and its output (standard error included) once it has ended. */
  async run(title: string, command: string, args: string[], options: StepOptions): Promise<Run> {
    const run = await runWithTimeLimit(command, args, options);
    this.timings.push([title, run.seconds]);
    if (run.killed) this.killed.push(`${title} (${options.limitSeconds} s)`);
    const killed = run.killed ? `: KILLED, still running at its time limit of ${options.limitSeconds} s` : "";
    this.print(`\n== ${title} (${run.seconds.toFixed(1)} s)${killed}\n${run.output}`);
    if (run.error) this.print(`${run.error.message}\n`);
    return run;
  }

  /** A step that is not made of tests (the type check, a build) counts as one test. */
  countStep(ok: boolean): void {
    if (ok) this.passed += 1;
    else this.failed += 1;
  }

  /** Counts what Node's test runner said it ran ("ℹ pass N", "ℹ fail N"); a runner that failed, or was killed, before saying so is one failed test. */
  countNodeTests(run: Run): void {
    const failed = Number(/ℹ fail (\d+)/.exec(run.stdout)?.[1] ?? 0);
    this.passed += Number(/ℹ pass (\d+)/.exec(run.stdout)?.[1] ?? 0);
    this.failed += failed;
    if (!run.ok && failed === 0) this.failed += 1;
  }

  /** Runs tests with Node's test runner (`args` after node's own, such as nodeScriptArgs(…)), counting their results. */
  async nodeTests(title: string, args: string[], options: StepOptions): Promise<Run> {
    const run = await this.run(title, process.execPath, ["--test-reporter=spec", ...args], options);
    this.countNodeTests(run);
    return run;
  }

  /** How long each step took, those killed at their limit, and the count, last. */
  summary(): string {
    const lines = ["", "How long each step took:"];
    for (const [title, seconds] of this.timings) lines.push(`${seconds.toFixed(1).padStart(7)} s  ${title}`);
    if (this.killed.length) {
      lines.push(
        "",
        `Killed at their time limit, each counted as a failed test (${TIME_LIMIT_VARIABLE}=<seconds> gives every step longer):`,
      );
      for (const step of this.killed) lines.push(`  ${step}`);
    }
    lines.push("", `${this.passed} passed, ${this.failed} failed`);
    return `${lines.join("\n")}\n`;
  }
}
