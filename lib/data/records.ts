import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { licenceActionSchema, licenceKindSchema } from "@/lib/schema/parsed-issue";
import { englishTitle } from "@/lib/data/prisma-source";

/**
 * The gazette's data printed as prose, across the whole archive: every standards row and every
 * licensing decision, with the notice each comes from. Shared by the data pages
 * (/{locale}/standards, /{locale}/licences), their CSV/JSON downloads and the JSON API, so all three
 * filter the same way.
 *
 * Structured filters (code prefix, dates, kind, action) run in the database; the free-text filter
 * runs here on NFKC-folded, lower-cased text, because SQLite's LIKE and PostgreSQL's LIKE disagree on
 * case, and the two stores must answer the same.
 */

const noticeRefSchema = z.object({
  id: z.string().min(1),
  titleZh: z.string().min(1),
  titleEn: z.string().min(1).nullable(),
  issueSlug: z.string().min(1),
  signingDate: z.iso.date().nullable(),
});
export type RecordNoticeRef = z.infer<typeof noticeRefSchema>;

export const standardRowSchema = z.object({
  /** Stable within the archive: notice id + row number of the printed table. */
  key: z.string().min(1),
  seq: z.number().int().positive(),
  code: z.string().min(1),
  codeNormalized: z.string().min(1),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1).nullable(),
  effectiveDateText: z.string().min(1),
  effectiveDate: z.iso.date(),
  blockId: z.string().min(1),
  line: z.number().int().positive(),
  notice: noticeRefSchema,
});
export type StandardRow = z.infer<typeof standardRowSchema>;

export const licenceRowSchema = z.object({
  key: z.string().min(1),
  seq: z.number().int().positive(),
  company: z.string().min(1),
  companyEn: z.string().min(1).nullable(),
  licenceKind: licenceKindSchema,
  action: licenceActionSchema,
  blockId: z.string().min(1),
  line: z.number().int().positive(),
  notice: noticeRefSchema,
});
export type LicenceRow = z.infer<typeof licenceRowSchema>;

export const standardFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  /** Code prefix as printed or normalised: SB/T, GB, SB/T 108. */
  prefix: z.string().trim().max(40).optional(),
  effectiveFrom: z.iso.date().optional(),
  effectiveTo: z.iso.date().optional(),
  /** Only this notice's rows (the API's notice detail). */
  noticeId: z.string().min(1).optional(),
});
export type StandardFilter = z.infer<typeof standardFilterSchema>;

export const licenceFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: licenceKindSchema.optional(),
  action: licenceActionSchema.optional(),
  noticeId: z.string().min(1).optional(),
});
export type LicenceFilter = z.infer<typeof licenceFilterSchema>;

const noticeSelect = {
  id: true,
  titleZh: true,
  titleEnOfficial: true,
  titleEnTranslated: true,
  signingDates: true,
  issue: { select: { slug: true } },
} as const;

const datesSchema = z.array(z.iso.date());

function noticeRef(n: {
  id: string;
  titleZh: string;
  titleEnOfficial: string | null;
  titleEnTranslated: string | null;
  signingDates: unknown;
  issue: { slug: string };
}): RecordNoticeRef {
  const dates = datesSchema.safeParse(n.signingDates);
  return { id: n.id, titleZh: n.titleZh, titleEn: englishTitle(n), issueSlug: n.issue.slug, signingDate: dates.success ? (dates.data[0] ?? null) : null };
}

/** Folded for matching: full-width → half-width, lower case, no spaces or dashes (SB/T 10885—2012). */
export function foldFilterText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\-—–]+/g, "");
}

function matchesText(q: string | undefined, fields: Array<string | null>): boolean {
  if (!q) return true;
  const needle = foldFilterText(q);
  return fields.some((f) => f !== null && foldFilterText(f).includes(needle));
}

const newestFirst = [{ notice: { issue: { year: "desc" } } }, { notice: { issue: { number: "desc" } } }, { notice: { position: "asc" } }] as const;

export async function listStandards(filter: StandardFilter = {}): Promise<StandardRow[]> {
  const prefix = filter.prefix ? filter.prefix.normalize("NFKC").toUpperCase().replace(/\s+/g, " ") : undefined;
  const rows = await getDb().standard.findMany({
    where: {
      ...(filter.noticeId ? { noticeId: filter.noticeId } : {}),
      ...(prefix ? { codeNormalized: { startsWith: prefix } } : {}),
      effectiveDate: { ...(filter.effectiveFrom ? { gte: filter.effectiveFrom } : {}), ...(filter.effectiveTo ? { lte: filter.effectiveTo } : {}) },
    },
    select: { seq: true, row: true, code: true, codeNormalized: true, nameZh: true, nameEn: true, effectiveDateText: true, effectiveDate: true, blockId: true, line: true, notice: { select: noticeSelect } },
    orderBy: [...newestFirst, { row: "asc" }],
  });
  const out = rows
    .filter((r) => matchesText(filter.q, [r.code, r.codeNormalized, r.nameZh, r.nameEn]))
    .map(({ row, notice, ...r }) => ({ ...r, key: `${notice.id}-r${row}`, notice: noticeRef(notice) }));
  return z.array(standardRowSchema).parse(out);
}

export async function listLicences(filter: LicenceFilter = {}): Promise<LicenceRow[]> {
  const rows = await getDb().licensingDecision.findMany({
    where: {
      ...(filter.noticeId ? { noticeId: filter.noticeId } : {}),
      ...(filter.kind ? { licenceKind: filter.kind } : {}),
      ...(filter.action ? { action: filter.action } : {}),
    },
    select: { seq: true, company: true, companyEn: true, licenceKind: true, action: true, blockId: true, line: true, notice: { select: noticeSelect } },
    orderBy: [...newestFirst, { seq: "asc" }],
  });
  const out = rows
    .filter((r) => matchesText(filter.q, [r.company, r.companyEn]))
    .map(({ notice, ...r }) => ({ ...r, key: `${notice.id}-d${r.seq}`, notice: noticeRef(notice) }));
  return z.array(licenceRowSchema).parse(out);
}

/** Message keys (records.kinds.*) of each licence kind: messages keys are camelCase, kinds kebab-case. */
export const LICENCE_KIND_KEY = {
  "product-oil-wholesale": "productOilWholesale",
  "product-oil-storage": "productOilStorage",
  "crude-oil-wholesale": "crudeOilWholesale",
  "crude-oil-storage": "crudeOilStorage",
} as const satisfies Record<LicenceRow["licenceKind"], string>;
