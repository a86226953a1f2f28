import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { englishNumberDiscrepancy } from "@/lib/parse/english-contents";
import type { BlockDto, IssueDto, IssueRef, NoticeDto, NoticeLink, TextBlockDto } from "@/lib/data/dto";
import { citedBy, referenceLinks } from "@/lib/data/references";
import { shortIssuerNames } from "@/lib/data/issuers";
import { issueRefSelect } from "@/lib/data/issue-ref-select";
import { otherTitleSchema } from "@/lib/schema/other-title";

/**
 * The database behind the pages: narrow selects (only the columns a page shows), mapped to
 * DTO-shaped objects that lib/data/archive.ts validates before any page sees them. Json columns are
 * parsed with zod here, so a malformed row fails loudly at build time instead of rendering a
 * half-empty table.
 */


const stringArray = z.array(z.string());
const tableRowJson = z.object({ clean: z.array(z.string()), lines: z.object({ start: z.number() }) });
const nullableJson = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

/**
 * When the issue's source text was last corrected: the latest IssueRevision whose source hash
 * changed (a re-ingest after a parser or translation change alone is not a correction of the issue).
 */
async function correctedOn(slug: string): Promise<string | null> {
  const revisions = await getDb().issueRevision.findMany({
    where: { slug },
    select: { replacedAt: true, sourceSha256: true, previousSourceSha256: true },
    orderBy: { replacedAt: "desc" },
  });
  const latest = revisions.find((r) => r.sourceSha256 !== r.previousSourceSha256);
  return latest ? latest.replacedAt.toISOString().slice(0, 10) : null;
}

export const prismaSource = {
  async listIssues(): Promise<IssueRef[]> {
    return getDb().issue.findMany({ select: issueRefSelect, orderBy: [{ year: "desc" }, { number: "desc" }] });
  },

  async getIssue(slug: string): Promise<IssueDto | null> {
    const row = await getDb().issue.findUnique({
      where: { slug },
      select: {
        ...issueRefSelect,
        titleZh: true,
        titleEn: true,
        publisherZh: true,
        publisherEn: true,
        supervisorZh: true,
        website: true,
        contents: {
          orderBy: { position: "asc" },
          select: { position: true, noticeId: true, titleZh: true, titleEnOfficial: true, page: true },
        },
      },
    });
    if (!row) return null;
    const { contents, ...issue } = row;
    return {
      ...issue,
      correctedOn: await correctedOn(slug),
      contents: contents.map(({ titleEnOfficial, ...entry }) => ({ ...entry, titleEn: titleEnOfficial })),
    };
  },

  async findIssueBySeries(series: number): Promise<IssueRef | null> {
    return getDb().issue.findFirst({ where: { series }, select: issueRefSelect });
  },

  async listNoticeIds(): Promise<string[]> {
    const rows = await getDb().notice.findMany({
      select: { id: true },
      orderBy: [{ issue: { year: "desc" } }, { issue: { number: "desc" } }, { position: "asc" }],
    });
    return rows.map((r) => r.id);
  },

  async getNotice(id: string): Promise<NoticeDto | null> {
    const row = await getDb().notice.findUnique({ where: { id }, select: noticeSelect });
    if (!row) return null;
    const blockLinks = await referenceLinks(row.id, row.references);
    const citing = await citedBy({ id: row.id, docNumberNormalized: row.docNumberNormalized });
    return toNoticeDto(row, blockLinks, citing);
  },
};

const noticeSelect = {
  id: true,
  position: true,
  kind: true,
  numberYear: true,
  numberNo: true,
  numberText: true,
  docNumberText: true,
  docNumberNormalized: true,
  references: { orderBy: { seq: "asc" }, select: { kind: true, printed: true, target: true, blockId: true } },
  headerText: true,
  headerTextEn: true,
  titleZh: true,
  titleEnOfficial: true,
  titleEnTranslated: true,
  otherTitlesEn: true,
  subject: true,
  subjectEn: true,
  signingDates: true,
  sourceNote: true,
  sourceNoteEn: true,
  page: true,
  issue: {
    select: {
      ...issueRefSelect,
      notices: {
        orderBy: { position: "asc" },
        select: { id: true, titleZh: true, titleEnOfficial: true, titleEnTranslated: true },
      },
    },
  },
  issuers: { orderBy: { order: "asc" }, select: { issuer: { select: { code: true, abbr: true, nameZh: true, nameEn: true } } } },
  attachments: { orderBy: { order: "asc" }, select: { title: true, titleEn: true, blockId: true } },
  blocks: {
    orderBy: { order: "asc" },
    select: {
      blockId: true,
      kind: true,
      level: true,
      text: true,
      textEn: true,
      caption: true,
      captionEn: true,
      tableHeader: true,
      tableRows: true,
      tableHeaderEn: true,
      tableRowsEn: true,
      signers: true,
      signDateText: true,
      signDate: true,
    },
  },
} satisfies Prisma.NoticeSelect;

type NoticeRow = Prisma.NoticeGetPayload<{ select: typeof noticeSelect }>;

