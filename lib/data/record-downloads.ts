import "server-only";
import { z } from "zod";
import type { Locale } from "@/i18n/locales";
import { downloadHeaders, toCsv } from "@/lib/export/csv";
import { licencesSheet, standardsSheet } from "@/lib/export/records";
import { messagesByLocale } from "@/messages/messages";
import { localeParamSchema } from "@/lib/data/params";
import { licenceFilter, parseLicencesParams, parseStandardsParams, sortLicences, sortStandards, standardFilter } from "@/lib/data/record-params";
import { LICENCE_KIND_KEY, licenceRowSchema, listLicences, listStandards, standardRowSchema } from "@/lib/data/records";
import { siteUrl } from "@/lib/env";

/**
 * /{locale}/standards.csv|.json and /{locale}/licences.csv|.json: the data pages' rows, filtered and
 * sorted by the same query string as the page, as files. CSV follows the page's language; JSON
 * carries both languages (null = not yet translated).
 */
type Sheet = "standards" | "licences";
type Format = "csv" | "json";

async function rowsOf(sheet: Sheet, query: URLSearchParams, locale: Locale) {
  const raw = Object.fromEntries(query);
  if (sheet === "standards") {
    const params = parseStandardsParams(raw);
    const rows = sortStandards(await listStandards(standardFilter(params)), params);
    return { json: z.array(standardRowSchema).parse(rows), csv: () => standardsSheet(rows, locale, siteUrl()) };
  }
  const params = parseLicencesParams(raw);
  const rows = sortLicences(await listLicences(licenceFilter(params)), params);
  const m = messagesByLocale(locale).records;
  const labels = { kind: (k: keyof typeof LICENCE_KIND_KEY) => m.kinds[LICENCE_KIND_KEY[k]], action: (a: keyof typeof m.actions) => m.actions[a] };
  return { json: z.array(licenceRowSchema).parse(rows), csv: () => licencesSheet(rows, locale, siteUrl(), labels) };
}

export function recordsDownload(sheet: Sheet, format: Format) {
  return async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
    const locale = localeParamSchema.safeParse((await params).locale);
    if (!locale.success) return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    const rows = await rowsOf(sheet, new URL(request.url).searchParams, locale.data);
    const body = format === "csv" ? toCsv(rows.csv()) : JSON.stringify({ rows: rows.json }, null, 2);
    return new Response(body, { headers: downloadHeaders(sheet, format) });
  };
}
