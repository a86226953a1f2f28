import { z } from "zod";
import { blockIdSchema, issueSlugSchema, noticeIdSchema } from "@/lib/schema/ids";
import { otherTitleSchema } from "@/lib/schema/other-title";

/**
 * The English of one issue, as a reviewable JSON file beside the Chinese source
 * (content/<year>-<number>/translation.en.json). Keyed by notice id and block id — the same ids the
 * pages use as permalinks — and each block entry records a hash of the Chinese it translates, so a
 * changed source makes the translation visibly stale instead of silently wrong.
 */

/** First 16 hex digits of SHA-256 over the block's printed Chinese text. */
export const sourceHashSchema = z.string().regex(/^[0-9a-f]{16}$/);

export const textEntrySchema = z.object({
  source: sourceHashSchema,
  text: z.string().min(1),
});

export const tableEntrySchema = z.object({
  source: sourceHashSchema,
  caption: z.string().min(1).nullable(),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});

export const blockEntrySchema = z.union([tableEntrySchema, textEntrySchema]);
export type BlockEntry = z.infer<typeof blockEntrySchema>;

export const noticeTranslationSchema = z.object({
  /** Archive translation of the Chinese title (the gazette's own English title stays official, separately). */
  title: z.string().min(1),
  header: z.string().min(1).nullable(),
  number: z.string().min(1).nullable(),
  subject: z.string().min(1).nullable(),
  sourceNote: z.string().min(1).nullable(),
  blocks: z.record(blockIdSchema, blockEntrySchema),
});
export type NoticeTranslation = z.infer<typeof noticeTranslationSchema>;

const pairSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

export const translationFileSchema = z.object({
  issue: issueSlugSchema,
  language: z.literal("en"),
  /** Who produced it and how it was checked. */
  provenance: z.string().min(1),
  /** Front and back matter lines, keyed by the line's Chinese text. */
  matter: z.array(pairSchema),
  /** Archive translations of the Chinese contents titles, by position. */
  contents: z.array(z.object({ position: z.number().int().positive(), en: z.string().min(1) })),
  notices: z.record(noticeIdSchema, noticeTranslationSchema),
  /** Plan outline entries (the plan's own contents list), by outline seq. */
  outline: z.array(z.object({ noticeId: noticeIdSchema, seq: z.number().int().positive(), en: z.string().min(1) })),
  records: z.object({
    companies: z.array(pairSchema),
    licenceKinds: z.array(pairSchema),
    issuers: z.array(pairSchema.extend({ abbr: z.string().optional() })),
    cities: z.array(pairSchema),
    glossaryTerms: z.array(pairSchema),
    targets: z.array(z.object({ noticeId: noticeIdSchema, seq: z.number().int().positive(), measure: z.string().min(1), clause: z.string().min(1) })),
  }),
  /** Titles readers search for that differ from the official English (see the translation issue). */
  alsoKnownAs: z.array(otherTitleSchema.extend({ noticeId: noticeIdSchema })),
});
export type TranslationFile = z.infer<typeof translationFileSchema>;

export const termBaseSchema = z.object({
  terms: z.array(
    z.object({
      zh: z.string().min(1),
      en: z.string().min(1),
      /**
       * Grammatical forms of the same English (plural, verb form); matching is case-insensitive. Never a
       * second rendering: translations:check reports a term written in two families of forms (issue 15).
       */
      accept: z.array(z.string().min(1)).default([]),
      /** Abbreviations that may stand for the term once it is named (MOFCOM); exempt from the one-form rule. */
      abbr: z.array(z.string().min(1)).default([]),
      note: z.string().optional(),
    }),
  ),
  /**
   * House renderings read by translators and reviewers, not matched by translations:check: a modal
   * verb's English (必须 must, 应当 shall …) depends on the sentence, so it cannot be a term.
   */
  conventions: z.array(z.object({ zh: z.string().min(1), en: z.string().min(1), note: z.string().min(1) })).default([]),
});
export type TermBase = z.infer<typeof termBaseSchema>;
