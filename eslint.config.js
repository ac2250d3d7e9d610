// Code lint: ESLint's and typescript-eslint's recommended rules for the build,
// scripts and tests, and the browser's globals for the search page's script.
import eslint from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["_site/", "_site.*/", "node_modules/", "test-results/", "playwright-report/"] },
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
  { files: ["assets/js/**/*.js"], languageOptions: { globals: globals.browser } },
  { files: ["*.js", "*.mjs", "scripts/**/*.js"], languageOptions: { globals: globals.node } },
);
