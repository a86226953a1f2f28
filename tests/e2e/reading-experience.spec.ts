import { expect, test, type Page } from "@playwright/test";

// Issue 14: what a first-time reader tripped over, checked one point at a time.

const PLAN = "mofcom-ndrc-2012-431";
const STANDARDS = "mofcom-2013-1";
const OIL = "mofcom-2013-3";
const MARK = "rgb(255, 244, 194)";

test.describe("print", () => {
  test("an English notice printed keeps the archive-translation label and the footer disclaimer", async ({ page }) => {
    await page.goto(`/en/notices/${OIL}`);
    await page.emulateMedia({ media: "print" });
    const label = page.getByText("Archive translation", { exact: true }).first();
    await expect(label).toBeVisible();
    await expect(page.getByText("English: the archive’s translation, not official")).toBeVisible();
    await expect(page.locator("footer")).toBeVisible();
    await expect(page.locator("footer")).toContainText("other English is the archive’s translation and has no legal force");
    // The screen-only chrome stays out of the printout.
    await expect(page.locator(".block-actions").first()).toBeHidden();
  });
});

test.describe("two English titles", () => {
  test("the plan says which English title is the gazette's and which others it is known by, without JS", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/notices/${PLAN}`);
    await expect(page.locator("h1")).toContainText("Guideline of China International Service Outsourcing Development Planning");
    const row = page.locator("dd", { has: page.locator("q") });
    await expect(page.locator("dt", { hasText: "Other English titles" })).toBeVisible();
    await expect(row).toContainText("The English title above is the one the gazette prints in its English contents.");
    await expect(row.locator("q")).toHaveText([
      "Outline of Development Plan for China's International Service Outsourcing Industry (2011-2015)",
      "12th Five-Year Plan for Service Outsourcing",
    ]);
    await page.goto(`/zh/notices/${PLAN}`);
    await expect(page.locator("dt", { hasText: "其他英文名称" })).toBeVisible();
    await expect(page.locator('dd span[lang="en"] q')).toHaveCount(2);
    await page.goto(`/en/notices/${OIL}`);
    await expect(page.locator("dt", { hasText: "Other English titles" })).toHaveCount(0);
    await context.close();
  });
});

test.describe("table rows", () => {
  for (const locale of ["zh", "en"] as const) {
    test(`${locale}: a row hit's URL scrolls the row into view and highlights the row, not the table`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/${locale}/notices/${STANDARDS}?hl=${encodeURIComponent("香蕉")}#p-6-r39`);
      const row = page.locator("#p-6-r39");
      await expect(row).toBeInViewport();
      await expect(row).toContainText("SB/T 10885");
      await expect(row).toHaveCSS("background-color", MARK);
      await expect(page.locator("#p-6")).not.toHaveCSS("background-color", MARK);
      await expect(page.locator("#p-6-r38")).not.toHaveCSS("background-color", MARK);
      if (locale === "zh") await expect(row.locator("mark").first()).toHaveText("香蕉");
    });
  }

  test("search hits in table rows deep-link to the row", async ({ page }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent("SB/T 10885")}`);
    const hit = page.locator("section[aria-labelledby=results-heading] li li a").first();
    await expect(hit).toHaveAttribute("href", /\/zh\/notices\/mofcom-2013-1\?hl=.*#p-6-r39$/);
    await hit.click();
    await expect(page.locator("#p-6-r39")).toBeInViewport();
  });
});

/** Gaps between consecutive paragraph blocks, in px. */
async function paragraphGaps(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll<HTMLElement>("section .permalink-block")];
    const gaps: number[] = [];
    for (let i = 1; i < blocks.length; i++) {
      const a = blocks[i - 1];
      const b = blocks[i];
      if (a?.dataset.block !== "paragraph" || b?.dataset.block !== "paragraph") continue;
      gaps.push(Math.round(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom));
    }
    return gaps;
  });
}

test.describe("paragraph spacing and keyboard", () => {
  for (const width of [390, 1280]) {
    test(`gaps between consecutive paragraphs are equal at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/en/notices/${PLAN}`);
      const gaps = await paragraphGaps(page);
      expect(gaps.length).toBeGreaterThan(20);
      expect(Math.max(...gaps) - Math.min(...gaps), gaps.join(",")).toBeLessThanOrEqual(3);
    });
  }

  test("one tab stop per paragraph; the copy and cite actions are reached from it with the arrow keys", async ({ page }) => {
    await page.goto(`/en/notices/${OIL}`);
    const stops = await page.evaluate(() =>
      [...document.querySelectorAll("section .permalink-block")].map(
        (block) => [...block.querySelectorAll<HTMLElement>(".block-actions a, .block-actions button")].filter((el) => el.tabIndex >= 0).length,
      ),
    );
    expect(stops.length).toBeGreaterThan(3);
    expect(new Set(stops)).toEqual(new Set([1]));
    await page.locator('#p-2 a[href="#p-2"]').focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("button", { name: "Copy link ¶2" })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("button", { name: "Cite ¶2" })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator('#p-2 a[href="#p-2"]')).toBeFocused();
    await page.keyboard.press("Tab");
    const next = await page.evaluate(() => document.activeElement?.closest(".permalink-block")?.id);
    expect(next).toBe("p-3");
  });
});

test.describe("phones", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("touch targets are at least 24×24 and the actions are announced", async ({ page }) => {
    await page.goto(`/en/notices/${OIL}`);
    await expect(page.getByText("Tap ¶ beside a paragraph to copy its link or cite it.")).toBeVisible();
    const mark = page.locator('#p-2 a[href="#p-2"]');
    const box = await mark.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(24);
    expect(box?.height).toBeGreaterThanOrEqual(24);
    await mark.tap();
    for (const name of ["Copy link ¶2", "Cite ¶2"]) {
      const button = page.getByRole("button", { name });
      await expect(button).toBeVisible();
      const b = await button.boundingBox();
      expect(b?.width).toBeGreaterThanOrEqual(24);
      expect(b?.height).toBeGreaterThanOrEqual(24);
    }
  });

  test("breadcrumbs stay on one line", async ({ page }) => {
    for (const locale of ["zh", "en"]) {
      await page.goto(`/${locale}/notices/${PLAN}`);
      // Vertical centres: a wrapped trail puts an item a whole line (≥ 20 px) lower.
      const centres = await page.locator("main nav").first().locator("li").evaluateAll((lis) =>
        lis.map((li) => li.getBoundingClientRect().top + li.getBoundingClientRect().height / 2),
      );
      expect(centres).toHaveLength(3);
      expect(Math.max(...centres) - Math.min(...centres)).toBeLessThanOrEqual(4);
    }
  });

  test("the outline is a collapsed box above the text", async ({ page }) => {
    await page.goto(`/zh/notices/${PLAN}`);
    const box = page.locator("details[data-outline]");
    await expect(box).toBeVisible();
    await expect(page.locator("aside nav[data-outline]")).toBeHidden();
    await expect(box.locator("a").first()).toBeHidden();
    await box.locator("summary").tap();
    await expect(box.locator("a").first()).toBeVisible();
  });
});

test.describe("outline", () => {
  test("exists on wide screens, links to headings, marks the current one and stays in view", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/en/notices/${PLAN}`);
    const outline = page.locator("aside nav[data-outline]");
    await expect(outline).toBeVisible();
    const targets = await outline.locator("a").evaluateAll((links) =>
      links.map((a) => {
        const id = a.getAttribute("href")?.slice(1) ?? "";
        return document.getElementById(id)?.querySelector("h2, h3, h4") ? id : `missing ${id}`;
      }),
    );
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => t.startsWith("missing"))).toEqual([]);
    await expect(outline.locator("a[aria-current=location]")).toHaveCount(1);
    const later = outline.locator("a").nth(8);
    await later.click();
    await expect(later).toHaveAttribute("aria-current", "location");
    await expect(outline.locator("a[aria-current=location]")).toHaveCount(1);
    await expect(outline).toBeInViewport();
  });

  test("works without JS (links), except the current marker", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`/zh/notices/${PLAN}`);
    const link = page.locator("aside nav[data-outline] a").nth(5);
    const href = await link.getAttribute("href");
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href ?? "#none")).toBeInViewport();
    await context.close();
  });
});

