// ESLint 9 flat config: JavaScript's and typescript-eslint's recommended rules, plus React's
// two rules of hooks, over src/ (`npm run lint`). eslint-plugin-react-hooks 7's "recommended"
// also carries the React Compiler's rules (refs, purity, …); this project does not use the
// compiler, so only the classic rules apply.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default defineConfig(
  { ignores: ["dist/", "coverage/", "node_modules/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Imports point inward (DESIGN.md, docs/ARCHITECTURE.md): core imports only core; shells import
  // core; apps import core and shells; only the preview app and tests may use src/testing.
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [
      { regex: "(^|/)(shells|apps|testing)/", message: "src/core is pure: it imports only core (docs/ARCHITECTURE.md)." },
      { regex: "^(exceljs|jszip|react|react-dom|@fluentui/.*|node:.*|fs|path|child_process|csv-parse.*)$", message: "src/core does no I/O and renders nothing: a shell or an app does (docs/ARCHITECTURE.md)." },
    ] }] },
  },
  {
    files: ["src/shells/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [
      { regex: "(^|/)(apps|testing)/", message: "A shell imports only core and its own folder (docs/ARCHITECTURE.md)." },
    ] }] },
  },
  {
    files: ["src/shells/excel/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [
      { regex: "(^|/)(apps|testing|xlsx)/", message: "The Office.js shell imports only core (docs/ARCHITECTURE.md)." },
      { regex: "^(exceljs|jszip|node:.*|fs|path)$", message: "The Office.js shell runs in the add-in: no Node.js or .xlsx libraries." },
    ] }] },
  },
  {
    files: ["src/shells/xlsx/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [
      { regex: "(^|/)(apps|testing|excel)/", message: "The .xlsx shell imports only core (docs/ARCHITECTURE.md)." },
    ] }] },
  },
  {
    files: ["src/apps/cli/**/*.ts", "src/apps/taskpane/**/*.{ts,tsx}", "src/apps/commands/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [
      { regex: "(^|/)testing/", message: "Only the preview app and the tests use src/testing (docs/ARCHITECTURE.md)." },
      { regex: "(^|/)apps/(?!cli|taskpane|commands)", message: "One app does not import another." },
    ] }] },
  },
  {
    files: ["src/apps/taskpane/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [
      { regex: "(^|/)(testing|xlsx|cli|preview)/", message: "The task pane runs the flow through the Office.js shell only (docs/ARCHITECTURE.md)." },
    ] }] },
  },
  {
    files: ["src/testing/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [
      { regex: "(^|/)apps/", message: "src/testing is shared by tests, the preview and benchmarks: it imports core and shells only." },
    ] }] },
  },
  {
    // the build's own CommonJS scripts (webpack.config.js, jest.config.js, tools/)
    files: ["*.js", "tools/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
