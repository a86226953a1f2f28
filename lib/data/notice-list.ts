import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { foldFilterText } from "@/lib/data/records";
import { englishTitle } from "@/lib/data/prisma-source";

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

/** Newest first: issue year, issue number, then printed order. `q` matches either title (folded). */
export async function listNoticeSummaries(filter: NoticeFilter = {}): Promise<NoticeSummary[]> {
  const rows = await getDb().notice.findMany({
    where: {
      ...(filter.issuer ? { issuers: { some: { issuerCode: filter.issuer } } } : {}),
      ...(filter.year ? { issue: { year: filter.year } } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
    },
    select: {
      id: true, kind: true, titleZh: true, titleEnOfficial: true, titleEnTranslated: true, numberYear: true, numberNo: true,
      docNumberText: true, signingDates: true,
      issue: { select: { slug: true, publishedOn: true } },
      issuers: { orderBy: { order: "asc" }, select: { issuerCode: true } },
    },
    orderBy: [{ issue: { year: "desc" } }, { issue: { number: "desc" } }, { position: "asc" }],
  });
  const needle = filter.q ? foldFilterText(filter.q) : null;
  const summaries = rows.map((r) => ({
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
  }));
  const parsed = z.array(noticeSummarySchema).parse(summaries);
  return needle ? parsed.filter((n) => [n.titleZh, n.titleEn ?? ""].some((t) => foldFilterText(t).includes(needle))) : parsed;
}
