import "server-only";
import { cache } from "react";
import { z } from "zod";
import { issueDtoSchema, issueRefSchema, noticeDtoSchema, type IssueDto, type IssueRef, type NoticeDto, type YearGroup } from "@/lib/data/dto";
import { prismaSource } from "@/lib/data/prisma-source";

/**
 * The read side pages call. Every result is validated with zod on the way out, so a page can trust
 * the shape the database gave. `cache` dedupes calls within one render (generateMetadata and the
 * page ask for the same notice).
 */

export const listIssues = cache(async (): Promise<IssueRef[]> => {
  const issues = z.array(issueRefSchema).parse(await prismaSource.listIssues());
  return issues.sort((a, b) => b.year - a.year || b.number - a.number);
});

export const listIssuesByYear = cache(async (): Promise<YearGroup[]> => {
  const groups = new Map<number, IssueRef[]>();
  for (const issue of await listIssues()) {
    groups.set(issue.year, [...(groups.get(issue.year) ?? []), issue]);
  }
  return [...groups].map(([year, issues]) => ({ year, issues }));
});

export const getIssue = cache(async (slug: string): Promise<IssueDto | null> => {
  const issue = await prismaSource.getIssue(slug);
  return issue ? issueDtoSchema.parse(issue) : null;
});

export const findIssueBySeries = cache(async (series: number): Promise<IssueRef | null> => {
  const issue = await prismaSource.findIssueBySeries(series);
  return issue ? issueRefSchema.parse(issue) : null;
});

export const listNoticeIds = cache(async (): Promise<string[]> => z.array(z.string()).parse(await prismaSource.listNoticeIds()));

export const getNotice = cache(async (id: string): Promise<NoticeDto | null> => {
  const notice = await prismaSource.getNotice(id);
  return notice ? noticeDtoSchema.parse(notice) : null;
});
