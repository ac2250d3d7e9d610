/**
 * `npm run bench -- --history N`: a git history like a newsroom's after some years, made with `git fast-import` in
 * the benchmark's copy, so that the build pays for the redirects it derives from history
 * (eleventy/features/redirects/). The project as it is makes the first commit; then N commits add the generated
 * articles in date order, about one in twelve first under a draft name and renamed to its own later, one in five first
 * written shorter and edited later, and one commit in twenty-five adds a withdrawn article that a later one deletes.
 * The last commit's tree is the copy's content: the articles are written by checking it out. Generated, never stored.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "./articles.ts";

function git(root: string, args: string[], input?: string): string {
  const result = spawnSync("git", args, { cwd: root, input, encoding: "utf8", maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed:\n${result.stderr}`);
  return result.stdout;
}

/** The copy as a repository of `commits` commits holding `articles`; returns the number of renames and deletions. */
export function writeHistory(root: string, articles: Article[], commits: number): { renames: number; deletions: number } {
  // What the project's repository leaves out (the copy has no .gitignore): built sites, compiled code, node_modules.
  writeFileSync(path.join(root, ".git-exclude"), readFileSync(".gitignore", "utf8"));
  git(root, ["init", "-q", "-b", "main"]);
  git(root, ["config", "core.excludesFile", ".git-exclude"]);
  git(root, ["config", "user.email", "bench@example.org"]);
  git(root, ["config", "user.name", "Benchmark"]);
  git(root, ["add", "-A"]);
  git(root, ["commit", "-q", "-m", "The project"]);

  const sorted = [...articles].sort((a, b) => a.date.localeCompare(b.date));
  const day = (date: string) => Date.parse(`${date}T12:00:00Z`) / 1000;
  // Work planned for a later commit: a rename to the article's own name, an edit to its final text, a deletion.
  const later = new Map<number, string[]>();
  const plan = (at: number, command: string) => later.set(at, [...(later.get(at) ?? []), command]);
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  let stream = "";
  let time = day(sorted[0]?.date ?? "2015-01-01");
  let next = 0;
  let renames = 0;
  let deletions = 0;
  for (let number = 0; number < commits; number++) {
    const share = Math.ceil((sorted.length - next) / (commits - number));
    const commands = later.get(number) ?? [];
    later.delete(number);
    for (const article of sorted.slice(next, next + share)) {
      const index = next++;
      const soon = Math.min(commits - 1, number + 1 + (index % 40));
      if (index % 12 === 5 && soon > number) {
        const draft = article.file.replace(/\.md$/, "-draft.md");
        commands.push(`M 100644 inline ${draft}\n${data(article.text)}`);
        plan(soon, `R ${draft} ${article.file}\n`);
        renames++;
      } else if (index % 5 === 2 && soon > number) {
        commands.push(`M 100644 inline ${article.file}\n${data(article.text.replace(/\n\n[^\n]*\n*$/, "\n"))}`);
        plan(soon, `M 100644 inline ${article.file}\n${data(article.text)}`);
      } else {
        commands.push(`M 100644 inline ${article.file}\n${data(article.text)}`);
      }
      time = Math.max(time, day(article.date));
    }
    if (number % 25 === 3 && number + 30 < commits && sorted[next - 1]) {
      const model = sorted[next - 1]!;
      const withdrawn = model.file.replace(/\.md$/, `-withdrawn-${number}.md`);
      const text = model.text
        .replace(/^title: .*$/m, `title: Withdrawn notice ${number}`)
        .replace(/^related:[\s\S]*?(?=^\w)/m, "");
      commands.push(`M 100644 inline ${withdrawn}\n${data(text)}`);
      plan(number + 30, `D ${withdrawn}\n`);
      deletions++;
    }
    if (!commands.length) continue;
    time += 600;
    const message = `Content change ${number + 1}`;
    stream += `commit refs/heads/main\ncommitter Newsroom <newsroom@example.org> ${time} +0000\n${data(message)}`;
    if (number === 0) stream += "from refs/heads/main^0\n";
    stream += commands.join("");
  }
  for (const commands of later.values()) {
    time += 600;
    stream += `commit refs/heads/main\ncommitter Newsroom <newsroom@example.org> ${time} +0000\n${data("Late changes")}${commands.join("")}`;
  }
  git(root, ["fast-import", "--quiet"], stream);
  // The working tree becomes the last commit's: every article written, as the benchmark would otherwise write them.
  git(root, ["reset", "-q", "--hard", "main"]);
  return { renames, deletions };
}
