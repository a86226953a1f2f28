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
