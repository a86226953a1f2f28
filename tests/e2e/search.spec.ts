import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Search: the header box (lazy engine, combobox), the server-rendered results page and the hop to
 * the highlighted block. Expects the header to mount components/search/search-box.tsx (input
 * #site-search) and the notice page to mount components/search/highlight-terms.tsx.
 */

const OIL = "mofcom-2013-3";

/** Requests for the static index (public/search → /search/…); the results page itself is /{locale}/search. */
function watchIndex(page: Page) {
  const index: string[] = [];
  const scripts: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith("/search/")) index.push(url.pathname);
    if (req.resourceType() === "script") scripts.push(url.pathname);
  });
  return { index, scripts };
}

const resultTitles = (page: Page) => page.locator("section[aria-labelledby=results-heading] h3 a");

test.describe("search box", () => {
  test("成品油: nothing loads before focus, the oil notice comes first highlighted, results page, then the highlighted paragraph", async ({ page }) => {
    const seen = watchIndex(page);
    await page.goto("/zh");
    await page.waitForLoadState("networkidle");
    expect(seen.index, "no index request before the box is used").toEqual([]);
    const scriptsBefore = seen.scripts.length;

    const box = page.locator("#site-search");
    await box.click();
    await box.fill("成品油");
    const first = page.getByRole("listbox").getByRole("option").first();
    await expect(first).toContainText("公告2013年第3号");
    await expect(first.locator("mark").first()).toHaveText("成品油");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    expect(seen.index.some((p) => p.startsWith("/search/zh/"))).toBe(true);
    expect(seen.scripts.length, "the engine arrives as its own chunk after focus").toBeGreaterThan(scriptsBefore);

    // Enter without choosing an option: the results page.
    await box.press("Enter");
    await expect(page).toHaveURL(/\/zh\/search\?q=%E6%88%90%E5%93%81%E6%B2%B9$/);
    await expect(resultTitles(page).first()).toHaveAttribute("href", new RegExp(`/zh/notices/${OIL}\\?`));
    await expect(page.getByRole("status").filter({ hasText: "处匹配" })).toBeVisible();

    // The first passage of the oil notice (the title is hit 1) opens at its block, marked.
    const passage = page.locator(`section[aria-labelledby=results-heading] a[href*="/notices/${OIL}?"][href*="#p-"]`).first();
    const href = await passage.getAttribute("href");
    const block = /#(p-\d+)$/.exec(href ?? "")?.[1];
    expect(block).toBeTruthy();
    await passage.click();
    await expect(page).toHaveURL(new RegExp(`/zh/notices/${OIL}\\?hl=.+#${block}$`));
    const mark = page.locator(`#${block} mark`).first();
    await expect(mark).toHaveText("成品油");
    await expect(mark).toBeInViewport();
  });

  test("keyboard: arrows choose, Escape closes, Enter opens the chosen notice with its title marked", async ({ page }) => {
    await page.goto("/zh");
    const box = page.locator("#site-search");
    await box.focus();
    await page.keyboard.type("成品油");
    await expect(page.getByRole("option").first()).toBeVisible();
    await box.press("ArrowDown");
    const firstId = await page.getByRole("option").first().getAttribute("id");
    await expect(box).toHaveAttribute("aria-activedescendant", firstId ?? "");
    await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(box).toHaveValue("成品油");
    await box.press("ArrowDown");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/zh/notices/${OIL}\\?hl=`));
    await expect(page.locator("main h1 mark").first()).toHaveText("成品油");
  });

  test("/ focuses the box, but not while typing in another field", async ({ page }) => {
    await page.goto("/zh/search");
    await page.locator("body").press("/");
    await expect(page.locator("#site-search")).toBeFocused();
    const pageBox = page.locator("#search-page-q");
    await pageBox.focus();
    await page.keyboard.type("SB/T");
    await expect(pageBox).toBeFocused();
    await expect(pageBox).toHaveValue("SB/T");
  });

  test("English on /en: crude oil and outsourcing", async ({ page }) => {
    await page.goto("/en");
    const box = page.locator("#site-search");
    await box.fill("crude oil");
    await expect(page.getByRole("option").first()).toContainText("Announcement No. 3, 2013");
    await expect(page.getByRole("option").first().locator("mark").first()).toHaveText(/crude|oil/i);
    await box.press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=crude\+oil$/);
    await expect(resultTitles(page).first()).toHaveAttribute("href", new RegExp(`/en/notices/${OIL}\\?`));
    await expect(page.locator("section[aria-labelledby=results-heading] mark").first()).toHaveText(/crude|oil/i);

    await page.goto("/en/search?q=outsourcing");
    await expect(resultTitles(page).first()).toHaveAttribute("href", /\/en\/notices\/mofcom-ndrc-2012-431\?/);
    // Each passage also shows the Chinese text it translates.
    await expect(page.locator("section[aria-labelledby=results-heading] [lang=zh-Hans]").first()).toBeVisible();
  });

  test("English: revoked finds Announcement No. 3's cancellations, in the box and without JS (issue 15)", async ({ page, browser }) => {
    // 注销 is "cancel" in the archive's English; the reader's word still finds it through the search synonym.
    await page.goto("/en");
    const box = page.locator("#site-search");
    await box.fill("revoked");
    await expect(page.getByRole("option").first()).toContainText("Announcement No. 3, 2013");
    await expect(page.getByRole("option").first().locator("mark").first()).toHaveText(/cancel/i);

    const fresh = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await fresh.newPage();
    await p2.goto("/en/search?q=revocation");
    const titles = resultTitles(p2);
    await expect(titles.first()).toHaveAttribute("href", new RegExp(`/en/notices/${OIL}\\?`));
    expect(new Set(await titles.evaluateAll((as) => as.map((a) => new URL(a.getAttribute("href") ?? "", "http://x").pathname)))).toEqual(
      new Set([`/en/notices/${OIL}`]),
    );
    await expect(p2.locator("section[aria-labelledby=results-heading] mark").first()).toHaveText(/cancel/i);
    await fresh.close();
  });
});

test.describe("results page", () => {
  test("a ?q= URL opened fresh shows the same results, also without JS", async ({ page, browser }) => {
    await page.goto("/zh");
    await page.locator("#site-search").fill("成品油");
    await page.locator("#site-search").press("Enter");
    await expect(resultTitles(page).first()).toBeVisible();
    const viaBox = await resultTitles(page).evaluateAll((as) => as.map((a) => a.getAttribute("href")));

    const fresh = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await fresh.newPage();
    await p2.goto("/zh/search?q=成品油");
    expect(await resultTitles(p2).evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(viaBox);
    await expect(resultTitles(p2).first()).toHaveAttribute("href", new RegExp(`/zh/notices/${OIL}\\?`));
    // The plain GET form works without JS too.
    await p2.goto("/en");
    await p2.locator("#site-search").fill("crude oil");
    await p2.locator("#site-search").press("Enter");
    await expect(p2).toHaveURL(/\/en\/search\?q=crude\+oil$/);
    await expect(resultTitles(p2).first()).toHaveAttribute("href", new RegExp(`/en/notices/${OIL}\\?`));
    await fresh.close();
  });

  test("facets filter, with counts, and the status line announces the new count", async ({ page }) => {
    await page.goto("/zh/search?q=公告");
    const status = page.locator("p[role=status][aria-live=polite]");
    const before = await status.textContent();
    const groups = page.locator("section[aria-labelledby=results-heading] > ol > li");
    const total = await groups.count();
    expect(total).toBeGreaterThan(2);
    const customs = page.locator("section[aria-labelledby=refine-heading] a", { hasText: "海关总署" });
    const count = Number(await customs.locator("span.tabular-nums").textContent());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    await customs.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/body=gacc/);
    await expect(groups).toHaveCount(count);
    await expect(status).not.toHaveText(before ?? "");
    await expect(page.locator("section[aria-labelledby=refine-heading] a[aria-current=true]")).toContainText("海关总署");
  });

  test("no results: shows how the query was read; an explicit English scope still lists the Chinese-only notices, labelled", async ({ page }) => {
    await page.goto("/en/search?q=xqzvk");
    await expect(page.getByRole("heading", { name: /No matches for “xqzvk” in the English translation/ })).toBeVisible();
    await expect(page.getByText("How your query was read")).toBeVisible();
    await expect(page.locator("details[open] code", { hasText: "xqzvk" })).toBeVisible();
    // 成品油 is not in the English text; with in=en chosen, the Chinese original's notices follow, labelled.
    await page.goto("/en/search?q=成品油&in=en");
    const passage = page.locator("section[aria-labelledby=results-heading] li li").first();
    await expect(passage).toContainText("matched in the Chinese original");
    const hit = page.locator(`section[aria-labelledby=results-heading] a[href*="view=parallel"][href*="#p-"]`).first();
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page.locator(`:is([id^="p-"]) [data-cell=zh] mark`).first()).toHaveText("成品油");
  });

  test("empty query: explains and offers examples", async ({ page }) => {
    await page.goto("/zh/search");
    await expect(page.getByRole("heading", { name: "搜索全部公告与通知，中文英文皆可" })).toBeVisible();
    await page.getByRole("link", { name: "SB/T 10885" }).click();
    await expect(resultTitles(page).first()).toHaveAttribute("href", /\/zh\/notices\/mofcom-2013-1\?/);
  });

  test("a notice opened without ?hl= loads no search code and marks nothing", async ({ page }) => {
    const seen = watchIndex(page);
    await page.goto(`/zh/notices/${OIL}#p-1`);
    await page.waitForLoadState("networkidle");
    expect(seen.index).toEqual([]);
    await expect(page.locator("mark[data-hl]")).toHaveCount(0);
  });
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test.describe("search accessibility and layout", () => {
  const PAGES = ["/zh/search", "/zh/search?q=公告", "/en/search?q=crude+oil", "/en/search?q=成品油", `/zh/notices/${OIL}?hl=成品油#p-1`];
  for (const path of PAGES) {
    for (const scheme of ["light", "dark"] as const) {
      test(`axe: ${path} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        if (path.includes("hl=")) await expect(page.locator("mark[data-hl]").first()).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  test("axe: the open popup", async ({ page }) => {
    await page.goto("/en");
    await page.locator("#site-search").fill("oil");
    await expect(page.getByRole("option").first()).toBeVisible();
    await page.locator("#site-search").press("ArrowDown");
    await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("results and popup fit a 390 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/zh/search?q=公告");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.locator("#site-search").fill("成品油");
    const popup = page.getByRole("listbox");
    await expect(popup.getByRole("option").first()).toBeVisible();
    const box = await popup.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  });
});

// Screenshots for review, not assertions: SEARCH_SCREENSHOTS=1 npx playwright test search -g screenshots
test.describe("screenshots", () => {
  test.skip(!process.env.SEARCH_SCREENSHOTS, "set SEARCH_SCREENSHOTS=1");
  for (const [locale, q] of [["zh", "成品油"], ["en", "crude oil"]] as const) {
    for (const width of [390, 1280]) {
      test(`results ${locale} ${width}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/${locale}/search?q=${encodeURIComponent(q)}`);
        await page.screenshot({ path: `test-results/search-${locale}-${width}.png`, fullPage: true });
        await page.locator("#site-search").fill(q);
        await expect(page.getByRole("option").first()).toBeVisible();
        await page.screenshot({ path: `test-results/search-box-${locale}-${width}.png` });
      });
    }
  }
});
