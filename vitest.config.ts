import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
    exclude: ["node_modules", "tests/e2e/**"],
    // Database tests copy a migrated base file per worker; two workers fit this 2-core machine.
    pool: "forks",
    globalSetup: ["tests/setup/base-db.ts"],
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
