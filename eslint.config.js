// Code lint: ESLint's and typescript-eslint's recommended rules for the build,
// scripts and tests, the browser's globals for the search page's script, and
// the direction of imports between the build's layers (eleventy/README.md).
import eslint from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers of eleventy/, lowest first: each may import only from those below it (and itself). scripts/ and tests/
 * may import any layer; nothing under eleventy/ imports scripts/.
 */
const LAYERS = ["core", "model", "registry", "features", "plugins"];

/** Eleventy's configuration is taken only by plugins: the layers beneath know nothing of Eleventy's wiring. */
const USER_CONFIG = {
  name: "@11ty/eleventy/UserConfig",
  message:
    "Only eleventy/plugins/ takes Eleventy's configuration: give this code what it needs as arguments, and wire it in a plugin.",
};

const layerRules = LAYERS.map((layer, index) => {
  const above = [...LAYERS.slice(index + 1), "scripts"];
  const below = LAYERS.slice(0, index + 1).map((name) => `${name}/`);
  return {
    files: [`eleventy/${layer}/**/*.ts`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: layer === "plugins" ? [] : [USER_CONFIG],
          patterns: [
            {
              regex: `(^|/)(${above.join("|")})/`,
              message: `eleventy/${layer}/ may import only from ${below.join(", ")} and packages: imports run one way, from the plugins down to core. Move what this file needs down a layer, or this code up one (eleventy/README.md).`,
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ["_site/", "_site.*/", "node_modules/", "test-results/", "playwright-report/", ".compiled/"] },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: { globals: globals.node },
    rules: {
      // `_name` marks a value taken only to be left out, such as `const { day: _day, ...rest }`.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  ...layerRules,
  { files: ["assets/js/**/*.js", "assets/cms/**/*.js"], languageOptions: { globals: globals.browser } },
  { files: ["*.js", "*.mjs", "scripts/**/*.js"], languageOptions: { globals: globals.node } },
);
