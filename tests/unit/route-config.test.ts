import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ON_DEMAND_ROUTES } from "@/lib/routes";

/**
 * The rule for unknown URLs (issue 9, README "Unknown URLs"): a route whose params are all known at
 * build time is closed, `export const dynamicParams = false`, so an unlisted param is a 404 that
 * Next answers without rendering the page into .next's cache. The archive routes are the one
 * exception (lib/routes.ts ON_DEMAND_ROUTES): they render older issues on first request, take their
 * params from lib/data/archive-params.ts, and the proxy lets through only the archive's own paths
 * (tests/e2e/hardening.spec.ts checks that unknown ones still cannot fill the disk).
 */

const APP = path.resolve(import.meta.dirname, "../../app");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|route)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Dynamic segments of the file's own path other than the locale (the layout lists both locales). */
const ownParams = (file: string) => path.relative(APP, file).split(path.sep).filter((s) => /^\[.+\]$/.test(s) && s !== "[locale]");

describe("route segment config", () => {
  const files = routeFiles(APP);
  const prerendered = files.filter((f) => /export (async )?function generateStaticParams/.test(readFileSync(f, "utf8")));

  it("finds the prerendered routes with params of their own", () => {
    expect(prerendered.filter((f) => ownParams(f).length > 0).map((f) => path.relative(APP, f)).sort()).toEqual([
      "[locale]/issuers/[code]/[[...page]]/page.tsx",
      "[locale]/issuers/[code]/feed.xml/route.ts",
      "[locale]/issues/[issue]/notes/page.tsx",
      "[locale]/issues/[issue]/page.tsx",
      "[locale]/notices/[id]/corpus/[file]/route.ts",
      "[locale]/notices/[id]/page.tsx",
      "[locale]/notices/[id]/tables/[file]/route.ts",
      "[locale]/notices/[id]/view/[view]/page.tsx",
      "[locale]/plans/[id]/page.tsx",
      "[locale]/years/[year]/page.tsx",
    ]);
  });

  it.each(files.filter((f) => ownParams(f).length > 0).map((f) => path.relative(APP, f)))("%s is closed to unlisted params or listed as open", (rel) => {
    const source = readFileSync(path.join(APP, rel), "utf8");
    const closed = /^export const dynamicParams = false;$/m.test(source);
    const lists = /export (async )?function generateStaticParams/.test(source);
    const onDemand = ON_DEMAND_ROUTES.some((route) => path.dirname(rel) === route.slice(1));
    // A catch-all with no list ([...rest]) renders on demand and is dynamic (ƒ): Next never caches it.
    if (!lists) expect(closed).toBe(false);
    else if (onDemand) {
      // Open by Next's default: dynamicParams must be a literal, so it cannot follow the build mode.
      expect(source).not.toMatch(/^export const dynamicParams/m);
      expect(source).toMatch(/return routeParams\("[^"]+", "prerender"\);/);
    } else expect(closed).toBe(true);
  });

  it("names a route file for every archive route, listing its params under its own pattern", () => {
    for (const route of ON_DEMAND_ROUTES) {
      const dir = path.join(APP, route.slice(1));
      const file = ["page.tsx", "route.ts"].map((f) => path.join(dir, f)).find((f) => existsSync(f));
      expect(file, route).toBeDefined();
      expect(readFileSync(file ?? "", "utf8")).toContain(`return routeParams("${route}", "prerender");`);
    }
  });
});
