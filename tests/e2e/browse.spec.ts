import { expect, test } from "@playwright/test";
import { NOTICES } from "@/tests/e2e/fixtures";

/** The browsing pages of issue 11 on the real archive (one issue: 2013-11, seven notices). */
test.describe("browsing: home, years, issuers, previous/next", () => {
  test("home: latest issue, years index and issuers, in both languages", async ({ page }) => {
    await page.goto("/zh");
    await expect(page.locator("#latest-heading")).toContainText("2013年第11期");
    // One link per notice; the flag of a source note (entry 4) links to the notes page.
    await expect(page.locator('#latest-heading + p + ol a[href^="/zh/notices/"]')).toHaveCount(NOTICES.length);
    await expect(page.locator("#latest-heading + p + ol a[data-source-note]")).toHaveAttribute("href", "/zh/issues/2013-11/notes#note-1");
    const year = page.locator('section[aria-labelledby="years-heading"] a');
    await expect(year).toHaveCount(1);
    await expect(year).toHaveAttribute("href", "/zh/years/2013");
    await expect(year).toContainText("1期");
    await expect(page.locator('section[aria-labelledby="issuers-heading"] a[href="/zh/issuers/mofcom"]')).toHaveText("中华人民共和国商务部");
    // Only one issue: nothing older to list as recent notices.
    await expect(page.locator("#recent-heading")).toHaveCount(0);
    await page.goto("/en");
    await expect(page.locator('section[aria-labelledby="issuers-heading"] a[href="/en/issuers/gacc"]')).toHaveText(
      "General Administration of Customs of the People's Republic of China",
    );
  });

  test("year page lists the year's issues and links back to the issue", async ({ page }) => {
    await page.goto("/en/years/2013");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Issues of 2013");
    // The breadcrumb is a list too: the year's issues are the list after the heading.
    const issues = page.locator("h1 ~ ol a");
    await expect(issues).toHaveCount(1);
    await expect(issues).toHaveAttribute("href", "/en/issues/2013-11");
    await expect(page.locator("h1 ~ ol")).toContainText("Series No. 808 · February 13, 2013 · 7 notices");
    await issues.click();
    await expect(page).toHaveURL(/\/en\/issues\/2013-11$/);
  });

  test("issuer page: the body's notices newest first, each with its issue", async ({ page }) => {
    await page.goto("/zh/issuers/mofcom");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("中华人民共和国商务部");
    const notices = page.locator("h1 ~ div ol > li > a:first-child");
    // MOFCOM issued or co-issued 4 of the 7 notices, in contents order within the issue.
    await expect(notices).toHaveCount(4);
    const hrefs = await notices.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["/zh/notices/mofcom-2013-1", "/zh/notices/mofcom-gacc-2013-2", "/zh/notices/mofcom-2013-3", "/zh/notices/mofcom-ndrc-2012-431"]);
    // One page only: no pagination.
    await expect(page.locator('a[rel="next"], a[rel="prev"]')).toHaveCount(0);
  });

  test("the only issue has no previous or next issue, and its breadcrumb leads to its year", async ({ page }) => {
    await page.goto("/zh/issues/2013-11");
    await expect(page.locator('a[rel="prev"], a[rel="next"]')).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "2013" })).toHaveAttribute("href", "/zh/years/2013");
  });

  test("unknown years, issuers and pages are 404s", async ({ page }) => {
    for (const url of ["/zh/years/1999", "/zh/years/20x3", "/en/issuers/nobody", "/en/issuers/mofcom/page/2", "/en/issuers/mofcom/page/1", "/en/issuers/mofcom/2"]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
    }
  });
});
