// ESLint 9 flat config. Next 16 removed `next lint`; `npm run lint` runs `eslint .` with Next's own
// flat presets (core web vitals + typescript-eslint's recommended rules).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a field away, required parameters).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // One import style (issue 10): project files are imported as `@/path`, never `./x` or `../x`, so a
    // file reads the same wherever it sits and moves without rewriting its imports. The root config
    // files are the exception: Next's and Prisma's config loaders do not apply the tsconfig alias.
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    ignores: ["next.config.ts", "prisma.config.ts", "vitest.config.ts", "playwright*.config.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["./*", "../*"], message: "Import project files as @/path (one import style, issue 10)." }] }],
    },
  },
  {
    // Functions fit a screen (issue 10): about 100 lines of code, blank lines and comments aside. Test
    // files are left out: a describe() callback is a list of cases, not a function to read as one.
    files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "scripts/**/*.ts", "app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "max-lines-per-function": ["error", { max: 100, skipBlankLines: true, skipComments: true }],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "node_modules/**",
    ".tmp/**",
    "bench/out/**",
    "data/**",
    "public/search/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
