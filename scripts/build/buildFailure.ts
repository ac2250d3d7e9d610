import { ContentError, printable } from "../../eleventy/model/frontMatter/contentProblem.ts";

/** What an editor can do about the errors Eleventy itself reports. */
const HINTS: Array<[RegExp, string]> = [
  [
    /Output conflict/,
    "Two files would publish pages at the same address. Give one of them a different file name (the address comes from it) and build again.",
  ],
];

/**
 * Eleventy wraps the error that says what is wrong: show the whole chain, innermost last, without stack traces, then a
 * hint. A mistake in content (a ContentError) is shown on its own: its lines say where and what to write instead.
 */
function explain(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error;) {
    if (current instanceof ContentError) return current.message;
    messages.push(current.message);
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  const picture = pictureFailure(messages);
  if (picture) return picture;
  const text = messages.length ? messages.join("\n") : String(error);
  const hints = HINTS.filter(([pattern]) => pattern.test(text)).map(([, hint]) => `\nWhat to do: ${hint}`);
  return text + hints.join("");
}

/**
 * A picture Eleventy Image could not make into the site's formats, which the content check did not see coming (it
 * reads pictures' headers, not all their data): Eleventy names the page, and sharp only what went wrong inside it.
 */
function pictureFailure(messages: string[]): string | undefined {
  const page = messages
    .map(
      (message) =>
        /^Transform `@11ty\/eleventy\/html-transformer` encountered an error when transforming \.?\/?(\S+?)\.?$/.exec(
          message,
        )?.[1],
    )
    .find(Boolean);
  if (!page) return undefined;
  const said = messages.at(-1)?.split("\n")[0];
  return printable(
    `${page}: a picture this page shows could not be made into the site's formats${said ? ` (the image library said: ${said})` : ""}. Open each picture the page shows; save any that does not open, or looks cut short, again as a JPEG or PNG, and add that instead.`,
  );
}

/** How Eleventy's process (scripts/build/writeSite.ts) ends when it has said what to fix (1 is Node's own, for a crash). */
export const REPORTED_FAILURE_EXIT_CODE = 65;

/** What a failed build prints, whichever of its processes failed: that the site is untouched, and what to fix. */
export function buildFailureMessage(output: string, error: unknown): string {
  return `\nThe build failed, and ${output}/ was left as it was. What to fix:\n\n${explain(error)}`;
}
