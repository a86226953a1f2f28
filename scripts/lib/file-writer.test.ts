import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { fileWriter } from "@/scripts/lib/file-writer";

const dir = mkdtempSync(path.join(os.tmpdir(), "file-writer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fileWriter", () => {
  it("writes every file and sums exactly their level-9 gzip sizes, across more batches than it keeps in flight", { timeout: 60_000 }, async () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({
      path: path.join(dir, `d${i % 3}`, `${i}.json`),
      body: JSON.stringify({ doc: i, text: "成品油批发经营资格 ".repeat(1 + (i % 17)) }),
    }));
    const writer = fileWriter();
    for (const f of files) await writer.write(f.path, f.body);
    const expected = files.reduce((sum, f) => sum + gzipSync(f.body, { level: 9 }).length, 0);
    expect(await writer.drain()).toBe(expected);
    expect(expected).toBeGreaterThan(3000 * 20);
    expect(readdirSync(dir).sort()).toEqual(["d0", "d1", "d2"]);
    for (const f of [files[0], files[1234], files[2999]]) expect(f && readFileSync(f.path, "utf8")).toBe(f?.body);
    expect(readdirSync(path.join(dir, "d1"))).toHaveLength(1000);
    // A drain counts only what came after the previous one.
    await writer.write(path.join(dir, "last.json"), "{}");
    expect(await writer.drain()).toBe(gzipSync("{}", { level: 9 }).length);
    await writer.close();
  });

  it("gives 0 when nothing was written", async () => {
    const writer = fileWriter();
    expect(await writer.drain()).toBe(0);
    await writer.close();
  });
});
