import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARS, MAX_QUERY_PARTS, capQuery } from "@/lib/search/cap-query";
import { planQuery } from "@/lib/search/tokenize";

describe("capQuery", () => {
  it("leaves an ordinary query as typed, separators included", () => {
    expect(capQuery("  成品油，原油  SB/T 10885 ")).toEqual({ query: "成品油，原油 SB/T 10885", shortened: false });
    expect(capQuery("")).toEqual({ query: "", shortened: false });
  });

  it("drops repeated parts, case and width folded, and says so", () => {
    expect(capQuery("the the THE ｔｈｅ the")).toEqual({ query: "the", shortened: true });
    expect(capQuery("成品油 成品油 原油")).toEqual({ query: "成品油 原油", shortened: true });
  });

  it("keeps the first MAX_QUERY_PARTS distinct parts", () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`);
    const r = capQuery(words.join(" "));
    expect(r).toEqual({ query: words.slice(0, MAX_QUERY_PARTS).join(" "), shortened: true });
    // The search then runs at most the kept parts plus the phrase part.
    expect(planQuery(r.query).parts.length).toBeLessThanOrEqual(MAX_QUERY_PARTS + 1);
  });

  it("cuts at MAX_QUERY_CHARS code points, never inside a surrogate pair", () => {
    const r = capQuery("𠀀".repeat(MAX_QUERY_CHARS + 5));
    expect(Array.from(r.query)).toHaveLength(MAX_QUERY_CHARS);
    expect(r.query).toBe("𠀀".repeat(MAX_QUERY_CHARS));
    expect(r.shortened).toBe(true);
  });

  it("bounds the worst case of the issue: 200 characters of one short word", () => {
    const worst = Array(50).fill("the").join(" ").slice(0, 200);
    expect(capQuery(worst).query).toBe("the");
    const distinct = Array.from({ length: 60 }, (_, i) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26))).join(" ");
    expect(capQuery(distinct).query.split(" ")).toHaveLength(MAX_QUERY_PARTS);
  });

  it("handles 100,000 characters, lone surrogates and NUL without throwing", () => {
    const huge = capQuery("油".repeat(100_000));
    expect(huge.query).toBe("油".repeat(MAX_QUERY_CHARS));
    expect(capQuery("a\uD800b \u0000 a\uD800b").query).toBe("a\uD800b \u0000");
  });
});
