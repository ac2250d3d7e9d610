/**
 * The production build: Eleventy and Pagefind write into a fresh folder, which
 * replaces _site/ only when everything succeeded. A failed build therefore
 * never leaves a half-written site that looks complete.
 */
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import Eleventy from "@11ty/eleventy";

const OUTPUT = "_site";

export async function buildSite(output = OUTPUT): Promise<void> {
  const staging = `${output}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    const eleventy = new Eleventy("content", staging, { configPath: ".eleventy.ts", quietMode: true });
    await eleventy.write();
    if (!existsSync(`${staging}/pagefind/pagefind.js`)) {
      throw new Error("Pagefind wrote no search index, so search would not work.");
    }
    const previous = `${output}.previous-${process.pid}`;
    if (existsSync(output)) await rename(output, previous);
    await rename(staging, output);
    await rm(previous, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Eleventy wraps the error that says what is wrong: show the whole chain, innermost last, without stack traces. */
function explain(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error; ) {
    messages.push(current.message);
    const inner = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
    current = inner;
  }
  return messages.length ? messages.join("\n") : String(error);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await buildSite();
    console.log(`Built the site into ${OUTPUT}/ and indexed it for search.`);
  } catch (error) {
    console.error(`\nThe build failed, and ${OUTPUT}/ was left as it was. What to fix:\n\n${explain(error)}`);
    process.exitCode = 1;
  }
}
