import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NO_FILTERS } from "@/lib/search/results";
import { CLI_TIMEOUT, runCli } from "@/tests/helpers/run-cli";
import { TEST_DB_DIR } from "@/tests/helpers/test-db";

/**
 * The server's results page answers a repeated query from its cache (issue 9: search cost is bounded).
 * lib/data/search.ts reads <cwd>/public/search, so the index is built from content/ into a temp root
 * and the test runs there (vitest's forks pool allows chdir), needing no site build.
 */
const home = process.cwd();
let root: string;
let searchArchive: typeof import("@/lib/data/search").searchArchive;

beforeAll(async () => {
  fs.mkdirSync(TEST_DB_DIR, { recursive: true });
  root = fs.mkdtempSync(path.join(TEST_DB_DIR, "answer-cache-"));
  const built = await runCli("scripts/build-search-index.ts", ["--out", path.join(root, "public", "search")]);
  if (built.code !== 0) throw new Error(built.stderr);
  process.chdir(root);
  ({ searchArchive } = await import("@/lib/data/search"));
}, CLI_TIMEOUT);
afterAll(() => {
  process.chdir(home);
  fs.rmSync(root, { recursive: true, force: true });
});

describe("searchArchive answer cache", () => {
  it("answers the same query, scope and filters with the same object, and different filters apart", async () => {
    const first = await searchArchive("成品油", "zh", NO_FILTERS);
    expect(first.results.groups.length).toBeGreaterThan(0);
    expect(await searchArchive("成品油", "zh", NO_FILTERS)).toBe(first);
    const filtered = await searchArchive("成品油", "zh", { ...NO_FILTERS, year: 1999 });
    expect(filtered).not.toBe(first);
    expect(filtered.results.groups).toEqual([]);
  });
});