function toNoticeDto(
  row: NoticeRow,
  blockLinks: Awaited<ReturnType<typeof referenceLinks>>,
  citing: Awaited<ReturnType<typeof citedBy>>,
): NoticeDto {
  const { notices, ...issue } = row.issue;
  const links: NoticeLink[] = notices.map((n) => ({ id: n.id, titleZh: n.titleZh, titleEn: englishTitle(n) }));
  const index = links.findIndex((n) => n.id === row.id);
  const official = row.titleEnOfficial;
  const translated = englishTitle({ titleEnOfficial: null, titleEnTranslated: row.titleEnTranslated });
  const headerEn = splitHeaderEn(row.headerTextEn);
  const number =
    row.numberYear !== null && row.numberNo !== null && row.numberText !== null
      ? { year: row.numberYear, number: row.numberNo, text: { zh: row.numberText, en: headerEn.number } }
      : null;
  const discrepancy = official && number ? englishNumberDiscrepancy(official, number) : null;

  return {
    id: row.id,
    issue,
    position: row.position,
    kind: z.enum(["announcement", "circular"]).parse(row.kind),
    issuers: row.issuers.map(({ issuer }) => ({
      code: issuer.code,
      abbrEn: issuer.abbr,
      shortZh: shortIssuerNames(issuer.nameZh, issuer.nameEn).zh,
      nameZh: issuer.nameZh,
      nameEn: issuer.nameEn,
    })),
    number,
    documentNumber: row.docNumberText ? { zh: row.docNumberText, en: headerEn.documentNumber } : null,
    headerText: { zh: row.headerText, en: headerEn.header },
    titleZh: row.titleZh,
    titleEn: official
      ? { text: official, source: "official" }
      : translated
        ? { text: translated, source: "archive" }
        : null,
    officialNumberDiscrepancy: discrepancy ? { printed: discrepancy.printed } : null,
    otherTitlesEn: z.array(otherTitleSchema).parse(row.otherTitlesEn ?? []),
    subject: row.subject ? { zh: row.subject, en: row.subjectEn } : null,
    signingDates: stringArray.parse(row.signingDates),
    sourceNote: row.sourceNote ? { zh: row.sourceNote, en: row.sourceNoteEn } : null,
    attachments: row.attachments.map((a) => ({ title: { zh: a.title, en: a.titleEn }, blockId: a.blockId })),
    page: row.page,
    blocks: row.blocks.map(mapBlock).map((b) => (isTextBlock(b) ? { ...b, links: blockLinks.get(b.id) ?? [] } : b)),
    citedBy: citing,
    prev: links[index - 1] ?? null,
    next: links[index + 1] ?? null,
  };
}

type BlockRow = {
  blockId: string;
  kind: string;
  level: number | null;
  text: string;
  textEn: string | null;
  caption: string | null;
  captionEn: string | null;
  tableHeader: unknown;
  tableRows: unknown;
  tableHeaderEn: unknown;
  tableRowsEn: unknown;
  signers: unknown;
  signDateText: string | null;
  signDate: string | null;
};

function mapBlock(row: BlockRow): BlockDto {
  const base = { id: row.blockId, n: Number.parseInt(row.blockId.slice(2), 10) };
  switch (row.kind) {
    case "heading":
      return { ...base, kind: "heading", level: row.level ?? 1, text: { zh: headingText(row.text), en: row.textEn }, links: [] };
    case "paragraph":
    case "list-item":
      return { ...base, kind: row.kind, level: 0, text: { zh: row.text, en: row.textEn }, links: [] };
    case "signature":
      return {
        ...base,
        kind: "signature",
        signers: stringArray.parse(row.signers),
        dateText: row.signDateText,
        date: row.signDate,
        en: row.textEn,
      };
    case "table": {
      const header = tableRowJson.parse(row.tableHeader);
      const rows = z.array(tableRowJson).parse(row.tableRows);
      const headerEn = nullableJson(stringArray).parse(row.tableHeaderEn ?? null);
      const rowsEn = nullableJson(z.array(nullableJson(stringArray))).parse(row.tableRowsEn ?? null);
      const cells = (clean: string[], en: string[] | null | undefined) =>
        clean.map((zh, i) => ({ zh, en: en?.[i] ?? null }));
      return {
        ...base,
        kind: "table",
        caption: row.caption ? { zh: row.caption, en: row.captionEn } : null,
        header: cells(header.clean, headerEn),
        rows: rows.map((r, i) => cells(r.clean, rowsEn?.[i])),
      };
    }
    default:
      throw new Error(`block ${row.blockId}: unknown kind ${JSON.stringify(row.kind)}`);
  }
}

/**
 * Headings as printed, minus the PDF's letter-spacing between CJK characters (前 言 → 前言, 附 件 →
 * 附件). The parsed `title` would be tidier but drops the printed numbering's brackets and a second
 * line such as the plan's "(2011-2015)", which a reader citing the text needs to see.
 */
function headingText(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\u3400-\u9fff])/gu, "");
}

/** Contents translations carry the printed position and page ("7. Circular … (10)"): not part of a title. */
export function englishTitle(n: { titleEnOfficial: string | null; titleEnTranslated: string | null }): string | null {
  if (n.titleEnOfficial) return n.titleEnOfficial;
  return n.titleEnTranslated?.replace(/^\d+\.\s*/, "").replace(/\s*\(\d+\)$/, "") ?? null;
}

/**
 * The translated header holds every printed header line, one per line: the issuer line, then
 * "No. 3 of 2013" or the romanised document number ("Shang Fu Mao Fa [2012] No. 431"). The DTO keeps
 * them apart, as the Chinese columns are.
 */
function splitHeaderEn(headerEn: string | null) {
  const lines = (headerEn ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
  const number = lines.find((l) => /^No\. \d+ of \d{4}$/.test(l)) ?? null;
  const documentNumber = lines.find((l) => /\[\d{4}\]\s*No\.\s*\d+/.test(l)) ?? null;
  const header = lines.filter((l) => l !== number && l !== documentNumber).join("\n") || null;
  return { header, number, documentNumber };
}

function isTextBlock(block: BlockDto): block is TextBlockDto {
  return block.kind === "heading" || block.kind === "paragraph" || block.kind === "list-item";
}
