import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeArchive } from "@/bench/archive/load-seed";
import { readAllIssueDocs, readIssueDocs } from "@/scripts/lib/search-issue-docs";

let dir: string;
let issues: string[];
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "search-issue-docs-"));
  issues = writeArchive(dir, { issues: 5, seed: 3 });
  // An issue the parser rejects: its failure must come back in its place, not stop the others.
  mkdirSync(path.join(dir, "1999-1"));
  writeFileSync(path.join(dir, "1999-1", "gazette.zh.txt"), "not a gazette\n");
  issues = ["1999-1", ...issues];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readAllIssueDocs", () => {
  it("gives, in the issues' order, what parsing each issue alone gives (half of them come from the worker thread)", { timeout: 120_000 }, async () => {
    const serial = issues.map((issue) => readIssueDocs(dir, issue, dir));
    const parallel = await readAllIssueDocs(dir, issues, dir);
    expect(parallel.map((r) => r.issue)).toEqual(issues);
    expect(parallel).toEqual(serial);
    expect("error" in (parallel[0] ?? {})).toBe(true);
    expect(parallel.slice(1).every((r) => "docs" in r && r.docs.length > 100)).toBe(true);
  });
});
