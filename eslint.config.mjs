// ESLint flat config (eslint 9).
// - typescript-eslint strictTypeChecked, type information through the project service;
// - eslint-plugin-office-addins: only its Office.js rules (its own preset also pulls prettier and an
//   ES6 parser setting we do not want); every one is an error, so `--max-warnings 0` is not needed to fail;
// - eslint-plugin-react-hooks (rules of hooks, exhaustive deps, React compiler checks) on React code.
// Lints src/, scripts/ and bench/. Root config files (*.js, *.mjs), bin/ and build output are ignored.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "build/**",
      "coverage/**",
      "node_modules/**",
      ".tmp/**",
      "test-output/**",
      "bin/**",
      "docs/**",
      "*.js",
      "*.mjs",
      "*.cjs",
    ],
  },
  {
    files: ["src/**/*.{ts,tsx}", "scripts/**/*.ts", "bench/**/*.{ts,tsx}"],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { "office-addins": officeAddins },
    rules: {
      // Office.js batching (style.md section 8): load before read, sync after load, no sync in loops.
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      // Numbers in messages are normal (`${count} rows`); objects and unknowns are still refused.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // `onClick={() => setView('check')}` is idiomatic React; void returns elsewhere are still refused.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  {
    // React code: hooks rules (incl. the React compiler checks of v7's recommended set).
    files: [
      "src/**/*.tsx",
      "src/taskpane/**/*.ts",
      "src/preview/**/*.ts",
      "bench/hello/**/*.{ts,tsx}",
      "src/i18n/**/*.ts",
    ],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // Domain core is pure (brief / style.md section 1): no Office, React, Node or clock. Its tests may read fixtures.
    files: ["src/domain/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^node:", message: "src/domain is pure: no Node modules." },
            {
              regex: "^(fs|path|os|child_process)$",
              message: "src/domain is pure: no Node modules.",
            },
            {
              regex: "^(react|react-dom|exceljs|jszip)(/.*)?$",
              message: "src/domain is pure: adapters live at the edge.",
            },
            { regex: "^@fluentui/", message: "src/domain is pure: no UI." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "src/domain is pure: Excel calls live in src/excel." },
        { name: "Office", message: "src/domain is pure: Office calls live in src/excel." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "src/domain: today is an argument, never new Date().",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "src/domain: today is an argument, never Date.now().",
        },
      ],
    },
  },
  {
    // Tests: a few relaxations only.
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  }
);