test.describe("reading mode", () => {
  test("switching the reading mode keeps #p-N", async ({ page }) => {
    await page.goto(`/en/notices/${OIL}#p-3`);
    await page.getByRole("navigation", { name: "Reading mode" }).getByRole("link", { name: "Parallel" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/notices/${OIL}\\?view=parallel#p-3$`));
    await page.getByRole("navigation", { name: "Reading mode" }).getByRole("link", { name: "Chinese text" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/notices/${OIL}\\?view=zh#p-3$`));
  });

  test("the language switch and the Chinese reading mode are told apart, by screen readers too", async ({ page }) => {
    await page.goto(`/en/notices/${OIL}`);
    const names = await page.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("aria-label") ?? a.textContent?.trim() ?? ""));
    expect(names.filter((n) => n === "中文")).toEqual([]);
    await expect(page.getByRole("link", { name: "中文版 — this page in Chinese", exact: true })).toHaveText("中文版");
    await expect(page.getByRole("link", { name: "Chinese text", exact: true })).toBeVisible();
  });
});

test.describe("search as people type", () => {
  test("a Han query on an English page searches the Chinese original and says so", async ({ page }) => {
    await page.goto(`/en/search?q=${encodeURIComponent("成品油")}`);
    await expect(page.getByText("Your query is in Chinese, so the Chinese original was searched first.")).toBeVisible();
    const first = page.locator("section[aria-labelledby=results-heading] h3 a").first();
    await expect(first).toHaveAttribute("href", new RegExp(`/en/notices/${OIL}\\?view=parallel`));
    await expect(page.locator("section[aria-labelledby=results-heading] li li").first()).toContainText("matched in the Chinese original");
  });

  test("the dropdown on an English page does the same", async ({ page }) => {
    await page.goto("/en/issues/2013-11");
    await page.locator("#site-search").fill("成品油");
    await expect(page.getByText("Chinese query: searching the Chinese original.")).toBeVisible();
    await expect(page.getByRole("option").first()).toContainText("Chinese original");
  });

  test("an English query on a Chinese page finds the English translation, labelled", async ({ page }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent("oil wholesale licence")}`);
    await expect(page.locator("section[aria-labelledby=results-heading] h3 a").first()).toHaveAttribute("href", new RegExp(`/zh/notices/${OIL}\\?`));
    await expect(page.locator("section[aria-labelledby=results-heading] li li").first()).toContainText("匹配于英文译文");
  });

  test("a long question ranks partial matches and names the parts not found", async ({ page }) => {
    await page.goto(`/zh/search?q=${encodeURIComponent("哪些企业被注销成品油批发经营资格")}`);
    await expect(page.getByText("全文均未找到：哪些、被。")).toBeVisible();
    await expect(page.locator("section[aria-labelledby=results-heading] h3 a").first()).toHaveAttribute("href", new RegExp(`/zh/notices/${OIL}\\?`));
  });

  test("licence revoked: the oil-licence cancellations first", async ({ page }) => {
    await page.goto(`/en/search?q=${encodeURIComponent("licence revoked")}`);
    await expect(page.locator("section[aria-labelledby=results-heading] h3 a").first()).toHaveAttribute("href", new RegExp(`/en/notices/${OIL}\\?`));
  });
});

test.describe("typography", () => {
  /**
   * Characters per line of the body's longer paragraphs: English, px width over the paragraph's own
   * average glyph width; Chinese, px width over the font size (full-width characters per line).
   */
  async function measure(page: Page, cell: "zh" | "en") {
    return page.evaluate((lang) => {
      const ps = [...document.querySelectorAll<HTMLElement>(`section .permalink-block[data-block=paragraph] [data-cell=${lang}] p`)];
      const canvas = document.createElement("canvas").getContext("2d");
      return ps
        .filter((p) => p.getClientRects()[0] && p.getBoundingClientRect().height > 4 * parseFloat(getComputedStyle(p).lineHeight))
        .map((p) => {
          const style = getComputedStyle(p);
          if (!canvas) return 0;
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const text = p.textContent ?? "";
          const perChar = lang === "zh" ? parseFloat(style.fontSize) : canvas.measureText(text).width / Array.from(text).length;
          return Math.round(p.getBoundingClientRect().width / perChar);
        });
    }, cell);
  }

  test("line length lies within the chosen measure in each script at 1280 px", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/en/notices/${PLAN}`);
    const en = await measure(page, "en");
    expect(en.length).toBeGreaterThan(5);
    expect(Math.min(...en), en.join(",")).toBeGreaterThanOrEqual(55);
    expect(Math.max(...en), en.join(",")).toBeLessThanOrEqual(80);
    await page.goto(`/zh/notices/${PLAN}`);
    const zh = await measure(page, "zh");
    expect(zh.length).toBeGreaterThan(5);
    expect(Math.min(...zh), zh.join(",")).toBeGreaterThanOrEqual(28);
    expect(Math.max(...zh), zh.join(",")).toBeLessThanOrEqual(40);
  });

  for (const width of [390, 1280]) {
    test(`no date breaks inside at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ["/zh", "/en", "/zh/issues/2013-11", `/zh/notices/${OIL}`]) {
        await page.goto(path);
        const dates = await page.locator("time").evaluateAll((times) => times.map((t) => [t.textContent, t.getClientRects().length]));
        expect(dates.length, path).toBeGreaterThan(0);
        expect(dates.filter(([, lines]) => lines !== 1), path).toEqual([]);
      }
      await page.goto("/zh");
      await expect(page.locator("time", { hasText: "2013年2月13日" }).first()).toBeVisible();
    });
  }

  test("one Latin family for English body text, headings and English inside Chinese runs", async ({ page }) => {
    await page.goto(`/en/notices/${OIL}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const familyOf = async (selector: string) => {
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
      return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]?.familyName;
    };
    const body = await familyOf("#p-2 [data-cell=en] p");
    expect(body).toBeTruthy();
    expect(await familyOf("h1 span[lang=en]")).toBe(body);
    expect(await familyOf("section .text-center span[lang=en]")).toBe(body);
    expect(await familyOf("footer p")).toBe(body);
  });
});
