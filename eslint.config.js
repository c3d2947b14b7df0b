// ESLint flat config: `npm run lint` (also the first step of `npm test`).
// Syntax-only rules (no type information), so the whole codebase lints in about 25 s of CPU time.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The classic Remix compiler drops only *.server.ts(x) modules from the browser bundle, so any other app/ module that
 * imports server code (or a Node built-in) would ship it to the browser or break the build. Type-only imports vanish
 * at build time and are allowed.
 */
const serverOnlyImports = {
  patterns: [
    {
      // #server/…, #prisma/… and relative paths up into server/ or prisma/.
      regex: "^(#|(\\.\\./)+)(server|prisma)/",
      allowTypeImports: true,
      message: "Server code may be imported into app/ only from *.server.ts(x) modules (or with `import type`).",
    },
    {
      regex: "^node:",
      allowTypeImports: true,
      message: "Node built-ins may be imported into app/ only from *.server.ts(x) modules (or with `import type`).",
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      "build/",
      "public/build/",
      "public/assets/",
      "prisma/generated/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "tests/.artifacts/",
      ".data/",
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Type-only imports say what vanishes at build time (the server-only boundary below relies on them).
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "@typescript-eslint/no-import-type-side-effects": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
      // Input validation here matches control characters on purpose (rejecting them is the point).
      "no-control-regex": "off",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  { files: ["app/**/*.{ts,tsx}"], ...react.configs.flat["jsx-runtime"] },
  // Test helpers such as useTestDatabase() are not React hooks.
  { files: ["app/**/*.{ts,tsx}"], ignores: ["app/**/*.test.{ts,tsx}"], ...reactHooks.configs.flat.recommended },
  { files: ["app/**/*.{ts,tsx}"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["app/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // TypeScript checks props; propTypes would repeat the types at run time.
      "react/prop-types": "off",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.{ts,tsx}", "app/**/*.test.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", serverOnlyImports] },
  },
  // Last, so that no stylistic rule fights Prettier.
  prettier,
);
