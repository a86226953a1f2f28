import { z } from "zod";
import { englishSourceSchema, issueRefSchema } from "@/lib/data/dto";

/**
 * Shapes of the browsing pages (home, year, issuer, issue neighbours): a list row never carries a
 * notice's text, so a page listing hundreds of notices stays small at 1,000 issues (issue 11).
 */

/** Notices per issuer page. 50 keeps the HTML near 20 kB gzip with both titles per row. */
export const ISSUER_PAGE_SIZE = 50;
/** Notices listed under "recent notices" on the home page. */
export const RECENT_NOTICES = 12;

export const yearCountSchema = z.object({ year: z.number().int(), issues: z.number().int().positive() });
export type YearCount = z.infer<typeof yearCountSchema>;

export const issueSummarySchema = issueRefSchema.extend({ notices: z.number().int().nonnegative() });
export type IssueSummary = z.infer<typeof issueSummarySchema>;

export const issueNeighboursSchema = z.object({ older: issueRefSchema.nullable(), newer: issueRefSchema.nullable() });
export type IssueNeighbours = z.infer<typeof issueNeighboursSchema>;

export const issuerSummarySchema = z.object({
  code: z.string().min(1),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  notices: z.number().int().nonnegative(),
});
export type IssuerSummary = z.infer<typeof issuerSummarySchema>;

export const noticeRowSchema = z.object({
  id: z.string().min(1),
  titleZh: z.string().min(1),
  /** The gazette's own English title when printed (official), else the archive's, else null. */
  titleEn: z.object({ text: z.string().min(1), source: englishSourceSchema }).nullable(),
  issue: issueRefSchema,
});
export type NoticeRow = z.infer<typeof noticeRowSchema>;

export const issuerPageSchema = z.object({
  issuer: issuerSummarySchema,
  page: z.number().int().positive(),
  pageCount: z.number().int().positive(),
  notices: z.array(noticeRowSchema),
});
export type IssuerPage = z.infer<typeof issuerPageSchema>;

/** Pages an issuer with `notices` notices needs (at least 1, so an issuer page always exists). */
export function pageCount(notices: number, size: number = ISSUER_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(notices / size));
}
