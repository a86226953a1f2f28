import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLI_TIMEOUT, runCli } from "@/tests/helpers/run-cli";
import { TEST_DB_DIR } from "@/tests/helpers/test-db";

/**
 * `npm run search` on an index built from content/ (into a temp dir, so the test needs no site
 * build): the terminal runs the same synonym as the browser (issue 15). 注销 is "cancel" in the
 * archive's English, and "revoked" still finds MOFCOM Announcement 2013 No. 3 and its decisions.
 */
let indexDir: string;

beforeAll(async () => {
  fs.mkdirSync(TEST_DB_DIR, { recursive: true });
  indexDir = fs.mkdtempSync(path.join(TEST_DB_DIR, "search-index-"));
  const built = await runCli("scripts/build-search-index.ts", ["--out", indexDir]);
  if (built.code !== 0) throw new Error(built.stderr);
}, CLI_TIMEOUT);
afterAll(() => fs.rmSync(indexDir, { recursive: true, force: true }));

type Hit = { key: string; kind: string; text: string };
async function search(query: string): Promise<Hit[]> {
  const run = await runCli("scripts/search.ts", [query, "--locale", "en", "--json", "--limit", "40", "--index", indexDir]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const parsed: { hits: Hit[] } = JSON.parse(run.stdout);
  return parsed.hits;
}

describe("npm run search: revoked finds the cancellations", { timeout: CLI_TIMEOUT }, () => {
  test.each(["revoked", "revocation"])("%s → the notice's title, its paragraph and all 29 cancelled decisions", async (query) => {
    const hits = await search(query);
    const keys = hits.map((h) => h.key);
    expect(keys).toContain("mofcom-2013-3#title");
    expect(keys).toContain("mofcom-2013-3#p-4");
    const decisions = hits.filter((h) => h.kind === "licence");
    expect(decisions).toHaveLength(29);
    expect(decisions.every((h) => h.key.startsWith("mofcom-2013-3#p-4:d") && h.text.includes(" cancelled "))).toBe(true);
    expect(hits.every((h) => h.key.startsWith("mofcom-2013-3#"))).toBe(true);
  });
});
