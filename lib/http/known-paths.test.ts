import { describe, expect, it } from "vitest";
import { knownPathsFrom } from "@/lib/http/known-paths";

// The manifests' shape as Next 16 writes them (.next/prerender-manifest.json, routes-manifest.json),
// cut down to two archive routes rendered on demand (fallback null), a route rendered per request,
// a closed route (the issuer pages), the catch-all and the 404 page.
const prerender = {
  routes: { "/zh": {}, "/zh/notices/mofcom-2013-1": {}, "/zh/missing": {}, "/zh/notices/mofcom-2013-1/tables/p-6.csv": {}, "/zh/issuers/mofcom": {} },
  dynamicRoutes: {
    "/[locale]/notices/[id]": { fallback: null },
    "/[locale]/notices/[id]/tables/[file]": { fallback: null },
    "/[locale]/issuers/[code]": { fallback: false },
    "/[locale]": { fallback: null },
  },
};
// .next/archive-paths.json: the archive's other paths, from the database (scripts/write-archive-paths.ts).
const archive = { routes: { "/[locale]/notices/[id]": ["/zh/notices/mofcom-2013-1", "/zh/notices/mofcom-1999-4"], "/[locale]/plans/[id]": [] } };
const routes = {
  dynamicRoutes: [
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/missing", regex: "^/([^/]+?)/missing(?:/)?$" },
    { page: "/[locale]/notices/[id]", regex: "^/([^/]+?)/notices/([^/]+?)(?:/)?$" },
    { page: "/[locale]/notices/[id]/tables/[file]", regex: "^/([^/]+?)/notices/([^/]+?)/tables/([^/]+?)(?:/)?$" },
    { page: "/[locale]/issuers/[code]", regex: "^/([^/]+?)/issuers/([^/]+?)(?:/)?$" },
    { page: "/[locale]/search", regex: "^/([^/]+?)/search(?:/)?$" },
    { page: "/[locale]/[...rest]", regex: "^/([^/]+?)/(.+?)(?:/)?$" },
  ],
};
const known = knownPathsFrom(prerender, routes, "/[locale]/missing", archive);

describe("known paths", () => {
  it("knows prerendered paths and any path of a route rendered per request", () => {
    expect(["/zh", "/zh/", "/zh/notices/mofcom-2013-1", "/zh/notices/mofcom-2013-1/tables/p-6.csv", "/zh/search"].map(known)).toEqual([true, true, true, true, true]);
    expect(known("/zh/notices/mofcom%2D2013%2D1")).toBe(true);
  });

  it("knows an archive route's paths the database holds though they were not prerendered, and no others", () => {
    expect(known("/zh/notices/mofcom-1999-4")).toBe(true);
    expect(["/zh/notices/mofcom-1999-5", "/en/notices/mofcom-1999-4", "/zh/notices/mofcom-1999-4/tables/p-1.csv"].map(known)).toEqual([false, false, false]);
  });

  it("without the archive's path file knows only what was prerendered: nothing unknown renders", () => {
    const bare = knownPathsFrom(prerender, routes, "/[locale]/missing", null);
    expect(["/zh/notices/mofcom-2013-1", "/zh/notices/mofcom-1999-4", "/zh/search"].map(bare)).toEqual([true, false, true]);
  });

  it("does not know unlisted params of a closed route, catch-all paths, the 404 page itself or undecodable paths", () => {
    const unknown = ["/zh/notices/x-1", "/zh/notices/mofcom-2013-1/tables/p-99.csv", "/zh/issuers/nobody", "/zh/nothing/here", "/zh/missing", "/zh/notices/%E0%A4%A"];
    expect(unknown.map(known)).toEqual([false, false, false, false, false, false]);
  });

  it("refuses a manifest or path file of another shape instead of guessing", () => {
    expect(() => knownPathsFrom({ routes: [] }, routes, "/[locale]/missing", archive)).toThrow();
    expect(() => knownPathsFrom(prerender, routes, "/[locale]/missing", { routes: { "/[locale]/notices/[id]": ["zh/x"] } })).toThrow();
    expect(() => knownPathsFrom(prerender, routes, "/[locale]/missing", ["/zh/notices/x"])).toThrow();
  });
});
