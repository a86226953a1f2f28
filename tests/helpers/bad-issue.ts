import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";

export const SEED_DIR = "content/2013-11";

/**
 * Writes `<contentDir>/2013-12/gazette.zh.txt`: a copy of the seed with notice 2's number (line 125)
 * broken, so ingest must fail with a ParseError at a known line. Returns the file's path.
 */
export function addBadIssue(contentDir: string): string {
  const bad = path.join(contentDir, "2013-12", "gazette.zh.txt");
  fs.mkdirSync(path.dirname(bad), { recursive: true });
  const lines = fs.readFileSync(path.join(SEED_DIR, "gazette.zh.txt"), "utf8").split("\n");
  expect(lines[124]).toBe("2013年 第2号");
  lines[124] = "2013年 第X号";
  fs.writeFileSync(bad, lines.join("\n"));
  return bad;
}
