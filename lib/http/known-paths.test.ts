import { describe, expect, it } from "vitest";
import { knownPathsFrom } from "@/lib/http/known-paths";

// The manifests' shape as Next 16 writes them (.next/prerender-manifest.json, routes-manifest.json),
// cut down to one closed route, one open route, the catch-all and the 404 page.
const prerender = {
  routes: { "/zh": {}, "/zh/notices/mofcom-2013-1": {}, "/zh/missing": {}, "/zh/notices/mofcom-2013-1/tables/p-6.csv": {} },
  dynamicRoutes: {
    "/[locale]/notices/[id]": { fallback: false },
    "/[locale]/notices/[id]/tables/[file]": { fallback: false },
    "/[locale]": { fallback: null },
  },
};
const routes = {
  dynamicRoutes: [
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/missing", regex: "^/([^/]+?)/missing(?:/)?$" },
    { page: "/[locale]/notices/[id]", regex: "^/([^/]+?)/notices/([^/]+?)(?:/)?$" },
    { page: "/[locale]/notices/[id]/tables/[file]", regex: "^/([^/]+?)/notices/([^/]+?)/tables/([^/]+?)(?:/)?$" },
    { page: "/[locale]/search", regex: "^/([^/]+?)/search(?:/)?$" },
    { page: "/[locale]/[...rest]", regex: "^/([^/]+?)/(.+?)(?:/)?$" },
  ],
};
const known = knownPathsFrom(prerender, routes, "/[locale]/missing");

describe("known paths", () => {
  it("knows prerendered paths and any path of a route rendered per request", () => {
    expect(["/zh", "/zh/", "/zh/notices/mofcom-2013-1", "/zh/notices/mofcom-2013-1/tables/p-6.csv", "/zh/search"].map(known)).toEqual([true, true, true, true, true]);
    expect(known("/zh/notices/mofcom%2D2013%2D1")).toBe(true);
  });

  it("does not know unlisted params of a closed route, catch-all paths, the 404 page itself or undecodable paths", () => {
    const unknown = ["/zh/notices/x-1", "/zh/notices/mofcom-2013-1/tables/p-99.csv", "/zh/nothing/here", "/zh/missing", "/zh/notices/%E0%A4%A"];
    expect(unknown.map(known)).toEqual([false, false, false, false, false]);
  });

  it("refuses a manifest of another shape instead of guessing", () => {
    expect(() => knownPathsFrom({ routes: [] }, routes, "/[locale]/missing")).toThrow();
  });
});
