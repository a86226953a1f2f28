import { describe, expect, test } from "vitest";
import { progress } from "@/scripts/lib/progress";

function stream(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, stream: { isTTY, write: (s: string) => lines.push(s) } };
}

describe("progress", () => {
  test("on a terminal: a line every `every` items with the ETA, and a final line", () => {
    const s = stream(true);
    let t = 0;
    const bar = progress({ label: "ingested", total: 10, every: 5, stream: s.stream, now: () => t });
    for (let i = 1; i <= 10; i++) {
      t = i * 1000;
      bar.tick(i);
    }
    bar.done();
    expect(s.lines).toEqual(["ingested 5/10 (50 %), 5.0 s, ETA 5 s\n", "ingested 10/10 in 10.0 s\n"]);
  });

  test("not a terminal: nothing at all", () => {
    const s = stream(false);
    const bar = progress({ label: "ingested", total: 100, stream: s.stream });
    for (let i = 1; i <= 100; i++) bar.tick(i);
    bar.done();
    expect(s.lines).toEqual([]);
  });
});
