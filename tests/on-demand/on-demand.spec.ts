import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { prerenderIssues } from "@/lib/env";
import { ARCHIVE_PATHS_FILE, archivePathsSchema, prerenderedPaths } from "@/lib/http/known-paths";
import { getAll } from "@/tests/e2e/http-helpers";

/**
 * The build strategy (issue 11, README "Build strategy") on a generated archive: the server build
 * prerendered the newest PRERENDER_ISSUES issues (scripts/test-export.sh sets it), and older issues'
 * pages render on first request, are cached, and read without JavaScript. Unknown ids under the same
 * routes are still the localized 404 page and write nothing.
 */
const NEXT = path.resolve(".next");
const prerendered = prerenderedPaths(JSON.parse(readFileSync(path.join(NEXT, "prerender-manifest.json"), "utf8")));
const archive = archivePathsSchema.parse(JSON.parse(readFileSync(path.join(NEXT, ARCHIVE_PATHS_FILE), "utf8"))).routes;
const pathsOf = (route: string) => archive[route] ?? [];
const issuePages = (paths: Iterable<string>) => [...paths].filter((p) => /^\/zh\/issues\/\d{4}-\d+$/.test(p));
/** Older notices: in the archive, not prerendered. */
const older = pathsOf("/[locale]/notices/[id]").filter((p) => p.startsWith("/zh/") && !prerendered.has(p));

/** Every file under .next's route cache, where Next writes what it renders on demand. */
function cachedFiles(): Set<string> {
  const dir = path.join(NEXT, "server");
  return new Set(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)));
}

// One at a time: the cache check compares .next before and after, and any other test renders into it.
test.describe.configure({ mode: "serial" });

test.describe("on-demand archive pages", () => {
  test("the build prerendered the newest issues only; the archive's path list holds every issue", () => {
    const limit = prerenderIssues();
    expect(typeof limit === "number" && limit > 0).toBe(true);
    expect(issuePages(prerendered)).toHaveLength(Number(limit));
    expect(issuePages(pathsOf("/[locale]/issues/[issue]")).length).toBeGreaterThan(Number(limit));
    expect(older.length).toBeGreaterThan(10);
  });

  test("an older notice renders on first request, then comes from the cache, in every reading mode", async ({ request }) => {
    const notice = older[older.length - 1] ?? "";
    const first = await request.get(notice);
    expect(first.status()).toBe(200);
    expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
    const html = await first.text();
    const title = /<title>([^|<]+) \|/.exec(html)?.[1] ?? "";
    expect(title.length).toBeGreaterThan(4);
    expect(/<h1[^>]*>(.+?)<\/h1>/s.exec(html)?.[1]).toContain(title);
    expect(html).toContain('id="p-1"');
    const again = await request.get(notice);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await again.text()).toBe(html);
    const modes = await getAll(request, [`${notice}?view=en`, `${notice}?view=parallel`, notice.replace("/zh/", "/en/")]);
    expect(modes.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(modes.map((a) => /<html lang="([^"]+)"/.exec(a.body)?.[1])).toEqual(["zh-Hans", "zh-Hans", "en"]);
  });

  test("an older issue, its source notes, tables and corpus files answer on demand; its series number redirects", async ({ request }) => {
    const issue = issuePages(pathsOf("/[locale]/issues/[issue]")).find((p) => !prerendered.has(p)) ?? "";
    const table = pathsOf("/[locale]/notices/[id]/tables/[file]").find((p) => p.endsWith(".csv") && !prerendered.has(p)) ?? "";
    const corpus = pathsOf("/[locale]/notices/[id]/corpus/[file]").find((p) => !prerendered.has(p)) ?? "";
    const answers = await getAll(request, [issue, `${issue}/notes`, table, corpus]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers[2]?.headers["content-type"]).toMatch(/^text\/csv/);
    // Series redirects are prerendered for every issue (lib/data/archive-params.ts says why).
    const series = pathsOf("/[locale]/issues/[issue]").filter((p) => /^\/zh\/issues\/\d+$/.test(p));
    expect(series.every((p) => prerendered.has(p))).toBe(true);
    const redirects = await getAll(request, series.slice(-3));
    expect(redirects.map((a) => [a.status, a.headers.location])).toEqual(redirects.map(() => [308, expect.stringMatching(/^\/zh\/issues\/\d{4}-\d+$/)]));
  });

  test("unknown ids under every archive route are the 404 page and write nothing to .next", async ({ request }) => {
    const notice = older[0] ?? "";
    const unknown = (i: number) => [
      `/zh/notices/unknown-${i}`,
      `/en/notices/unknown-${i}/view/parallel`,
      `${notice}/tables/p-${900 + i}.csv`,
      `/zh/notices/unknown-${i}/corpus/aligned.tmx`,
      `/en/issues/${2100 + i}-1`,
      `/zh/issues/${90000 + i}`,
      `/zh/issues/${2100 + i}-1/notes`,
      `/en/plans/unknown-${i}`,
    ];
    await getAll(request, unknown(0));
    const before = cachedFiles();
    const answers = await getAll(request, Array.from({ length: 40 }, (_, i) => unknown(i + 1)).flat(), 16);
    expect(answers.filter((a) => a.status !== 404).map((a) => `${a.url} ${a.status}`)).toEqual([]);
    expect(answers.find((a) => a.url.startsWith("/zh/notices/"))?.body).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect([...cachedFiles()].filter((f) => !before.has(f))).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an on-demand notice reads, and its paragraph permalink lands on the paragraph", async ({ page }) => {
    const notice = older[Math.floor(older.length / 2)] ?? "";
    await page.goto(`${notice}#p-2`);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator("#p-2")).toBeInViewport();
  });
});
