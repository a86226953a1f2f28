import type { IssueDto, IssueRef, NoticeDto } from "./dto";

/**
 * What the read side needs from a store. Two implementations: the in-memory parse of content/ (used
 * until the database is populated) and Prisma. Both return unvalidated DTO-shaped objects; lib/data's
 * public functions validate them with zod before any page sees them.
 */
export interface ArchiveSource {
  readonly name: string;
  listIssues(): Promise<IssueRef[]>;
  getIssue(slug: string): Promise<IssueDto | null>;
  findIssueBySeries(series: number): Promise<IssueRef | null>;
  listNoticeIds(): Promise<string[]>;
  getNotice(id: string): Promise<NoticeDto | null>;
}
