import { spawn } from "node:child_process";
import { PAGEFIND_FOLDER } from "../../core/siteFolders.ts";

/** Pagefind's own choice of its program for this machine (the extended one, or $PAGEFIND_BINARY_PATH), as its command makes it. */
const { resolveBinaryPath } = (await import(new URL("resolveBinary.js", import.meta.resolve("pagefind")).href)) as {
  resolveBinaryPath: (names: string[]) => string;
};
const PAGEFIND_PROGRAM = resolveBinaryPath(["pagefind_extended", "pagefind"]);

/**
 * Indexes a built site with Pagefind's own command, writing the index into
 * the site's pagefind/ folder; rejects with what Pagefind said if it failed.
 * The production build uses the command, not the Node API (search/indexSite.ts):
 * over the same 1,162 pages the API's program took 5.2 s, the command 3.0 s
 * (it reads and indexes the pages on every core), at 10,000 pages about 28 s
 * against 7.5 s (issue 15). It starts the program itself, as `npx pagefind`'s
 * Node wrapper would: the wrapper's process would only wait, holding 45 MB
 * beside the program at the build's peak of memory.
 */
export function indexWithPagefindCommand(site: string): Promise<void> {
  const args = ["--site", site, "--output-path", `${site}/${PAGEFIND_FOLDER}`, "--force-language", "en", "--silent"];
  return new Promise((resolve, reject) => {
    const pagefind = spawn(PAGEFIND_PROGRAM, args, { stdio: ["ignore", "pipe", "pipe"] });
    let said = "";
    pagefind.stdout.setEncoding("utf8").on("data", (text: string) => (said += text));
    pagefind.stderr.setEncoding("utf8").on("data", (text: string) => (said += text));
    pagefind.once("error", reject);
    pagefind.once("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Pagefind could not index the site (exit code ${code}): ${said.trim().split("\n").join(" ")}`));
    });
  });
}
