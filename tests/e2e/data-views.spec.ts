import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { LOCALES } from "@/i18n/locales";

/** Data pages (issue 13): each check runs with JavaScript on and off, since filtering must work in both. */

const rows = (page: Page) => page.locator("[data-records-table] tbody tr:visible");

for (const javaScriptEnabled of [true, false]) {
  test.describe(`data views, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const query of ["香蕉", "10885"]) {
      test(`filtering standards with ${query} leaves one row`, async ({ page }) => {
        await page.goto("/zh/standards");
        await expect(rows(page)).toHaveCount(51);
        await page.getByRole("searchbox", { name: "文字" }).fill(query);
        if (javaScriptEnabled) {
          // Instant: no navigation needed.
          await expect(rows(page)).toHaveCount(1);
        }
        await page.getByRole("button", { name: "应用" }).click();
        await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`));
        await expect(rows(page)).toHaveCount(1);
        await expect(rows(page).first()).toContainText("SB/T 10885");
      });
    }

    test("filtering licences by decision shows 29 cancellations", async ({ page }) => {
      await page.goto("/en/licences");
      await expect(rows(page)).toHaveCount(44);
      await page.locator("#records-action").selectOption("cancel");
      await page.getByRole("button", { name: "Apply" }).click();
      await expect(page).toHaveURL(/[?&]action=cancel/);
      await expect(rows(page)).toHaveCount(29);
      await expect(page.locator("#records-status")).toContainText("29 rows of 29");
    });

    test("the citation resolver lands on the notice", async ({ page }) => {
      await page.goto(`/zh/cite?q=${encodeURIComponent("商务部公告2013年第3号")}`);
      await expect(page).toHaveURL(/\/zh\/notices\/mofcom-2013-3$/);
    });
  });
}

test("the standards CSV download parses back to 51 rows", async ({ page }) => {
  await page.goto("/en/standards");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV (spreadsheet)" }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(Buffer.from(chunk));
  const records: string[][] = parse(Buffer.concat(chunks).toString("utf8"), { bom: true });
  expect(records[0]).toEqual(["No.", "Code", "Name (zh)", "Name (en)", "Effective", "Notice", "Source"]);
  expect(records.slice(1)).toHaveLength(51);
  expect(records.find((r) => r[1]?.startsWith("SB/T 10885"))?.[2]).toContain("香蕉");
});

test("a citation that names nothing is a 404 with the nearest candidates", async ({ page }) => {
  const response = await page.goto(`/en/cite?q=${encodeURIComponent("MOFCOM Announcement No. 3, 2014")}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No notice or issue with that citation");
  await expect(page.getByRole("link", { name: /Announcement No\. 3, 2013/ })).toBeVisible();
});

test("the contents list flags the entry a source note is about and links to that note, without JS", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/issues/2013-11");
  const flags = page.locator("main ol li").filter({ has: page.locator("[data-source-note]") });
  await expect(flags).toHaveCount(1);
  await expect(flags).toContainText("Announcement No. 64, 2011");
  await expect(page.getByRole("link", { name: "Source notes (5)" })).toHaveAttribute("href", "/en/issues/2013-11/notes");
  await flags.getByRole("link", { name: "See source notes" }).click();
  await expect(page).toHaveURL(/\/en\/issues\/2013-11\/notes#note-1$/);
  await expect(page.locator("#note-1")).toContainText("No. 64, 2011");
  await context.close();
});

test("several matches list the candidates", async ({ page }) => {
  const response = await page.goto(`/en/cite?q=${encodeURIComponent("No. 2 of 2013")}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("main li")).toHaveCount(2);
});

const PAGES = ["/standards", "/licences", "/plans/mofcom-ndrc-2012-431", "/glossary", "/issues/2013-11/notes", "/cite?q=No.%202%20of%202013"];

test.describe("axe-core on the data pages: 0 violations", () => {
  test.describe.configure({ timeout: 120_000 });
  for (const locale of LOCALES) {
    for (const path of PAGES) {
      test(`${locale}${path}`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      });
    }
  }
});

test("a citation typed into search is resolved above the results", async ({ page }) => {
  await page.goto(`/zh/search?q=${encodeURIComponent("商务部公告2013年第3号")}`);
  const hint = page.getByTestId("citation-hint");
  await expect(hint.getByRole("link")).toHaveAttribute("href", "/zh/notices/mofcom-2013-3");
});

test("every page links the data views from its footer", async ({ page }) => {
  await page.goto("/en");
  const nav = page.getByRole("navigation", { name: "Data and tools" });
  await nav.getByRole("link", { name: "Trade standards" }).click();
  await expect(page).toHaveURL(/\/en\/standards$/);
});
