import { projectPath } from "../../core/contentPaths.ts";
import { ContentError } from "./contentProblem.ts";
import { parsedFrontMatter } from "./readContentFile.ts";

type Engine = (text: string, options?: { filePath?: string }) => Record<string, unknown>;

/**
 * Eleventy's YAML engine: the site's reader, which refuses what YAML must not
 * carry into the build (see parseFrontMatter.ts). `text` is what gray-matter
 * found between the --- lines.
 */
const yamlEngine: Engine = (text, options) => {
  const file = options?.filePath ?? "?";
  const parsed = parsedFrontMatter(file, text);
  if (parsed.problems.length) throw new ContentError(parsed.problems.map((problem) => ({ ...problem, file: projectPath(file) })));
  // A copy: the data cascade adds to what it is given, and validation must see what the editor wrote.
  return structuredClone(parsed.data);
};

/** Front matter in any language but YAML is code (`---js` runs JavaScript): refused without being read. */
function refusedLanguage(language: string): Engine {
  return (_text, options) => {
    throw new ContentError([
      {
        file: projectPath(options?.filePath ?? "?"),
        line: 1,
        message: `The front matter starts with ---${language}, which would run it as code. Start it with --- alone on the first line, and write the fields in YAML (title: …).`,
      },
    ]);
  };
}

/** The front-matter engines gray-matter is given: the site's YAML reader, and a refusal for every other language it knows. */
export function frontMatterEngines(): Record<string, Engine> {
  const refused = Object.fromEntries(
    ["javascript", "js", "jsLegacy", "json", "node", "toml", "coffee", "cson"].map((language) => [
      language,
      refusedLanguage(language),
    ]),
  );
  return { ...refused, yaml: yamlEngine };
}
