import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Smoke test of the static export (out/) behind a plain static file server: the public URLs work
 * with no Next server behind them. Runs after `npm run export` (scripts/test-export.sh).
 */
const OUT = path.resolve(import.meta.dirname, "../../out");

/** Issues in the export other than the real 2013-11: the generated ones CI adds (tests/export). */
function generatedIssues(): string[] {
  return readdirSync(path.join(OUT, "zh/issues"))
    .map((f) => /^(\d{4}-\d+)\.html$/.exec(f)?.[1])
    .filter((slug): slug is string => slug !== undefined && slug !== "2013-11")
    .sort();
}

/** A notice page of the export whose text links a citation to another notice, and that target. */
function citingNotice(): { source: string; target: string; printed: string } | null {
  const dir = path.join(OUT, "zh/notices");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".html")).sort()) {
    const m = /<a data-reference="" href="\/zh\/notices\/([a-z0-9-]+)">([^<]+)<\/a>/.exec(readFileSync(path.join(dir, file), "utf8"));
    if (m?.[1] && m[2]) return { source: file.replace(/\.html$/, ""), target: m[1], printed: m[2] };
  }
  return null;
}

test.describe("static export", () => {
  test("/ sends a Chinese browser to /zh and an English one to /en, without a server", async ({ page, browser }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    const context = await browser.newContext({ locale: "en-GB" });
    const english = await context.newPage();
    await english.goto("/");
    await expect(english).toHaveURL(/\/en$/);
    await context.close();
  });

  test("/ without JS: refreshes to /zh and links both languages", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
    const page = await context.newPage();
    const response = await page.request.get("/");
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/zh">');
    expect(html).toContain('href="/en"');
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh$/);
    await context.close();
  });

  test("an issue page lists its notices", async ({ page }) => {
    await page.goto("/zh/issues/2013-11");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2013年第11期");
    // One link per notice; entry 4 also links to its source note.
    await expect(page.locator('#contents-heading + ol a[href^="/zh/notices/"]')).toHaveCount(7);
  });

  test("a notice in three reading modes: links without a query, and ?view= URLs switch in the browser", async ({ page }) => {
    const modes = page.getByRole("navigation", { name: "阅读模式" });
    const current = modes.locator('[aria-current="page"]');
    await page.goto("/zh/notices/miit-2012-64");
    await expect(current).toHaveText("中文");
    await modes.getByRole("link", { name: "英文", exact: true }).click();
    await expect(page).toHaveURL(/\/zh\/notices\/miit-2012-64\/view\/en$/);
    await expect(current).toHaveText("英文");
    await page.goto("/zh/notices/miit-2012-64?view=parallel");
    await expect(page).toHaveURL(/\/zh\/notices\/miit-2012-64\/view\/parallel$/);
    await expect(current).toHaveText("中英对照");
    await expect(page.locator('#p-2 [data-cell="en"]')).toBeVisible();
  });

  test("a paragraph anchor survives the ?view= switch", async ({ page }) => {
    await page.goto("/en/notices/miit-2012-64?view=parallel#p-12");
    await expect(page).toHaveURL(/\/en\/notices\/miit-2012-64\/view\/parallel#p-12$/);
    await expect.poll(() => page.evaluate(() => document.querySelector(":target")?.id)).toBe("p-12");
    await expect(page.locator("#p-12")).toBeInViewport();
  });

  test("search finds a notice from the exported index", async ({ page }) => {
    await page.goto("/zh/search?q=成品油");
    await expect(page.getByText(/找到\d+份包含“成品油”的文件/)).toBeVisible();
    const first = page.locator("main ol li a").first();
    await expect(first).toContainText("商务部公告2013年第3号");
    await first.click();
    await expect(page).toHaveURL(/\/zh\/notices\/mofcom-2013-3\?hl=/);
  });

  test("unknown URLs get the 404 page with a 404 status", async ({ page }) => {
    for (const url of ["/zh/notices/no-such-notice", "/fr/anything", "/zh/years/1850"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });

  test("pages of a generated issue render: issue, notice, year, issuer page 2, previous/next", async ({ page }) => {
    const slugs = generatedIssues();
    test.skip(slugs.length === 0, "export built without a generated archive");
    const slug = slugs[Math.floor(slugs.length / 2)] ?? "";
    await page.goto(`/en/issues/${slug}`);
    await expect(page.locator("#contents-heading + ol a").first()).toBeVisible();
    await expect(page.locator('a[rel="prev"]')).toHaveCount(1);
    await expect(page.locator('a[rel="next"]')).toHaveCount(1);
    await page.locator("#contents-heading + ol a").first().click();
    await expect(page.locator("[data-block]").first()).toBeVisible();
    await page.goto(`/zh/years/${slug.slice(0, 4)}`);
    await expect(page.locator(`a[href="/zh/issues/${slug}"]`)).toHaveCount(1);
    await page.goto("/zh/issuers/mofcom/page/2");
    await expect(page.locator("main ol li")).not.toHaveCount(0);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", "/zh/issuers/mofcom");
  });

  test("every page of the data tables is a file the pager reaches, without JS", async ({ browser }) => {
    test.skip(generatedIssues().length === 0, "export built without a generated archive");
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const sheet of ["standards", "licences"]) {
      await page.goto(`/en/${sheet}`);
      // Its downloads and structured filters work per request, so the export has none (they would be
      // 404s or do nothing); the text filter narrows the page's rows in the browser.
      await expect(page.locator(`a[href^="/en/${sheet}."]`)).toHaveCount(0);
      await expect(page.locator("form select, form input[type=date], #records-prefix")).toHaveCount(0);
      await expect(page.locator("#records-q")).toHaveCount(1);
      const seen = new Set<string>();
      const sizes: number[] = [];
      for (let n = 1; ; n += 1) {
        const ids = await page.locator("tbody tr[id]").evaluateAll((rows) => rows.map((r) => r.id));
        for (const id of ids) seen.add(id);
        sizes.push(ids.length);
        const next = page.locator('a[rel="next"]');
        if ((await next.count()) === 0) break;
        await expect(next).toHaveAttribute("href", `/en/${sheet}/page/${n + 1}`);
        await next.click();
        await expect(page).toHaveURL(new RegExp(`/en/${sheet}/page/${n + 1}$`));
      }
      // More than one page in the generated archive, 100 rows on each but the last, no row twice.
      expect(sizes.length, sheet).toBeGreaterThan(1);
      expect(sizes.slice(0, -1).every((n) => n === 100), sheet).toBe(true);
      expect(seen.size, sheet).toBe(sizes.reduce((a, b) => a + b, 0));
      await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", sizes.length === 2 ? `/en/${sheet}` : `/en/${sheet}/page/${sizes.length - 1}`);
    }
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`a reference link in a notice reaches its target, which lists the citing notice (JS ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
      test.skip(generatedIssues().length === 0, "export built without a generated archive");
      // The generated archive's notices cite earlier ones (tests/unit/archive-generator.test.ts).
      const found = citingNotice();
      expect(found, "no notice page links a citation").not.toBeNull();
      if (!found) return;
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`/zh/notices/${found.source}`);
      const link = page.locator("[data-block] a[data-reference]", { hasText: found.printed }).first();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/zh/notices/${found.target}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator(`#cited-by + ul a[href^="/zh/notices/${found.source}#p-"]`)).toHaveCount(1);
      await context.close();
    });
  }
});
