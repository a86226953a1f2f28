import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARS } from "@/lib/search/cap-query";
import { parseSearchParams } from "@/lib/data/search-params";

describe("parseSearchParams", () => {
  it("reads the query, scope and facets", () => {
    expect(parseSearchParams({ q: "  成品油  SB/T ", in: "en", body: "gacc", kind: "announcement", year: "2013" }, "zh")).toEqual({
      q: "成品油 SB/T",
      shortened: false,
      scope: "en",
      scopeFromQuery: false,
      issuer: "gacc",
      kind: "announcement",
      year: 2013,
    });
  });

  it("defaults the scope to the reader's language and drops malformed facets instead of failing", () => {
    expect(parseSearchParams({ q: ["oil", "gas"], in: "fr", body: "<script>", year: "20x3" }, "en")).toEqual({
      q: "oil",
      shortened: false,
      scope: "en",
      scopeFromQuery: false,
      issuer: null,
      kind: null,
      year: null,
    });
    expect(parseSearchParams({}, "zh").q).toBe("");
    expect(parseSearchParams({ q: "10885" }, "en").scope).toBe("en");
  });

  it("lets the query's script choose the scope when none is given (issue 14), an explicit in= wins", () => {
    expect(parseSearchParams({ q: "成品油" }, "en")).toMatchObject({ scope: "zh", scopeFromQuery: true });
    expect(parseSearchParams({ q: "oil wholesale licence" }, "zh")).toMatchObject({ scope: "en", scopeFromQuery: true });
    expect(parseSearchParams({ q: "成品油", in: "en" }, "en")).toMatchObject({ scope: "en", scopeFromQuery: false });
    expect(parseSearchParams({ q: "成品油" }, "zh")).toMatchObject({ scope: "zh", scopeFromQuery: false });
  });

  it("cuts an over-long query by characters, not UTF-16 units", () => {
    const r = parseSearchParams({ q: "𠀀".repeat(MAX_QUERY_CHARS + 5) }, "zh");
    expect(Array.from(r.q)).toHaveLength(MAX_QUERY_CHARS);
    expect(r.shortened).toBe(true);
  });
});
