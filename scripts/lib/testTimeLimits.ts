/** Sets every step's time limit, in seconds, in place of the ones below: for a machine much slower than the project's. */
export const TIME_LIMIT_VARIABLE = "TEST_TIME_LIMIT";

/**
 * How long a step of `npm test` may run before it is killed and counted as failed, in seconds: a few times its usual
 * time within a full run on the project's two-core machine, so that only a hang reaches it. Every step but the browser
 * tests takes up to about a minute there (the slowest files of tests/build, the lint); the browser tests about two.
 */
const LIMITS = { step: 5 * 60, browserTests: 10 * 60 };

export function timeLimit(kind: keyof typeof LIMITS): number {
  const chosen = Number(process.env[TIME_LIMIT_VARIABLE]);
  return chosen > 0 ? chosen : LIMITS[kind];
}
