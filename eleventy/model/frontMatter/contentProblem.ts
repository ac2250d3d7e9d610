/** A mistake in a content file, where it is and what to write instead: `content/news/x.md:4: What is wrong. What to do.` */
export interface ContentProblem {
  /** Relative to the project, with / between folders. */
  file: string;
  /** From 1; the front matter's opening --- is line 1. Undefined when the whole file is meant. */
  line?: number | undefined;
  message: string;
}

export function formatProblem({ file, line, message }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ""}: ${message}`;
}

/**
 * The error a build stops with when content needs fixing: its message is the
 * problems, one line each, and nothing else (scripts/build/buildFailure.ts shows it without
 * Eleventy's wrapping or a stack trace).
 */
export class ContentError extends Error {
  /** Read by Eleventy's error log (`npm start`): a stack trace says nothing to an editor. */
  readonly skipOriginalStack = true;

  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
  }
}
