import { gitBytes } from "./gitRepository.ts";

/** A file as a commit's parent had it, named as git names it: `<commit>^:./content/news/x.md`. */
export const versionBefore = (commit: string, path: string) => `${commit}^:./${path}`;

/**
 * The text of many files' past versions, read by one `git cat-file --batch` whatever their number: each answer is
 * `<object> blob <size>`, the bytes and a line break, or `<name> missing`. A version git cannot find is left out.
 */
export function readOldVersions(root: string, names: string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (!names.length) return texts;
  // Read as bytes: sizes count bytes, and a UTF-8 character may be several.
  const bytes = gitBytes(root, ["cat-file", "--batch"], `${names.join("\n")}\n`);
  if (bytes === undefined) return texts;
  let at = 0;
  for (const name of names) {
    const end = bytes.indexOf(10, at);
    if (end === -1) break;
    const header = bytes.subarray(at, end).toString("utf8");
    at = end + 1;
    const blob = / blob (\d+)$/.exec(header);
    if (!blob) continue;
    const size = Number(blob[1]);
    texts.set(name, bytes.subarray(at, at + size).toString("utf8"));
    at += size + 1;
  }
  return texts;
}
