import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The rule for unknown URLs (issue 9, README "Unknown URLs"): a route whose params are all known at
 * build time is closed, `export const dynamicParams = false`, so an unlisted param is a 404 that
 * Next answers without rendering the page into .next's cache. This list is the one place to open a
 * route for on-demand rendering (ISR for a larger archive): name its file here, with the reason, and
 * check that its unknown params still cannot fill the disk (tests/e2e/hardening.spec.ts).
 */
const OPEN_ROUTES: Record<string, string> = {};

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
    // A catch-all with no list ([...rest]) renders on demand and is dynamic (ƒ): Next never caches it.
    if (!lists) expect(closed).toBe(false);
    else expect(closed || rel in OPEN_ROUTES).toBe(true);
  });
});
