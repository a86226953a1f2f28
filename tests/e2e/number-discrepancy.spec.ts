import { expect, test } from "@playwright/test";

// The gazette's English contents print MIIT's 2012年第64号 as "No. 64, 2011"; a reader citing from the
// English must be told which number is right, in either language.
test("the MIIT notice warns that the official English misstates its year", async ({ page }) => {
  await page.goto("/en/notices/miit-2012-64");
  const note = page.getByRole("note").filter({ hasText: "No. 64, 2011" });
  await expect(note).toContainText("numbered No. 64 of 2012");
  await page.goto("/zh/notices/miit-2012-64");
  await expect(page.getByRole("note").filter({ hasText: "No. 64, 2011" })).toContainText("2012年第64号");
});

test("a notice whose official English agrees carries no such note", async ({ page }) => {
  await page.goto("/en/notices/mofcom-2013-3");
  await expect(page.getByRole("note").filter({ hasText: "gazette’s own English gives" })).toHaveCount(0);
});
