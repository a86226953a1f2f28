import { expect, test } from "@playwright/test";
import { getAll } from "@/tests/e2e/http-helpers";
import { PAYLOADS, markupProblems, type Payload } from "@/tests/e2e/hostile-payloads";

/**
 * Issue 9 item 7: every payload in every query parameter and every route segment. The request API
 * carries the bulk (no 5xx, nothing reflected as markup); Chromium loads a sample of the pages
 * where a query reaches the DOM (the results page, the search box, ?hl= highlighting) and must
 * raise no dialog.
 */

const NOTICE = "mofcom-2013-3";

const TARGETS: Record<string, (p: string) => string> = {
  "search q": (p) => `/zh/search?q=${p}`,
  "search in": (p) => `/en/search?q=oil&in=${p}`,
  "search body": (p) => `/zh/search?q=%E6%B2%B9&body=${p}`,
  "search kind": (p) => `/zh/search?q=%E6%B2%B9&kind=${p}`,
  "search year": (p) => `/en/search?q=licence&year=${p}`,
  "notice view": (p) => `/en/notices/${NOTICE}?view=${p}`,
  "notice hl": (p) => `/zh/notices/${NOTICE}?hl=${p}`,
  "any parameter name": (p) => `/zh?${p}=${p}`,
  "locale segment": (p) => `/${p}/issues/2013-11`,
  "issue segment": (p) => `/zh/issues/${p}`,
  "notice segment": (p) => `/zh/notices/${p}`,
  "view segment": (p) => `/zh/notices/${NOTICE}/view/${p}`,
  "table segment": (p) => `/en/notices/mofcom-2013-1/tables/${p}`,
  "unknown path": (p) => `/zh/${p}`,
};

test("there are at least 200 payloads of every kind the issue names", () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(200);
  expect(new Set(PAYLOADS.map((p) => p.encoded)).size).toBe(PAYLOADS.length);
  expect(PAYLOADS.some((p) => p.value.length >= 100_000)).toBe(true);
});

for (const [where, url] of Object.entries(TARGETS)) {
  test(`${where}: no 5xx and no payload as markup`, async ({ request }) => {
    test.setTimeout(600_000);
    const answers = await getAll(request, PAYLOADS.map((p) => url(p.encoded)), 8);
    const failures = answers.flatMap((a, i) => {
      const payload = PAYLOADS[i] as Payload;
      const problems = a.status >= 500 ? [`status ${a.status}`] : markupProblems(a.body, payload);
      return problems.map((problem) => `${payload.name}: ${problem}`);
    });
    expect(failures).toEqual([]);
  });
}

test("Chromium raises no dialog on the results page, in the search box or with ?hl= highlighting", async ({ page }) => {
  test.setTimeout(600_000);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const sample = PAYLOADS.filter((p, i) => i % 12 === 0 && p.value.length < 1000);
  for (const payload of sample) {
    await page.goto(`/zh/search?q=${payload.encoded}`);
    await page.goto(`/zh/notices/${NOTICE}?hl=${payload.encoded}`);
  }
  await page.goto("/zh");
  const box = page.locator("#site-search");
  for (const payload of sample.slice(0, 8)) {
    await box.fill(payload.value.replace(/\u0000/g, ""));
    await page.waitForTimeout(150);
  }
  await box.press("Enter");
  await page.waitForURL(/\/zh\/search\?q=/);
  expect(sample.length).toBeGreaterThanOrEqual(20);
  expect(dialogs).toEqual([]);
});
