import { z } from "zod";
import { blockIdSchema, noticeIdSchema } from "@/lib/schema/ids";
import { otherTitleSchema } from "@/lib/schema/other-title";

/**
 * What ingest can store in English beside the Chinese: the …En columns of the database, keyed by the
 * rows' natural keys. This is NOT the translation file format (content/<issue>/translation.en.json is
 * the translation loader's business, lib/translations/load.ts); the loader turns a translation into
 * this overlay and ingest only copies it into rows. Every list defaults to empty, so a partial
 * translation is a valid overlay.
 */
const text = z.string().min(1);
const seqKey = { noticeId: noticeIdSchema, seq: z.number().int().positive() };

export const englishOverlaySchema = z.object({
  /** sha256 of the translation file the overlay came from (Issue.translationSha256). */
  translationSha256: z.string().regex(/^[0-9a-f]{64}$/),
  issue: z.object({ supervisorEn: text.optional() }).default({}),
  matter: z.array(z.object({ part: z.enum(["front", "back"]), order: z.number().int().positive(), textEn: text })).default([]),
  contents: z.array(z.object({ position: z.number().int().positive(), titleEnTranslated: text })).default([]),
  notices: z
    .array(
      z.object({
        noticeId: noticeIdSchema,
        titleEnTranslated: text.optional(),
        headerTextEn: text.optional(),
        subjectEn: text.optional(),
        sourceNoteEn: text.optional(),
        otherTitlesEn: z.array(otherTitleSchema).optional(),
      }),
    )
    .default([]),
  attachments: z.array(z.object({ noticeId: noticeIdSchema, order: z.number().int().positive(), titleEn: text })).default([]),
  blocks: z
    .array(
      z.object({
        noticeId: noticeIdSchema,
        blockId: blockIdSchema,
        textEn: text,
        /** sha256 of the Chinese text the English was made from (see Block.enSourceHash). */
        enSourceHash: z.string().regex(/^[0-9a-f]{64}$/),
        titleEn: text.optional(),
        captionEn: text.optional(),
        tableHeaderEn: z.array(z.string()).optional(),
        tableRowsEn: z.array(z.array(z.string())).optional(),
        signersEn: z.array(text).optional(),
      }),
    )
    .default([]),
  standards: z.array(z.object({ ...seqKey, nameEn: text })).default([]),
  licensingDecisions: z.array(z.object({ ...seqKey, companyEn: text })).default([]),
  plans: z.array(z.object({ noticeId: noticeIdSchema, titleEn: text })).default([]),
  planOutline: z.array(z.object({ ...seqKey, titleEn: text })).default([]),
  planTargets: z
    .array(z.object({ ...seqKey, measureEn: text, unitEn: text.optional(), clauseEn: text.optional(), goalEn: text.optional() }))
    .default([]),
  planCities: z.array(z.object({ ...seqKey, nameEn: text })).default([]),
  glossary: z.array(z.object({ ...seqKey, termEn: text })).default([]),
});
export type EnglishOverlay = z.infer<typeof englishOverlaySchema>;
