import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";

/**
 * What the parser reported about an issue's source (stored as ParseWarning rows at ingest):
 * discrepancies between the Chinese and the gazette's own English, stray characters, totals that do
 * not add up, unregistered issuers. Each note is placed where the line is: in a notice (and the block
 * that holds the line) or in the contents list.
 */
export const sourceNoteSchema = z.object({
  seq: z.number().int().positive(),
  line: z.number().int().positive().nullable(),
  code: z.string().min(1),
  message: z.string().min(1),
  noticeId: z.string().nullable(),
  blockId: z.string().nullable(),
  /** Position of the contents entry the line belongs to (flagged in the contents list). */
  contentsPosition: z.number().int().positive().nullable(),
});
export type SourceNote = z.infer<typeof sourceNoteSchema>;

type Span = { lineStart: number; lineEnd: number };
const within = (line: number | null) => (s: Span) => line !== null && s.lineStart <= line && line <= s.lineEnd;

export async function listSourceNotes(slug: string): Promise<SourceNote[] | null> {
  const issue = await getDb().issue.findUnique({
    where: { slug },
    select: {
      warnings: { orderBy: { seq: "asc" }, select: { seq: true, line: true, code: true, message: true } },
      contents: { select: { position: true, lineZh: true, lineEn: true, noticeId: true } },
      notices: { select: { id: true, lineStart: true, lineEnd: true, blocks: { select: { blockId: true, lineStart: true, lineEnd: true } } } },
    },
  });
  if (!issue) return null;
  const notes = issue.warnings.map((w) => {
    const notice = issue.notices.find(within(w.line));
    const entry = issue.contents.find((c) => c.lineZh === w.line || c.lineEn === w.line);
    // A discrepancy found in the contents list is about the notice it lists: flag that entry too.
    const mentioned = entry ?? issue.contents.find((c) => notice && c.noticeId === notice.id && w.code.startsWith("english-contents"));
    return {
      ...w,
      noticeId: notice?.id ?? entry?.noticeId ?? null,
      blockId: notice?.blocks.find(within(w.line))?.blockId ?? null,
      contentsPosition: mentioned?.position ?? null,
    };
  });
  return z.array(sourceNoteSchema).parse(notes);
}
