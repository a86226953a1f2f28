import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { foldFilterText } from "@/lib/data/records";
import { englishTitle } from "@/lib/data/prisma-source";
import type { Prisma } from "@/lib/generated/prisma/client";

/** One line per notice, for lists (API `notices`, feeds): no blocks. */
export const noticeSummarySchema = z.object({
  id: z.string().min(1),
  issueSlug: z.string().min(1),
  kind: z.enum(["announcement", "circular"]),
  issuers: z.array(z.string().min(1)).min(1),
  titleZh: z.string().min(1),
  titleEn: z.string().min(1).nullable(),
  number: z.object({ year: z.number().int(), number: z.number().int().positive() }).nullable(),
  documentNumber: z.string().min(1).nullable(),
  signingDates: z.array(z.iso.date()),
  publishedOn: z.iso.date(),
});
export type NoticeSummary = z.infer<typeof noticeSummarySchema>;

export const noticeFilterSchema = z.object({
  issuer: z.string().min(1).optional(),
  year: z.number().int().optional(),
  kind: z.enum(["announcement", "circular"]).optional(),
  q: z.string().min(1).optional(),
});
export type NoticeFilter = z.infer<typeof noticeFilterSchema>;

const ORDER = [{ issue: { year: "desc" } }, { issue: { number: "desc" } }, { position: "asc" }] as const satisfies Prisma.NoticeOrderByWithRelationInput[];
const SUMMARY_SELECT = {
  id: true, kind: true, titleZh: true, titleEnOfficial: true, titleEnTranslated: true, numberYear: true, numberNo: true,
  docNumberText: true, signingDates: true,
  issue: { select: { slug: true, publishedOn: true } },
  issuers: { orderBy: { order: "asc" }, select: { issuerCode: true } },
} as const satisfies Prisma.NoticeSelect;

export type NoticeWindow = { skip: number; take: number };
export type NoticePage = { total: number; rows: NoticeSummary[] };

function noticeWhere(filter: NoticeFilter): Prisma.NoticeWhereInput {
  return {
    ...(filter.issuer ? { issuers: { some: { issuerCode: filter.issuer } } } : {}),
    ...(filter.year ? { issue: { year: filter.year } } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
  };
}

/** Ids, in list order, of the notices whose Chinese or English title contains `q` (folded). */
async function idsWithTitle(where: Prisma.NoticeWhereInput, q: string): Promise<string[]> {
  const needle = foldFilterText(q);
  const rows = await getDb().notice.findMany({ where, select: { id: true, titleZh: true, titleEnOfficial: true, titleEnTranslated: true }, orderBy: [...ORDER] });
  return rows.filter((r) => [r.titleZh, englishTitle(r) ?? ""].some((t) => foldFilterText(t).includes(needle))).map((r) => r.id);
}

/**
 * One window of the notices, newest first (issue year, issue number, printed order), and how many
 * match in all. Only the window's rows are read with their relations: a whole-archive read (15,000
 * notices) would be slow, and its relation query exceeds SQLite's bound-parameter limit.
 */
export async function listNoticeSummaries(filter: NoticeFilter, window: NoticeWindow): Promise<NoticePage> {
  const where = noticeWhere(filter);
  const matched = filter.q ? await idsWithTitle(where, filter.q) : null;
  const ids = matched?.slice(window.skip, window.skip + window.take);
  const [total, rows] = await Promise.all([
    matched ? matched.length : getDb().notice.count({ where }),
    getDb().notice.findMany({ where: ids ? { id: { in: ids } } : where, select: SUMMARY_SELECT, orderBy: [...ORDER], ...(ids ? {} : window) }),
  ]);
  return { total, rows: z.array(noticeSummarySchema).parse(rows.map(toSummary)) };
}

// Unchecked here: the caller parses the result with noticeSummarySchema (kind and signing dates come from the database untyped).
function toSummary(r: Prisma.NoticeGetPayload<{ select: typeof SUMMARY_SELECT }>) {
  return {
    id: r.id,
    issueSlug: r.issue.slug,
    kind: r.kind,
    issuers: r.issuers.map((i) => i.issuerCode),
    titleZh: r.titleZh,
    titleEn: englishTitle(r),
    number: r.numberYear !== null && r.numberNo !== null ? { year: r.numberYear, number: r.numberNo } : null,
    documentNumber: r.docNumberText,
    signingDates: r.signingDates,
    publishedOn: r.issue.publishedOn,
  };
}
