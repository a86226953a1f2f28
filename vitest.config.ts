import path from "node:path";
import { defineConfig } from "vitest/config";

// The PostgreSQL tests need a server; `npm run test:postgres` (scripts/with-postgres.sh) starts a
// throwaway one and sets TEST_POSTGRES_URL, so plain `vitest run` leaves them out instead of failing.
const postgres = process.env.TEST_POSTGRES_URL ? ["tests/postgres/**/*.test.ts"] : [];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The light build of FlexSearch the browser loads (lib/search/flexsearch-light.d.ts says why).
      "flexsearch-light": path.resolve(import.meta.dirname, "node_modules/flexsearch/dist/flexsearch.light.module.min.js"),
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts", ...postgres],
    exclude: ["node_modules", "tests/e2e/**"],
    // Database tests copy a migrated base file per worker; two workers fit this 2-core machine.
    pool: "forks",
    globalSetup: ["tests/setup/base-db.ts"],
    maxWorkers: 2,
    testTimeout: 30_000,
    // Loading cspell dictionaries or ingesting the real issue in a beforeAll takes seconds on a loaded 2-core machine.
    hookTimeout: 120_000,
  },
});
