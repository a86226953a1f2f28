import { describe, expect, it } from "vitest";
import { searchArchive } from "@/lib/data/search";
import { NO_FILTERS } from "@/lib/search/results";

// The server's results page answers a repeated query from its cache (issue 9: search cost is bounded).
// Needs public/search, which `npm test` builds in setup (search:build).
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
