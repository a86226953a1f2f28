import { describe, expect, it } from "vitest";
import { isWellEncodedPath } from "@/lib/http/path";
import { securityHeaders } from "@/lib/http/security-headers";

const byKey = (url: string) => new Map(securityHeaders(url).map((h) => [h.key, h.value]));

describe("securityHeaders", () => {
  it("sends the strict policy and no HSTS over http", () => {
    const h = byKey("http://127.0.0.1:3100");
    const csp = h.get("Content-Security-Policy") ?? "";
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(h.get("X-Content-Type-Options")).toBe("nosniff");
    expect(h.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(h.get("Permissions-Policy")).toContain("camera=()");
    expect(h.has("Strict-Transport-Security")).toBe(false);
  });

  it("adds HSTS and upgrade-insecure-requests when the site is https", () => {
    const h = byKey("https://gazette.example.org");
    expect(h.get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(h.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
  });
});

describe("isWellEncodedPath", () => {
  it("accepts plain and well-encoded paths", () => {
    expect(isWellEncodedPath("/zh/notices/mofcom-2013-1")).toBe(true);
    expect(isWellEncodedPath("/zh/search/%E6%88%90%E5%93%81%E6%B2%B9")).toBe(true);
    expect(isWellEncodedPath("/%2F..%2F")).toBe(true);
  });

  it.each(["%E0%A4%A", "%ED%A0%80", "%C0%AF", "%", "%zz", "%E6%88"])("refuses %s in any segment", (bad) => {
    expect(isWellEncodedPath(`/${bad}`)).toBe(false);
    expect(isWellEncodedPath(`/zh/issues/${bad}`)).toBe(false);
    expect(isWellEncodedPath(`/zh/notices/mofcom-2013-1/tables/${bad}.csv`)).toBe(false);
  });
});
