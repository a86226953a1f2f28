import { expect, test } from "@playwright/test";
import { NOTICES } from "@/tests/e2e/fixtures";

test.describe("reading a notice", () => {
  test("language switch keeps the page, the query and the #p-N anchor", async ({ page }) => {
    await page.goto("/zh/notices/miit-2012-64?view=parallel#p-12");
    await expect(page.locator("#p-12")).toBeVisible();
    await page.getByRole("link", { name: "English" }).first().click();
    await expect(page).toHaveURL(/\/en\/notices\/miit-2012-64\?view=parallel#p-12$/);
    // The URL changes before the new page has applied its fragment; wait for :target rather than race it.
    await expect.poll(() => page.evaluate(() => document.querySelector(":target")?.id)).toBe("p-12");
    await page.getByRole("link", { name: "中文" }).first().click();
    await expect(page).toHaveURL(/\/zh\/notices\/miit-2012-64\?view=parallel#p-12$/);
  });

  test("every block has a stable id, the same in both languages", async ({ page }) => {
    const ids = async (path: string) => {
      await page.goto(path);
      return page.locator("[data-block]").evaluateAll((els) => els.map((e) => e.id));
    };
    const zh = await ids("/zh/notices/mofcom-ndrc-2012-431");
    const en = await ids("/en/notices/mofcom-ndrc-2012-431");
    expect(zh.length).toBeGreaterThan(100);
    expect(en).toEqual(zh);
    expect(zh.every((id) => /^p-[1-9]\d*$/.test(id))).toBe(true);
  });

  test("parallel view: Chinese and English cells line up per block on desktop", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/en/notices/miit-2012-64?view=parallel");
    const rows = await page.locator("[data-block]:not([data-block=table])").evaluateAll((blocks) =>
      blocks.map((block) => {
        const zh = block.querySelector('[data-cell="zh"]')?.getBoundingClientRect();
        const en = block.querySelector('[data-cell="en"]')?.getBoundingClientRect();
        return { id: block.id, zhTop: zh?.top, enTop: en?.top, zhLeft: zh?.left, enLeft: en?.left };
      }),
    );
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      expect(row.zhTop, `${row.id} has a Chinese cell`).toBeDefined();
      expect(row.enTop, `${row.id} has an English cell (or a not-available mark)`).toBeDefined();
      expect(Math.abs((row.zhTop ?? 0) - (row.enTop ?? 0)), `${row.id} aligned`).toBeLessThanOrEqual(1);
      expect(row.enLeft ?? 0).toBeGreaterThan(row.zhLeft ?? 0);
    }
  });

  test("parallel view interleaves on phones", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/zh/notices/sfda-2013-1?view=parallel");
    const block = page.locator("#p-2");
    const zh = await block.locator('[data-cell="zh"]').boundingBox();
    const en = await block.locator('[data-cell="en"]').boundingBox();
    expect(zh && en && en.y >= zh.y + zh.height - 1).toBe(true);
  });

  test("missing English is marked on the block, never blank", async ({ page }) => {
    await page.goto("/en/notices/mofcom-ndrc-2012-431");
    const blocks = page.locator("[data-block]");
    const count = await blocks.count();
    for (let i = 0; i < count; i++) {
      const block = blocks.nth(i);
      expect((await block.innerText()).trim().length, await block.getAttribute("id") ?? "").toBeGreaterThan(0);
    }
    const missing = page.locator("[data-missing-en]");
    for (let i = 0; i < (await missing.count()); i++) {
      await expect(missing.nth(i)).toContainText("Translation not available");
    }
  });

  test("the standards list is a real table with 51 rows, downloadable as CSV and JSON", async ({ page, request }) => {
    await page.goto("/zh/notices/mofcom-2013-1");
    const block = page.locator("[data-block=table]").first();
    const id = await block.getAttribute("id");
    const table = block.locator("table");
    await expect(table.locator("thead th")).toHaveCount(4);
    await expect(table.locator("tbody tr")).toHaveCount(51);
    await expect(table.locator("tbody tr").last()).toContainText("动产典当操作技术规范");

    const csv = await request.get(`/zh/notices/mofcom-2013-1/tables/${id}.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: spreadsheets read UTF-8
    const lines = bytes.subarray(3).toString("utf8").trim().split(/\r\n/);
    expect(lines).toHaveLength(52);
    expect(lines[0]).toBe("序号,标准编号,标准名称,实施日期");

    const json = await request.get(`/en/notices/mofcom-2013-1/tables/${id}.json`);
    const body: unknown = await json.json();
    expect(body).toMatchObject({ notice: "mofcom-2013-1", block: id });
    expect(body).toHaveProperty("rows.length", 51);
  });

  test("the ammonia energy tables are tables", async ({ page }) => {
    await page.goto("/zh/notices/miit-2012-64");
    for (const caption of ["合成氨单位产品能耗限额限定值", "合成氨单位产品能耗限额准入值"]) {
      const table = page.locator("table").filter({ has: page.locator("caption", { hasText: caption }) });
      await expect(table.locator("tbody tr")).toHaveCount(3);
      await expect(table.locator("thead th").first()).toHaveText("原料类型");
    }
  });

  test("cite copies the citation in the reader's language with the permalink", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const page = await context.newPage();
    await page.goto("/zh/notices/mofcom-2013-3");
    await page.getByRole("button", { name: "引用本文" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      `商务部公告2013年第3号，《中国对外经济贸易文告》2013年第11期，${baseURL}/zh/notices/mofcom-2013-3`,
    );
    await page.goto("/en/notices/mofcom-2013-3");
    await page.locator("#p-2").hover();
    await page.getByRole("button", { name: "Cite ¶2" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      `MOFCOM Announcement No. 3 of 2013, China Foreign Trade and Economic Cooperation Gazette 2013 No. 11, para. 2, ${baseURL}/en/notices/mofcom-2013-3#p-2`,
    );
    await page.getByRole("button", { name: "Copy link ¶2" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en/notices/mofcom-2013-3#p-2`);
    await context.close();
  });

  test("block controls appear on keyboard focus, and :target is highlighted", async ({ page }) => {
    await page.goto("/en/notices/gacc-2013-2#p-3");
    const background = await page.locator("#p-3").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    const anchor = page.locator('#p-4 a[href="#p-4"]');
    await anchor.focus();
    await expect(page.locator("#p-4 .block-actions")).toHaveCSS("opacity", "1");
  });

  test("Chinese text inside English pages is tagged zh-Hans and vice versa", async ({ page }) => {
    await page.goto("/en/notices/mofcom-2013-1?view=zh");
    await expect(page.locator('#p-1 [data-cell="zh"]')).toHaveAttribute("lang", "zh-Hans");
    await page.goto("/zh/notices/mofcom-2013-1?view=parallel");
    await expect(page.locator('#p-1 [data-cell="en"]')).toHaveAttribute("lang", "en");
  });

  test("metadata: canonical, hreflang, JSON-LD Legislation", async ({ page }) => {
    await page.goto(`/en/notices/${NOTICES[2].id}?view=parallel`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/en\/notices\/mofcom-2013-3$/);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/zh\/notices\/mofcom-2013-3$/);
    const ld: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null");
    expect(ld).toMatchObject({ "@type": "Legislation", legislationDate: "2013-01-08" });
    await expect(page).toHaveTitle(/Announcement No\. 3, 2013/);
  });

  test("sitemap and robots", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain("/en/notices/mofcom-ndrc-2012-431");
    for (const path of ["/en/standards", "/zh/licences", "/en/glossary", "/zh/plans/mofcom-ndrc-2012-431", "/en/issues/2013-11/notes"]) expect(sitemap).toContain(path);
    expect(sitemap).toContain('hreflang="zh-Hans"');
    expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
  });
});
