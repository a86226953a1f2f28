import { expect, test } from "@playwright/test";
import { LOCALES } from "@/i18n/locales";
import { NOTICES } from "@/tests/e2e/fixtures";

test.describe("entry and navigation", () => {
  test("/ redirects to Chinese by default", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  });

  test("/ redirects to English for an English Accept-Language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });

  test("home → 2013-11 issue → every notice", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "2013年第11期" }).first().click();
    await expect(page).toHaveURL(/\/zh\/issues\/2013-11$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2013年第11期");
    await expect(page.getByText("808", { exact: true })).toBeVisible();
    // The notice links; entry 4 also carries the link to its source note.
    const contents = page.locator('#contents-heading + ol a[href^="/zh/notices/"]');
    await expect(contents).toHaveCount(NOTICES.length);
    for (const [index, notice] of NOTICES.entries()) {
      await expect(contents.nth(index)).toHaveAttribute("href", `/zh/notices/${notice.id}`);
    }
    await contents.nth(2).click();
    await expect(page).toHaveURL(/\/zh\/notices\/mofcom-2013-3$/);
  });

  test("series number redirects to the year-number URL", async ({ page }) => {
    const response = await page.goto("/en/issues/808");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/en\/issues\/2013-11$/);
  });

  for (const locale of LOCALES) {
    for (const notice of NOTICES) {
      test(`${locale}: ${notice.id} shows its title and a known paragraph`, async ({ page }) => {
        const response = await page.goto(`/${locale}/notices/${notice.id}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale === "zh" ? "zh-Hans" : "en");
        await expect(page.getByRole("heading", { level: 1 })).toContainText(locale === "zh" ? notice.zhTitle : notice.enTitle);
        if (locale === "zh") {
          await expect(page.locator("[data-block]").filter({ hasText: notice.zhText })).toHaveCount(1);
        } else {
          // Find the block in Chinese, then the same p-N in English: English text, or the Chinese with
          // a visible "not available" mark. Never blank.
          const zhPage = await page.context().newPage();
          await zhPage.goto(`/zh/notices/${notice.id}`);
          const id = await zhPage.locator("[data-block]").filter({ hasText: notice.zhText }).getAttribute("id");
          await zhPage.close();
          const block = page.locator(`#${id}`);
          if ((await block.getAttribute("data-missing-en")) === null) {
            await expect(block.locator('[data-cell="en"][lang="en"]')).not.toBeEmpty();
          } else {
            await expect(block).toContainText("Translation not available");
            await expect(block.locator('[lang="zh-Hans"]')).toContainText(notice.zhText);
          }
        }
        await expect(page.getByRole("link", { name: locale === "zh" ? "2013年第11期" : "2013 No. 11" }).first()).toBeVisible();
      });
    }
  }

  test("prev/next walk the issue in order", async ({ page }) => {
    await page.goto(`/en/notices/${NOTICES[0].id}`);
    for (const notice of NOTICES.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/en/notices/${notice.id}$`));
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  });
});

test.describe("404s", () => {
  const cases = [
    { path: "/en/notices/no-such-notice", text: "Page not found" },
    { path: "/zh/notices/no-such-notice", text: "页面不存在" },
    { path: "/zh/notices/BAD_ID!", text: "页面不存在" },
    { path: "/en/issues/2099-1", text: "Page not found" },
    { path: "/zh/issues/99999", text: "页面不存在" },
    { path: "/en/issues/not-an-issue", text: "Page not found" },
    { path: "/fr/issues/2013-11", text: "页面不存在" },
    { path: "/en/nothing/here", text: "Page not found" },
  ];
  for (const { path, text } of cases) {
    test(`${path} → 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text);
    });
  }

  // Next 16 renders notFound() into the RSC payload only (an empty HTML body); the proxy's 404 page is
  // prerendered, so the text is in the HTML itself and a reader without JavaScript sees it.
  test("every 404 says so in its HTML, without JavaScript, in the reader's language", async ({ request }) => {
    for (const { path, text } of cases) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toMatch(new RegExp(`<h1[^>]*>${text}</h1>`));
    }
  });

  // Table files are a closed route (issue 9): every valid name is generated at build time, so an
  // unknown or malformed one is the same 404, answered without rendering anything into the cache.
  test("unknown or malformed table file → 404", async ({ request }) => {
    expect((await request.get("/zh/notices/mofcom-2013-1/tables/p-99.csv")).status()).toBe(404);
    const malformed = await request.get("/zh/notices/mofcom-2013-1/tables/p-6.xlsx");
    expect(malformed.status()).toBe(404);
  });
});
