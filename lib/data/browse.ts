import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/lib/db";
import {
  ISSUER_PAGE_SIZE,
  issueNeighboursSchema,
  issueSummarySchema,
  issuerPageSchema,
  issuerSummarySchema,
  noticeRowSchema,
  pageCount,
  yearCountSchema,
  type IssueNeighbours,
  type IssueSummary,
  type IssuerPage,
  type IssuerSummary,
  type NoticeRow,
  type YearCount,
} from "@/lib/data/browse-dto";
import { englishTitle } from "@/lib/data/prisma-source";
import { issueRefSelect } from "@/lib/data/issue-ref-select";

/**
 * Read side of the browsing pages. Every query is a narrow select or a count, bounded by a year, a
 * page or a limit: nothing here loads the whole archive, so the pages cost the same at 1 and 1,000
 * issues (issue 11). Results are validated with zod on the way out, like lib/data/archive.ts.
 */

const newestFirst = [{ year: "desc" }, { number: "desc" }] as const;
const noticeNewestFirst = [{ issue: { year: "desc" } }, { issue: { number: "desc" } }, { position: "asc" }] as const;
const noticeRowSelect = {
  id: true,
  titleZh: true,
  titleEnOfficial: true,
  titleEnTranslated: true,
  issue: { select: issueRefSelect },
} as const;

type NoticeRowRecord = {
  id: string;
  titleZh: string;
  titleEnOfficial: string | null;
  titleEnTranslated: string | null;
  issue: z.input<typeof noticeRowSchema>["issue"];
};

function toNoticeRow(row: NoticeRowRecord): NoticeRow {
  const translated = englishTitle({ titleEnOfficial: null, titleEnTranslated: row.titleEnTranslated });
  const titleEn = row.titleEnOfficial
    ? { text: row.titleEnOfficial, source: "official" }
    : translated
      ? { text: translated, source: "archive" }
      : null;
  return noticeRowSchema.parse({ id: row.id, titleZh: row.titleZh, titleEn, issue: row.issue });
}

export const listYears = cache(async (): Promise<YearCount[]> => {
  const rows = await getDb().issue.groupBy({ by: ["year"], _count: { _all: true }, orderBy: { year: "desc" } });
  return z.array(yearCountSchema).parse(rows.map((r) => ({ year: r.year, issues: r._count._all })));
});

export const listIssuesOfYear = cache(async (year: number): Promise<IssueSummary[]> => {
  const rows = await getDb().issue.findMany({
    where: { year },
    select: { ...issueRefSelect, _count: { select: { notices: true } } },
    orderBy: [...newestFirst],
  });
  return z.array(issueSummarySchema).parse(rows.map(({ _count, ...ref }) => ({ ...ref, notices: _count.notices })));
});

/** The issues printed just before and after this one (by year, then number). */
export const getIssueNeighbours = cache(async (year: number, number: number): Promise<IssueNeighbours> => {
  const db = getDb();
  const [older, newer] = await Promise.all([
    db.issue.findFirst({
      where: { OR: [{ year: { lt: year } }, { year, number: { lt: number } }] },
      select: issueRefSelect,
      orderBy: [...newestFirst],
    }),
    db.issue.findFirst({
      where: { OR: [{ year: { gt: year } }, { year, number: { gt: number } }] },
      select: issueRefSelect,
      orderBy: [{ year: "asc" }, { number: "asc" }],
    }),
  ]);
  return issueNeighboursSchema.parse({ older, newer });
});

/** The newest notices outside `exceptIssue` (the home page lists the latest issue's own contents apart). */
export const listRecentNotices = cache(async (limit: number, exceptIssue: string): Promise<NoticeRow[]> => {
  const rows = await getDb().notice.findMany({
    where: { issue: { slug: { not: exceptIssue } } },
    select: noticeRowSelect,
    orderBy: [...noticeNewestFirst],
    take: limit,
  });
  return rows.map(toNoticeRow);
});

export const listIssuers = cache(async (): Promise<IssuerSummary[]> => {
  const rows = await getDb().issuer.findMany({
    select: { code: true, nameZh: true, nameEn: true, _count: { select: { notices: true } } },
    orderBy: { code: "asc" },
  });
  const issuers = rows.map(({ _count, ...issuer }) => ({ ...issuer, notices: _count.notices }));
  return z.array(issuerSummarySchema).parse(issuers.filter((i) => i.notices > 0));
});

/** One page of an issuer's notices, newest first; null when the issuer or the page does not exist. */
export const getIssuerPage = cache(async (code: string, page: number): Promise<IssuerPage | null> => {
  const issuer = (await listIssuers()).find((i) => i.code === code);
  if (!issuer) return null;
  const pages = pageCount(issuer.notices);
  if (page > pages) return null;
  const rows = await getDb().notice.findMany({
    where: { issuers: { some: { issuerCode: code } } },
    select: noticeRowSelect,
    orderBy: [...noticeNewestFirst],
    skip: (page - 1) * ISSUER_PAGE_SIZE,
    take: ISSUER_PAGE_SIZE,
  });
  return issuerPageSchema.parse({ issuer, page, pageCount: pages, notices: rows.map(toNoticeRow) });
});
