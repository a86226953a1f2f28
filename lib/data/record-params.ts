import { z } from "zod";
import { licenceActionSchema, licenceKindSchema } from "@/lib/schema/parsed-issue";
import type { LicenceFilter, LicenceRow, StandardFilter, StandardRow } from "@/lib/data/records";

/**
 * Query strings of the data pages — the shareable contract:
 *   /{locale}/standards?q=香蕉&prefix=SB/T&from=2013-01-01&to=2013-12-31&sort=effective&dir=desc&page=2
 *   /{locale}/licences?q=中石油&kind=product-oil-wholesale&action=grant&sort=company
 * As on the search page, a malformed value is dropped (the rest of the filter still answers) and a
 * repeated parameter counts once, the first. The same strings drive the CSV/JSON downloads.
 */

export const RECORDS_PAGE_SIZE = 100;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
const text = optional(z.string().trim().min(1).max(200));
const dir = optional(z.enum(["asc", "desc"]));
const page = z.preprocess(first, z.coerce.number().int().min(1).max(100_000).default(1)).catch(1);

export const STANDARD_SORTS = ["code", "name", "effective", "notice"] as const;
export const LICENCE_SORTS = ["company", "kind", "action", "notice"] as const;

const standardsParamsSchema = z.object({
  q: text,
  prefix: optional(z.string().trim().min(1).max(40)),
  from: optional(z.iso.date()),
  to: optional(z.iso.date()),
  sort: optional(z.enum(STANDARD_SORTS)),
  dir,
  page,
});
export type StandardsParams = z.infer<typeof standardsParamsSchema>;

const licencesParamsSchema = z.object({
  q: text,
  kind: optional(licenceKindSchema),
  action: optional(licenceActionSchema),
  sort: optional(z.enum(LICENCE_SORTS)),
  dir,
  page,
});
export type LicencesParams = z.infer<typeof licencesParamsSchema>;

type Raw = Record<string, string | string[] | undefined>;

export const parseStandardsParams = (raw: Raw): StandardsParams => standardsParamsSchema.parse(raw);
export const parseLicencesParams = (raw: Raw): LicencesParams => licencesParamsSchema.parse(raw);

export const standardFilter = (p: StandardsParams): StandardFilter => ({ q: p.q, prefix: p.prefix, effectiveFrom: p.from, effectiveTo: p.to });
export const licenceFilter = (p: LicencesParams): LicenceFilter => ({ q: p.q, kind: p.kind, action: p.action });

/** The query string of a data page (and its downloads), without empty values, in a fixed order. */
export function recordsQuery(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

const collator = new Intl.Collator("zh-Hans-CN", { numeric: true });
const by = <T>(key: (row: T) => string) => (a: T, b: T) => collator.compare(key(a), key(b));

const STANDARD_ORDER: Record<(typeof STANDARD_SORTS)[number], (a: StandardRow, b: StandardRow) => number> = {
  code: by((r) => r.codeNormalized),
  name: by((r) => r.nameZh),
  effective: by((r) => r.effectiveDate),
  notice: by((r) => `${r.notice.issueSlug} ${r.notice.id}`),
};
const LICENCE_ORDER: Record<(typeof LICENCE_SORTS)[number], (a: LicenceRow, b: LicenceRow) => number> = {
  company: by((r) => r.company),
  kind: by((r) => r.licenceKind),
  action: by((r) => r.action),
  notice: by((r) => `${r.notice.issueSlug} ${r.notice.id}`),
};

/** Stable sort (the store's newest-first order breaks ties); no sort key keeps that order. */
function sorted<T, K extends string>(rows: T[], order: Record<K, (a: T, b: T) => number>, sort: K | undefined, direction: "asc" | "desc" | undefined): T[] {
  if (!sort) return rows;
  const sign = direction === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => sign * order[sort](a, b));
}

export const sortStandards = (rows: StandardRow[], p: StandardsParams) => sorted(rows, STANDARD_ORDER, p.sort, p.dir);
export const sortLicences = (rows: LicenceRow[], p: LicencesParams) => sorted(rows, LICENCE_ORDER, p.sort, p.dir);
