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
 * Every filter runs here, over rows read once per archive version (archiveVersion below): the
 * free-text filter on NFKC-folded, lower-cased text, because SQLite's LIKE and PostgreSQL's LIKE
 * disagree on case, and the two stores must answer the same.
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

const newestFirst = [{ notice: { issue: { year: "desc" } } }, { notice: { issue: { number: "desc" } } }, { notice: { position: "asc" } }] as const;

/** A row as validated once, with its free-text fields folded once (foldFilterText). */
type Prepared<T> = { row: T; folded: string[] };

function matchesText(needle: string | undefined, folded: string[]): boolean {
  return !needle || folded.some((f) => f.includes(needle));
}

/**
 * The archive's version: it changes whenever an issue is added or re-ingested. The data pages and
 * the API filter every row of the archive (35,000 standards at 1,000 issues); reading them from the
 * database took 1–2 s and ~300 MB per request, so the rows are read, validated and folded once per
 * version and each request filters them in memory.
 */
async function archiveVersion(): Promise<string> {
  const a = await getDb().issue.aggregate({ _count: { _all: true }, _max: { ingestedAt: true } });
  return `${a._count._all}@${a._max.ingestedAt?.toISOString() ?? "-"}`;
}

function versioned<T>(load: () => Promise<Array<Prepared<T>>>): () => Promise<Array<Prepared<T>>> {
  let cached: { version: string; rows: Promise<Array<Prepared<T>>> } | null = null;
  return async () => {
    const version = await archiveVersion();
    if (cached?.version !== version) {
      const rows = load();
      cached = { version, rows };
      // A failed read is not kept: the next request reads again.
      rows.catch(() => {
        if (cached?.rows === rows) cached = null;
      });
    }
    return cached.rows;
  };
}

async function readStandards(noticeId?: string): Promise<Array<Prepared<StandardRow>>> {
  const rows = await getDb().standard.findMany({
    where: noticeId ? { noticeId } : {},
    select: { seq: true, row: true, code: true, codeNormalized: true, nameZh: true, nameEn: true, effectiveDateText: true, effectiveDate: true, blockId: true, line: true, notice: { select: noticeSelect } },
    orderBy: [...newestFirst, { row: "asc" }],
  });
  return rows.map(({ row, notice, ...r }) => {
    const parsed = standardRowSchema.parse({ ...r, key: `${notice.id}-r${row}`, notice: noticeRef(notice) });
    return { row: parsed, folded: [r.code, r.codeNormalized, r.nameZh, r.nameEn].flatMap((f) => (f === null ? [] : [foldFilterText(f)])) };
  });
}

async function readLicences(noticeId?: string): Promise<Array<Prepared<LicenceRow>>> {
  const rows = await getDb().licensingDecision.findMany({
    where: noticeId ? { noticeId } : {},
    select: { seq: true, company: true, companyEn: true, licenceKind: true, action: true, blockId: true, line: true, notice: { select: noticeSelect } },
    orderBy: [...newestFirst, { seq: "asc" }],
  });
  return rows.map(({ notice, ...r }) => {
    const parsed = licenceRowSchema.parse({ ...r, key: `${notice.id}-d${r.seq}`, notice: noticeRef(notice) });
    return { row: parsed, folded: [r.company, r.companyEn].flatMap((f) => (f === null ? [] : [foldFilterText(f)])) };
  });
}

const allStandards = versioned(() => readStandards());
const allLicences = versioned(() => readLicences());

export async function listStandards(filter: StandardFilter = {}): Promise<StandardRow[]> {
  const prefix = filter.prefix ? filter.prefix.normalize("NFKC").toUpperCase().replace(/\s+/g, " ") : undefined;
  const needle = filter.q ? foldFilterText(filter.q) : undefined;
  const rows = filter.noticeId ? await readStandards(filter.noticeId) : await allStandards();
  return rows
    .filter(({ row, folded }) =>
      (!prefix || row.codeNormalized.startsWith(prefix)) &&
      (!filter.effectiveFrom || row.effectiveDate >= filter.effectiveFrom) &&
      (!filter.effectiveTo || row.effectiveDate <= filter.effectiveTo) &&
      matchesText(needle, folded),
    )
    .map((p) => p.row);
}

export async function listLicences(filter: LicenceFilter = {}): Promise<LicenceRow[]> {
  const needle = filter.q ? foldFilterText(filter.q) : undefined;
  const rows = filter.noticeId ? await readLicences(filter.noticeId) : await allLicences();
  return rows
    .filter(({ row, folded }) => (!filter.kind || row.licenceKind === filter.kind) && (!filter.action || row.action === filter.action) && matchesText(needle, folded))
    .map((p) => p.row);
}

/** Message keys (records.kinds.*) of each licence kind: messages keys are camelCase, kinds kebab-case. */
export const LICENCE_KIND_KEY = {
  "product-oil-wholesale": "productOilWholesale",
  "product-oil-storage": "productOilStorage",
  "crude-oil-wholesale": "crudeOilWholesale",
  "crude-oil-storage": "crudeOilStorage",
} as const satisfies Record<LicenceRow["licenceKind"], string>;
