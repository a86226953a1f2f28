import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, isPostgresUrl, prerenderIssues, readEnv, siteUrl } from "@/lib/env";

describe("readEnv", () => {
  it("defaults to the SQLite file and to where `npm run serve` listens", () => {
    expect(readEnv({})).toEqual({ DATABASE_URL: DEFAULT_DATABASE_URL, SITE_URL: "http://localhost:3000", PRERENDER_ISSUES: 50 });
    // Empty means unset (a blank line in a CI file), not invalid.
    expect(readEnv({ DATABASE_URL: "", SITE_URL: "", PRERENDER_ISSUES: "" })).toEqual(readEnv({}));
  });

  it("drops SITE_URL's trailing slashes so paths can be appended", () => {
    expect(siteUrl({ SITE_URL: "https://gazette.example.org//" })).toBe("https://gazette.example.org");
  });

  it("names each bad variable", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x", SITE_URL: "gazette.example.org" })).toThrow(
      /Invalid environment:\n {2}DATABASE_URL: DATABASE_URL must be file:<path>.*\n {2}SITE_URL: SITE_URL must be an absolute http\(s\) URL/s,
    );
    expect(() => siteUrl({ SITE_URL: "ftp://example.org" })).toThrow(/SITE_URL must be an absolute http\(s\) URL/);
  });

  it("reads PRERENDER_ISSUES as a count or all, and refuses anything else", () => {
    expect(prerenderIssues({ PRERENDER_ISSUES: "20" })).toBe(20);
    expect(prerenderIssues({ PRERENDER_ISSUES: "0" })).toBe(0);
    expect(prerenderIssues({ PRERENDER_ISSUES: "all" })).toBe("all");
    for (const bad of ["-1", "2.5", "recent", "1e9"]) {
      expect(() => prerenderIssues({ PRERENDER_ISSUES: bad })).toThrow(/PRERENDER_ISSUES: PRERENDER_ISSUES must be a whole number/);
    }
  });

  it("tells PostgreSQL URLs from SQLite ones", () => {
    expect(isPostgresUrl("postgres://u@h/db")).toBe(true);
    expect(isPostgresUrl("postgresql://u@h/db")).toBe(true);
    expect(isPostgresUrl("file:./data/archive.db")).toBe(false);
    expect(isPostgresUrl("postgresqlx://u@h/db")).toBe(false);
  });
});
