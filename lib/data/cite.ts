import "server-only";
import { z } from "zod";
import type { Citation } from "@/lib/citations/parse-citation";
import { getDb } from "@/lib/db";
import { englishTitle } from "@/lib/data/prisma-source";

/**
 * Resolves a parsed citation against the archive. `matches` are what the citation names; when there
 * are none, `nearest` holds what a reader most likely meant (same number in another year or under
 * other issuers, the issues of that year), so a typo lands somewhere useful instead of nowhere.
 */

export const citeTargetSchema = z.object({
  kind: z.enum(["notice", "issue"]),
  /** Notice id or issue slug: the route builder turns it into a path. */
  key: z.string().min(1),
  titleZh: z.string().min(1),
  titleEn: z.string().min(1).nullable(),
  issueSlug: z.string().min(1),
  issuers: z.array(z.string().min(1)),
});
export type CiteTarget = z.infer<typeof citeTargetSchema>;

export const citeResultSchema = z.object({ matches: z.array(citeTargetSchema), nearest: z.array(citeTargetSchema) });
export type CiteResult = z.infer<typeof citeResultSchema>;

const NEAREST = 5;

const noticeSelect = {
  id: true,
  titleZh: true,
  titleEnOfficial: true,
  titleEnTranslated: true,
  issue: { select: { slug: true } },
  issuers: { orderBy: { order: "asc" }, select: { issuerCode: true } },
} as const;

type NoticeRow = {
  id: string;
  titleZh: string;
  titleEnOfficial: string | null;
  titleEnTranslated: string | null;
  issue: { slug: string };
  issuers: Array<{ issuerCode: string }>;
};

function noticeTarget(row: NoticeRow): CiteTarget {
  return {
    kind: "notice",
    key: row.id,
    titleZh: row.titleZh,
    titleEn: englishTitle(row),
    issueSlug: row.issue.slug,
    issuers: row.issuers.map((i) => i.issuerCode),
  };
}

/** Same set of issuers first; if none has exactly that set, any notice signed by all of them. */
function byIssuers(rows: NoticeRow[], wanted: string[]): NoticeRow[] {
  if (wanted.length === 0) return rows;
  const codes = (r: NoticeRow) => r.issuers.map((i) => i.issuerCode);
  const exact = rows.filter((r) => codes(r).length === wanted.length && wanted.every((c) => codes(r).includes(c)));
  return exact.length > 0 ? exact : rows.filter((r) => wanted.every((c) => codes(r).includes(c)));
}

async function resolveNotice(c: Extract<Citation, { kind: "notice" }>): Promise<CiteResult> {
  const db = getDb();
  const rows = await db.notice.findMany({ where: { numberYear: c.year, numberNo: c.number }, select: noticeSelect });
  const matches = byIssuers(rows, c.issuers);
  if (matches.length > 0) return { matches: matches.map(noticeTarget), nearest: [] };
  const near = await db.notice.findMany({
    where: { OR: [{ numberNo: c.number }, { numberYear: c.year, issuers: { some: { issuerCode: { in: c.issuers } } } }] },
    select: noticeSelect,
    take: NEAREST,
    orderBy: [{ issue: { year: "desc" } }, { position: "asc" }],
  });
  return { matches: [], nearest: near.map(noticeTarget) };
}

async function resolveDocument(c: Extract<Citation, { kind: "document" }>): Promise<CiteResult> {
  const db = getDb();
  const where = { docNumberYear: c.year, docNumberNo: c.number, ...(c.prefix ? { docNumberPrefix: c.prefix } : {}) };
  const rows = await db.notice.findMany({ where, select: noticeSelect });
  if (rows.length > 0) return { matches: rows.map(noticeTarget), nearest: [] };
  // [2011]第26號 is printed for announcement numbers too: try that reading before giving up.
  if (!c.prefix) return resolveNotice({ kind: "notice", issuers: [], year: c.year, number: c.number });
  const near = await db.notice.findMany({ where: { docNumberPrefix: c.prefix }, select: noticeSelect, take: NEAREST });
  return { matches: [], nearest: near.map(noticeTarget) };
}

const issueSelect = { slug: true, titleZh: true, titleEn: true, year: true, number: true } as const;

function issueTarget(row: { slug: string; titleZh: string; titleEn: string; year: number; number: number }): CiteTarget {
  return { kind: "issue", key: row.slug, titleZh: `${row.titleZh} ${row.year}年第${row.number}期`, titleEn: `${row.titleEn}, ${row.year} No. ${row.number}`, issueSlug: row.slug, issuers: [] };
}

async function resolveIssue(where: { year: number; number: number } | { series: number }, year: number | null): Promise<CiteResult> {
  const db = getDb();
  const found = await db.issue.findFirst({ where, select: issueSelect });
  if (found) return { matches: [issueTarget(found)], nearest: [] };
  const near = await db.issue.findMany({
    where: year === null ? {} : { year },
    select: issueSelect,
    take: NEAREST,
    orderBy: [{ year: "desc" }, { number: "desc" }],
  });
  return { matches: [], nearest: near.map(issueTarget) };
}

export async function resolveCitation(citation: Citation): Promise<CiteResult> {
  switch (citation.kind) {
    case "notice":
      return citeResultSchema.parse(await resolveNotice(citation));
    case "document":
      return citeResultSchema.parse(await resolveDocument(citation));
    case "issue":
      return citeResultSchema.parse(await resolveIssue({ year: citation.year, number: citation.number }, citation.year));
    case "series":
      return citeResultSchema.parse(await resolveIssue({ series: citation.series }, null));
  }
}
