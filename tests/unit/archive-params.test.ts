import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { writeArchive } from "@/bench/archive/load-seed";
import { routeParams, routePaths } from "@/lib/data/archive-params";
import { createDb, getDb } from "@/lib/db";
import { ON_DEMAND_ROUTES } from "@/lib/routes";
import { CLI_TIMEOUT } from "@/tests/helpers/run-cli";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, TEST_DB_DIR, type TestDb } from "@/tests/helpers/test-db";

/**
 * The params of the archive routes (issue 11, "Build strategy"): what the build prerenders is the
 * newest PRERENDER_ISSUES issues' pages, and what the proxy lets render on demand is all of them.
 * Against the real issue plus 6 generated ones.
 */
let testDb: TestDb;
let out: string;

beforeAll(async () => {
  testDb = copyBaseDb("archive-params");
  out = fs.mkdtempSync(path.join(TEST_DB_DIR, "archive-params-"));
  fs.rmSync(out, { recursive: true });
  writeArchive(out, { issues: 6, seed: 3 });
  for (const contentDir of ["content", out]) {
    const run = await runIngest({ contentDir, databaseUrl: testDb.url });
    expect(run.code, run.stderr).toBe(0);
  }
  globalThis.archiveDb = createDb(testDb.url);
}, CLI_TIMEOUT);

afterEach(() => {
  delete process.env.PRERENDER_ISSUES;
});

afterAll(async () => {
  await globalThis.archiveDb?.$disconnect();
  globalThis.archiveDb = undefined;
  testDb.remove();
  fs.rmSync(out, { recursive: true, force: true });
});

const newestIssues = async (n: number) =>
  (await getDb().issue.findMany({ orderBy: [{ year: "desc" }, { number: "desc" }], take: n, select: { slug: true, series: true } }));
const noticesOf = async (slugs: string[]) =>
  (await getDb().notice.findMany({ where: { issue: { slug: { in: slugs } } }, select: { id: true } })).map((n) => n.id).sort();

describe("archive route params", { timeout: 60_000 }, () => {
  it("prerender the newest PRERENDER_ISSUES issues' notices, in both locales; all of them for the proxy", async () => {
    process.env.PRERENDER_ISSUES = "3";
    const newest = await newestIssues(3);
    const params = await routeParams("/[locale]/notices/[id]", "prerender");
    const expected = await noticesOf(newest.map((i) => i.slug));
    expect(params.filter((p) => p.locale === "zh").map((p) => p.id).sort()).toEqual(expected);
    expect(params.filter((p) => p.locale === "en").map((p) => p.id).sort()).toEqual(expected);
    const all = await routeParams("/[locale]/notices/[id]", "all");
    expect(all).toHaveLength(2 * (await getDb().notice.count()));
    expect(await getDb().issue.count()).toBe(7);
  });

  it("list the newest issues by slug, every issue's series-number redirect, and each reading mode other than the locale's own", async () => {
    process.env.PRERENDER_ISSUES = "2";
    const all = await newestIssues(100);
    const issues = (await routeParams("/[locale]/issues/[issue]", "prerender")).filter((p) => p.locale === "en").map((p) => p.issue);
    expect(issues).toEqual([...all.slice(0, 2).map((i) => i.slug), ...all.map((i) => String(i.series))]);
    expect(all).toHaveLength(7);
    const views = await routeParams("/[locale]/notices/[id]/view/[view]", "prerender");
    const id = views[0]?.id;
    expect(views.filter((p) => p.id === id).map((p) => `${p.locale}:${p.view}`)).toEqual(["zh:en", "zh:parallel", "en:zh", "en:parallel"]);
  });

  it("name every table as CSV and JSON, every notice's two corpus files and every plan", async () => {
    const tables = await getDb().block.count({ where: { kind: "table" } });
    expect(tables).toBeGreaterThan(0);
    expect(await routeParams("/[locale]/notices/[id]/tables/[file]", "all")).toHaveLength(2 * 2 * tables);
    expect(await routeParams("/[locale]/notices/[id]/corpus/[file]", "all")).toHaveLength(2 * 2 * (await getDb().notice.count()));
    expect(await routeParams("/[locale]/plans/[id]", "all")).toHaveLength(2 * (await getDb().plan.count()));
    const table = (await routePaths("/[locale]/notices/[id]/tables/[file]", "all")).find((p) => p.startsWith("/zh/notices/miit-2012-64/"));
    expect(table).toMatch(/^\/zh\/notices\/miit-2012-64\/tables\/p-\d+\.csv$/);
  });

  it("prerender nothing at PRERENDER_ISSUES=0 and everything at all, while the proxy's list stays whole", async () => {
    process.env.PRERENDER_ISSUES = "0";
    for (const route of ON_DEMAND_ROUTES) {
      const params = await routeParams(route, "prerender");
      expect(params.filter((p) => !/^\d+$/.test(p.issue ?? "")), route).toEqual([]);
    }
    const everything = await routePaths("/[locale]/issues/[issue]/notes", "all");
    expect(everything).toHaveLength(2 * 7);
    process.env.PRERENDER_ISSUES = "all";
    expect(await routePaths("/[locale]/issues/[issue]/notes", "prerender")).toEqual(everything);
    process.env.PRERENDER_ISSUES = "1000";
    expect(await routePaths("/[locale]/issues/[issue]/notes", "prerender")).toEqual(everything);
  });
});
