import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipMeter } from "@/scripts/lib/gzip-meter";

describe("gzipMeter", () => {
  it("sums exactly the level-9 gzip sizes of the bodies, across more batches than it keeps in flight", { timeout: 60_000 }, async () => {
    const bodies = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ doc: i, text: "成品油批发经营资格 ".repeat(1 + (i % 17)) }));
    const meter = gzipMeter();
    for (const body of bodies) await meter.add(body);
    const expected = bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    expect(await meter.total()).toBe(expected);
    expect(expected).toBeGreaterThan(3000 * 20);
  });

  it("gives 0 when nothing was added", async () => {
    expect(await gzipMeter().total()).toBe(0);
  });
});
