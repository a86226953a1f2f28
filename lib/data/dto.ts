import { z } from "zod";
import { blockIdSchema, issueSlugSchema, noticeIdSchema } from "@/lib/schema/ids";
import { otherTitleSchema } from "@/lib/schema/other-title";

/**
 * The shapes pages receive: small and render-ready, so components never read the parser or the
 * database themselves. English is `string | null` everywhere: null means "no translation yet", and
 * the UI must say so rather than fall back silently.
 */

export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1).nullable() });
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Where an English string comes from: the gazette printed it (official) or the archive translated it. */
export const englishSourceSchema = z.enum(["official", "archive"]);
export type EnglishSource = z.infer<typeof englishSourceSchema>;

export const issueRefSchema = z.object({
  slug: issueSlugSchema,
  year: z.number().int(),
  number: z.number().int().positive(),
  series: z.number().int().positive(),
  publishedOn: z.iso.date(),
});
export type IssueRef = z.infer<typeof issueRefSchema>;

export const contentsEntryDtoSchema = z.object({
  position: z.number().int().positive(),
  noticeId: noticeIdSchema,
  titleZh: z.string().min(1),
  /** The gazette's own English contents line: official when present. */
  titleEn: z.string().min(1).nullable(),
  page: z.number().int().positive().nullable(),
});
export type ContentsEntryDto = z.infer<typeof contentsEntryDtoSchema>;

export const issueDtoSchema = issueRefSchema.extend({
  titleZh: z.string().min(1),
  titleEn: z.string().min(1),
  publisherZh: z.string().min(1),
  publisherEn: z.string().min(1).nullable(),
  supervisorZh: z.string().min(1).nullable(),
  website: z.string().min(1).nullable(),
  /** Day (UTC) of the latest re-ingest that changed the issue's source text; null if never corrected. */
  correctedOn: z.iso.date().nullable(),
  contents: z.array(contentsEntryDtoSchema),
});
export type IssueDto = z.infer<typeof issueDtoSchema>;

export const yearGroupSchema = z.object({ year: z.number().int(), issues: z.array(issueRefSchema) });
export type YearGroup = z.infer<typeof yearGroupSchema>;

const blockBase = { id: blockIdSchema, n: z.number().int().positive() };

/**
 * A citation printed in a block's Chinese text (issue 12's references). `noticeId` is set when the
 * cited notice is in the archive (the text links to it); otherwise the citation is only marked.
 */
export const referenceLinkSchema = z.object({
  kind: z.enum(["notice", "order", "document-number", "law", "title"]),
  printed: z.string().min(1),
  noticeId: noticeIdSchema.nullable(),
});
export type ReferenceLink = z.infer<typeof referenceLinkSchema>;

export const textBlockDtoSchema = z.object({
  ...blockBase,
  kind: z.enum(["heading", "paragraph", "list-item"]),
  /** Heading level 1–3; 0 for paragraphs and list items. */
  level: z.number().int().min(0).max(3),
  text: bilingualSchema,
  links: z.array(referenceLinkSchema),
});

/** Table cells may be empty (a blank cell in the printed table), unlike other text. */
export const cellDtoSchema = z.object({ zh: z.string(), en: z.string().nullable() });
export type CellDto = z.infer<typeof cellDtoSchema>;

export const tableBlockDtoSchema = z.object({
  ...blockBase,
  kind: z.literal("table"),
  caption: bilingualSchema.nullable(),
  header: z.array(cellDtoSchema),
  rows: z.array(z.array(cellDtoSchema)),
});
export type TableBlockDto = z.infer<typeof tableBlockDtoSchema>;

export const signatureBlockDtoSchema = z.object({
  ...blockBase,
  kind: z.literal("signature"),
  signers: z.array(z.string().min(1)).min(1),
  dateText: z.string().nullable(),
  date: z.iso.date().nullable(),
  /** Signature lines in English joined with "\n", when translated. */
  en: z.string().min(1).nullable(),
});

export const blockDtoSchema = z.discriminatedUnion("kind", [
  textBlockDtoSchema.extend({ kind: z.literal("heading") }),
  textBlockDtoSchema.extend({ kind: z.literal("paragraph") }),
  textBlockDtoSchema.extend({ kind: z.literal("list-item") }),
  tableBlockDtoSchema,
  signatureBlockDtoSchema,
]);
export type BlockDto = z.infer<typeof blockDtoSchema>;
export type TextBlockDto = Extract<BlockDto, { kind: "heading" | "paragraph" | "list-item" }>;
export type SignatureBlockDto = Extract<BlockDto, { kind: "signature" }>;

export const issuerDtoSchema = z.object({
  code: z.string().min(1),
  abbrEn: z.string().min(1),
  /** Short Chinese name used in citations (商务部, not 中华人民共和国商务部). */
  shortZh: z.string().min(1),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});
export type IssuerDto = z.infer<typeof issuerDtoSchema>;

/** An issuer's short name in each language, for facet and result labels (商务部 / Ministry of Commerce). */
export const issuerLabelSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type IssuerLabel = z.infer<typeof issuerLabelSchema>;

export const noticeLinkSchema = z.object({
  id: noticeIdSchema,
  titleZh: z.string().min(1),
  titleEn: z.string().min(1).nullable(),
});
export type NoticeLink = z.infer<typeof noticeLinkSchema>;

export const noticeDtoSchema = z.object({
  id: noticeIdSchema,
  issue: issueRefSchema,
  position: z.number().int().positive(),
  kind: z.enum(["announcement", "circular"]),
  issuers: z.array(issuerDtoSchema).min(1),
  number: z.object({ year: z.number().int(), number: z.number().int().positive(), text: bilingualSchema }).nullable(),
  documentNumber: bilingualSchema.nullable(),
  headerText: bilingualSchema,
  titleZh: z.string().min(1),
  /** English title and where it comes from (the gazette's English contents = official). */
  titleEn: z.object({ text: z.string().min(1), source: englishSourceSchema }).nullable(),
  /**
   * The gazette's official English title states another number than the Chinese notice (MIIT
   * 2012年第64号 is printed "No. 64, 2011"): `printed` is that English, to show beside the real number.
   */
  officialNumberDiscrepancy: z.object({ printed: z.string().min(1) }).nullable(),
  /** Other English titles the notice is known by, each with where it comes from (may be empty). */
  otherTitlesEn: z.array(otherTitleSchema),
  subject: bilingualSchema.nullable(),
  signingDates: z.array(z.iso.date()),
  sourceNote: bilingualSchema.nullable(),
  attachments: z.array(z.object({ title: bilingualSchema, blockId: z.string().nullable() })),
  page: z.number().int().positive().nullable(),
  blocks: z.array(blockDtoSchema).min(1),
  /** Notices in the archive whose text cites this one ("cited by"), with the citing block. */
  citedBy: z.array(noticeLinkSchema.extend({ blockId: z.string().min(1), printed: z.string().min(1) })),
  prev: noticeLinkSchema.nullable(),
  next: noticeLinkSchema.nullable(),
});
export type NoticeDto = z.infer<typeof noticeDtoSchema>;
