import { z } from "zod";
import { blockIdSchema, issueSlugSchema, noticeIdSchema } from "@/lib/schema/ids";

// The single source of truth for what the parser produces. Every other layer (ingest, translations,
// search index, pages) takes these types through z.infer, never through hand-written interfaces.

export const isoDateSchema = z.iso.date();

/** 1-based, inclusive line range in the source file. */
export const lineSpanSchema = z
  .object({ start: z.number().int().positive(), end: z.number().int().positive() })
  .refine((s) => s.end >= s.start, { message: "line span ends before it starts" });
export type LineSpan = z.infer<typeof lineSpanSchema>;


const blockBase = {
  id: blockIdSchema,
  lines: lineSpanSchema,
  /** Text exactly as printed (page-break continuations joined, nothing else changed). */
  text: z.string().min(1),
};

export const headingBlockSchema = z.object({
  ...blockBase,
  kind: z.literal("heading"),
  /** 1 = 一、/前言/附件, 2 = （一）, 3 = bullet or unnumbered sub-heading. */
  level: z.number().int().min(1).max(3),
  /** The numbering as printed (一、, （一）), or null. */
  numbering: z.string().nullable(),
  /** Heading text without numbering, spaces between CJK characters removed (前 言 → 前言). */
  title: z.string().min(1),
});

export const paragraphBlockSchema = z.object({
  ...blockBase,
  kind: z.literal("paragraph"),
  /** Leading numbering of a numbered provision (一、, （二）, ——), or null. */
  numbering: z.string().nullable(),
});

export const listItemBlockSchema = z.object({
  ...blockBase,
  kind: z.literal("list-item"),
  /** 1、 2、 … */
  marker: z.string().min(1),
});

export const tableRowSchema = z.object({
  /** Cells as printed (a cell broken across a page is joined). */
  cells: z.array(z.string()),
  /** Cells repaired for display and search: PDF stray spaces between CJK characters removed. */
  clean: z.array(z.string()),
  lines: lineSpanSchema,
});
export type TableRow = z.infer<typeof tableRowSchema>;

export const tableBlockSchema = z.object({
  ...blockBase,
  kind: z.literal("table"),
  caption: z.string().nullable(),
  captionLine: z.number().int().positive().nullable(),
  header: tableRowSchema,
  rows: z.array(tableRowSchema),
  /** Lines of header rows repeated after a page break (dropped, but accounted for). */
  repeatedHeaderLines: z.array(z.number().int().positive()),
});

export const signatureBlockSchema = z.object({
  ...blockBase,
  kind: z.literal("signature"),
  signers: z.array(z.string().min(1)),
  dateText: z.string().nullable(),
  date: isoDateSchema.nullable(),
});

