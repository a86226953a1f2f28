import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { markdownTable, passes, readReport, record, rewriteBenchBlock } from "@/bench/report";
import { TEST_DB_DIR } from "@/tests/helpers/test-db";

describe("bench/report.json", () => {
  test("record adds one object per measurement, replaces by name, judges the target", () => {
    const file = path.join(TEST_DB_DIR, `report-${process.pid}.json`);
    fs.rmSync(file, { force: true });
    record({ name: "b", value: 61, unit: "s", target: { max: 60 } }, file);
    record({ name: "a", value: 0.99, unit: "", target: { min: 0.98 }, note: "x" }, file);
    record({ name: "b", value: 59, unit: "s", target: { max: 60 } }, file);
    const report = readReport(file);
    expect(report.map((m) => [m.name, m.value, m.pass])).toEqual([["a", 0.99, true], ["b", 59, true]]);
    expect(report[0]?.machine).toMatch(/GiB, Node v\d+.*, load [\d.]+\/[\d.]+\/[\d.]+$/);
    expect(markdownTable(report).split("\n")).toHaveLength(4);
    fs.rmSync(file);
  });

  test("pass is null without a target, false when a bound is missed", () => {
    expect(passes(3, undefined)).toBeNull();
    expect(passes(61, { max: 60 })).toBe(false);
    expect(passes(0.97, { min: 0.98 })).toBe(false);
  });

  test("the README block is replaced, the rest kept; a README without the block is an error", () => {
    const readme = "intro\n<!-- BENCH:START -->\nold\n<!-- BENCH:END -->\nafter\n";
    const out = rewriteBenchBlock(readme, "| t |");
    expect(out.startsWith("intro\n<!-- BENCH:START -->\n")).toBe(true);
    expect(out).toContain("| t |\n<!-- BENCH:END -->\nafter\n");
    expect(out).not.toContain("old");
    expect(() => rewriteBenchBlock("no block", "| t |")).toThrow(/BENCH:START/);
  });
});
