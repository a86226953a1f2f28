import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LOCALES } from "@/i18n/locales";

const PAGES = [
  { name: "home", path: "" },
  { name: "issue", path: "/issues/2013-11" },
  { name: "notice", path: "/notices/mofcom-2013-1" },
  { name: "notice-parallel", path: "/notices/miit-2012-64?view=parallel" },
  { name: "not-found", path: "/notices/nope" },
];

test.describe("axe-core: 0 violations", () => {
  // axe walks every node of a 170-block notice: on a loaded 2-core machine that can take >30 s.
  test.describe.configure({ timeout: 120_000 });
  for (const locale of LOCALES) {
    for (const { name, path } of PAGES) {
      for (const scheme of ["light", "dark"] as const) {
        test(`${locale} ${name} (${scheme})`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`/${locale}${path}`);
          const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
        });
      }
    }
  }
});

test.describe("responsive layout and screenshots", () => {
  const widths = [
    { name: "phone", width: 390, height: 844 },
    { name: "desktop", width: 1280, height: 900 },
  ];
  for (const locale of LOCALES) {
    for (const { name, width, height } of widths) {
      test(`${locale} notice at ${name} width`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        await page.goto(`/${locale}/notices/mofcom-2013-1`);
        // The page itself never scrolls sideways; wide tables scroll inside their own region.
        const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(pageOverflow).toBeLessThanOrEqual(0);
        const region = page.locator("[data-block=table] .table-scroll").first();
        const { scrollWidth, clientWidth } = await region.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
        if (name === "phone") expect(scrollWidth).toBeGreaterThan(clientWidth);
        // Chinese glyphs must render with a CJK font, not tofu: the CJK font has to be present.
        const cjkFont = await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', "中文"));
        expect(cjkFont).toBe(true);
        await page.screenshot({ path: `test-results/screenshots/notice-${locale}-${name}.png` });
        await region.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/screenshots/notice-${locale}-${name}-table.png` });
      });
    }
  }

  test("print stylesheet hides chrome and prints the citation", async ({ page }) => {
    await page.goto("/en/notices/mofcom-2013-3");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("header.no-print").first()).toBeHidden();
    await expect(page.locator(".print-only").first()).toBeVisible();
    await expect(page.locator("[data-citation]")).toBeVisible();
  });

  test("skip link moves focus to the main content", async ({ page }) => {
    await page.goto("/en/issues/2013-11");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
  });
});