export const blockSchema = z.discriminatedUnion("kind", [
  headingBlockSchema,
  paragraphBlockSchema,
  listItemBlockSchema,
  tableBlockSchema,
  signatureBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;
export type TableBlock = z.infer<typeof tableBlockSchema>;
export type HeadingBlock = z.infer<typeof headingBlockSchema>;
export type SignatureBlock = z.infer<typeof signatureBlockSchema>;

export const issuerSchema = z.object({
  /** Lower-case abbreviation used in ids (mofcom). */
  code: z.string().regex(/^[a-z]+$/),
  abbr: z.string().min(1),
  /** The name as printed in this notice. */
  printed: z.string().min(1),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});
export type Issuer = z.infer<typeof issuerSchema>;

export const noticeNumberSchema = z.object({
  year: z.number().int().min(1949).max(2100),
  number: z.number().int().positive(),
  text: z.string().min(1),
  line: z.number().int().positive(),
});

export const documentNumberSchema = z.object({
  /** As printed: 商服贸发〔2012〕431号 */
  text: z.string().min(1),
  /** Width-folded, brackets unified: 商服贸发〔2012〕431号 */
  normalized: z.string().min(1),
  prefix: z.string().min(1),
  year: z.number().int(),
  number: z.number().int().positive(),
  line: z.number().int().positive(),
});

export const attachmentSchema = z.object({
  /** 附件 title as referenced in the body. */
  title: z.string().min(1),
  /** The block that starts the attachment (its 附件 heading), when the attachment is printed. */
  blockId: blockIdSchema.nullable(),
  line: z.number().int().positive(),
});

export const noticeKindSchema = z.enum(["announcement", "circular"]);

export const noticeSchema = z.object({
  id: noticeIdSchema,
  position: z.number().int().positive(),
  kind: noticeKindSchema,
  issuers: z.array(issuerSchema).min(1),
  number: noticeNumberSchema.nullable(),
  documentNumber: documentNumberSchema.nullable(),
  /** Header line(s) as printed (中华人民共和国商务部 公告 / the circular's title). */
  headerText: z.string().min(1),
  /** Readable Chinese title (contents title, or header + number). */
  titleZh: z.string().min(1),
  /** The gazette's own English title from the English contents, verbatim, when there is one. */
  titleEn: z.string().nullable(),
  /** Subject line printed under the number (关于…的公告), if any. */
  subject: z.string().nullable(),
  signingDates: z.array(isoDateSchema),
  sourceNote: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  /** Page in the printed issue, from the contents. */
  page: z.number().int().positive().nullable(),
  lines: lineSpanSchema,
  blocks: z.array(blockSchema).min(1),
});
export type Notice = z.infer<typeof noticeSchema>;

export const contentsEntrySchema = z.object({
  position: z.number().int().positive(),
  titleZh: z.string().min(1),
  titleEn: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  lineZh: z.number().int().positive(),
  lineEn: z.number().int().positive().nullable(),
  noticeId: noticeIdSchema,
});

export const standardSchema = z.object({
  noticeId: noticeIdSchema,
  blockId: blockIdSchema,
  row: z.number().int().positive(),
  seq: z.number().int().positive(),
  code: z.string().min(1),
  codeNormalized: z.string().regex(/^[A-Z]+(?:\/[A-Z])? \d+(?:\.\d+)?-\d{4}$/),
  nameZh: z.string().min(1),
  effectiveDateText: z.string().min(1),
  effectiveDate: isoDateSchema,
  line: z.number().int().positive(),
});
export type Standard = z.infer<typeof standardSchema>;

export const licenceKindSchema = z.enum([
  "product-oil-wholesale",
  "product-oil-storage",
  "crude-oil-wholesale",
  "crude-oil-storage",
]);
/** grant 赋予; cancel 注销/取消 (Administrative Licensing Law Art. 70); revoke 撤销/吊销 (Art. 69, penalties). */
export const licenceActionSchema = z.enum(["grant", "cancel", "revoke"]);

export const licensingDecisionSchema = z.object({
  noticeId: noticeIdSchema,
  blockId: blockIdSchema,
  seq: z.number().int().positive(),
  company: z.string().min(2),
  licenceKind: licenceKindSchema,
  action: licenceActionSchema,
  line: z.number().int().positive(),
});
export type LicensingDecision = z.infer<typeof licensingDecisionSchema>;

export const outlineEntrySchema = z.object({
  seq: z.number().int().positive(),
  level: z.number().int().min(1).max(2),
  numbering: z.string().nullable(),
  title: z.string().min(1),
  page: z.number().int().positive().nullable(),
  line: z.number().int().positive(),
  /** The heading in the body this entry points to. */
  blockId: blockIdSchema.nullable(),
});

export const planTargetSchema = z.object({
  seq: z.number().int().positive(),
  /** What is measured (subject of the clause, carried over from the previous clause when elided). */
  measure: z.string().min(1),
  value: z.number(),
  /** Upper end of a range (1-2家), else null. */
  valueMax: z.number().nullable(),
  unit: z.string().min(1),
  comparator: z.enum(["approx", "at-least", "more-than", "equal"]),
  targetYear: z.number().int(),
  /** The clause as printed. */
  clause: z.string().min(1),
  /** The heading lead of the paragraph (产业规模进一步扩大). */
  goal: z.string().nullable(),
  blockId: blockIdSchema,
  line: z.number().int().positive(),
});
export type PlanTarget = z.infer<typeof planTargetSchema>;

export const glossaryEntrySchema = z.object({
  seq: z.number().int().positive(),
  numbering: z.string().min(1),
  term: z.string().min(1),
  headingBlockId: blockIdSchema,
  /** Every block of the entry after its heading (paragraphs, sub-headings, tables). */
  blockIds: z.array(blockIdSchema),
});

export const planSchema = z.object({
  noticeId: noticeIdSchema,
  titleZh: z.string().min(1),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  outline: z.array(outlineEntrySchema),
  targets: z.array(planTargetSchema),
  cities: z.array(z.object({ seq: z.number().int().positive(), name: z.string().min(1), blockId: blockIdSchema })),
  glossary: z.array(glossaryEntrySchema),
});
export type Plan = z.infer<typeof planSchema>;

export const warningSchema = z.object({
  line: z.number().int().positive().nullable(),
  code: z.enum([
    "unmapped-line",
    "contents-mismatch",
    "english-contents-discrepancy",
    "stray-latin-word",
    "unknown-issuer",
    "count-mismatch",
    "outline-mismatch",
  ]),
  message: z.string().min(1),
});
export type ParseWarning = z.infer<typeof warningSchema>;

export const coverageSchema = z.object({
  /** Non-blank source lines. */
  sourceLines: z.number().int().nonnegative(),
  mappedLines: z.number().int().nonnegative(),
  unmappedLines: z.array(z.number().int().positive()),
  ratio: z.number().min(0).max(1),
});

export const issueMetaSchema = z.object({
  /** 2013-11: year and number, the issue's public key. */
  slug: issueSlugSchema,
  year: z.number().int(),
  number: z.number().int().positive(),
  series: z.number().int().positive(),
  publishedOn: isoDateSchema,
  titleZh: z.string().min(1),
  titleEn: z.string().min(1),
  publisherZh: z.string().min(1),
  publisherEn: z.string().nullable(),
  supervisorZh: z.string().nullable(),
  website: z.string().nullable(),
});

/** Front matter and back matter lines that are not notices (cover lines, the gazette's own 简介). */
export const matterSchema = z.object({
  lines: lineSpanSchema,
  text: z.string().min(1),
  role: z.string().min(1),
});

export const parsedIssueSchema = z.object({
  issue: issueMetaSchema,
  contents: z.array(contentsEntrySchema).min(1),
  notices: z.array(noticeSchema).min(1),
  standards: z.array(standardSchema),
  licensingDecisions: z.array(licensingDecisionSchema),
  plans: z.array(planSchema),
  frontMatter: z.array(matterSchema),
  backMatter: z.array(matterSchema),
  coverage: coverageSchema,
  warnings: z.array(warningSchema),
});
export type ParsedIssue = z.infer<typeof parsedIssueSchema>;

export const parsedNoticeSchema = z.object({
  notice: noticeSchema,
  standards: z.array(standardSchema),
  licensingDecisions: z.array(licensingDecisionSchema),
  coverage: coverageSchema,
  warnings: z.array(warningSchema),
});
export type ParsedNotice = z.infer<typeof parsedNoticeSchema>;
