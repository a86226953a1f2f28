import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parsedIssueSchema, parsedNoticeSchema } from "@/lib/schema/parsed-issue";
import { CLI_TIMEOUT, runCli } from "@/tests/helpers/run-cli";
import { TEST_DB_DIR } from "@/tests/helpers/test-db";

const parse = (...args: string[]) => runCli("scripts/parse.ts", args);

const fixture = (name: string) => `tests/fixtures/${name}`;
const SEED = "content/2013-11/gazette.zh.txt";
let tmp: string;
beforeAll(() => {
  fs.mkdirSync(TEST_DB_DIR, { recursive: true });
  tmp = fs.mkdtempSync(path.join(TEST_DB_DIR, "parse-cli-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.concurrent("npm run parse -- --notice FILE", { timeout: CLI_TIMEOUT }, () => {
  test("LF, CRLF and BOM copies of a notice parse to the same JSON", async () => {
    const [lf, crlf, bom] = await Promise.all(["notice-lf.txt", "notice-crlf.txt", "notice-bom.txt"].map((f) => parse("--notice", fixture(f))));
    for (const run of [lf, crlf, bom]) {
      expect(run?.code).toBe(0);
      expect(run?.stderr).toBe("");
    }
    const notice = parsedNoticeSchema.parse(JSON.parse(lf?.stdout ?? ""));
    expect(notice.notice.id).toBe("mofcom-gacc-2013-2");
    expect(crlf?.stdout).toBe(lf?.stdout);
    expect(bom?.stdout).toBe(lf?.stdout);
  });

  test("invalid UTF-8: exit 2, the line of the bad byte, no stack trace", async () => {
    const run = await parse("--notice", fixture("invalid-utf8-line-5.txt"));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`${fixture("invalid-utf8-line-5.txt")}:5: invalid UTF-8: the file must be UTF-8 encoded text\n`);
  });

  test.each(["empty.txt", "blank-lines-only.txt"])("%s: exit 2 with a clear message", async (name) => {
    const run = await parse("--notice", fixture(name));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^${fixture(name)}:1: empty file: .+\\n$`));
  });
});

describe.concurrent("npm run parse -- FILE", { timeout: CLI_TIMEOUT }, () => {
  test("a CRLF + BOM copy of the seed issue parses exactly like the original", async () => {
    const copy = path.join(tmp, "gazette-crlf-bom.txt");
    fs.writeFileSync(copy, `\uFEFF${fs.readFileSync(SEED, "utf8").replace(/\n/g, "\r\n")}`);
    const [original, converted] = await Promise.all([parse(SEED), parse(copy)]);
    expect(original.code).toBe(0);
    expect(converted.code).toBe(0);
    const a = parsedIssueSchema.parse(JSON.parse(original.stdout));
    const b = parsedIssueSchema.parse(JSON.parse(converted.stdout));
    expect(b).toEqual(a);
  });

  test("a parse error: exit 2 and FILE:LINE: message only", async () => {
    const bad = path.join(tmp, "bad-number.txt");
    fs.writeFileSync(bad, fs.readFileSync(SEED, "utf8").replace("2013年 第2号", "2013年 第X号"));
    const run = await parse(bad);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^${bad}:125: .+\\n$`));
  });

  test("usage error without a file: exit 1", async () => {
    const run = await parse();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^usage:/);
  });
});
