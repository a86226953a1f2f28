import type { Block, ParsedIssue } from "@/lib/schema/parsed-issue";
import type { BlockDto, Bilingual, IssueDto, IssuerDto, NoticeDto, NoticeLink } from "./dto";

/**
 * ParsedIssue (the parser's output) → the DTOs pages render. Pure, so the in-memory source and tests
 * share it. English comes from `english(line)`: the translation for the block that starts on that
 * source line, or null when there is none.
 */
export type EnglishLookup = {
  text(line: number | null | undefined): string | null;
  cells(line: number | null | undefined): string[] | null;
};

export const noEnglish: EnglishLookup = { text: () => null, cells: () => null };

export function mapParsedIssue(
  parsed: ParsedIssue,
  english: EnglishLookup,
  sourceLines: readonly string[],
): { issue: IssueDto; notices: NoticeDto[] } {
  const meta = parsed.issue;
  const issueRef = {
    slug: meta.slug,
    year: meta.year,
    number: meta.number,
    series: meta.series,
    publishedOn: meta.publishedOn,
  };
  const ordered = [...parsed.notices].sort((a, b) => a.position - b.position);
  const links: NoticeLink[] = ordered.map((n) => ({ id: n.id, titleZh: n.titleZh, titleEn: n.titleEn }));

  const issue: IssueDto = {
    ...issueRef,
    titleZh: meta.titleZh,
    titleEn: meta.titleEn,
    publisherZh: meta.publisherZh,
    publisherEn: meta.publisherEn,
    supervisorZh: meta.supervisorZh,
    website: meta.website,
    contents: [...parsed.contents]
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ position: c.position, noticeId: c.noticeId, titleZh: c.titleZh, titleEn: c.titleEn, page: c.page })),
  };

  const bi = (zh: string, line: number | null | undefined): Bilingual => ({ zh, en: english.text(line) });

  // Subject lines and source notes carry no line number in the parsed shape; find the printed line
  // inside the notice so their translations (keyed by line) can be found.
  const lineWithin = (text: string, start: number, end: number): number | null => {
    const want = text.replace(/\s+/g, "");
    for (let line = start; line <= end; line++) {
      const got = (sourceLines[line - 1] ?? "").replace(/\s+/g, "");
      if (got !== "" && (got === want || got.includes(want))) return line;
    }
    return null;
  };

  const notices = ordered.map((notice, index): NoticeDto => {
    const { start, end } = notice.lines;
    const issuers: IssuerDto[] = notice.issuers.map((i) => ({
      code: i.code,
      abbrEn: i.abbr,
      shortZh: i.nameZh.replace(/^中华人民共和国/, ""),
      nameZh: i.nameZh,
      nameEn: i.nameEn,
    }));
    return {
      id: notice.id,
      issue: issueRef,
      position: notice.position,
      kind: notice.kind,
      issuers,
      number: notice.number
        ? { year: notice.number.year, number: notice.number.number, text: bi(notice.number.text, notice.number.line) }
        : null,
      documentNumber: notice.documentNumber ? bi(notice.documentNumber.text, notice.documentNumber.line) : null,
      headerText: bi(notice.headerText, start),
      titleZh: notice.titleZh,
      titleEn: notice.titleEn ? { text: notice.titleEn, source: "official" } : null,
      subject: notice.subject ? bi(notice.subject, lineWithin(notice.subject, start, end)) : null,
      signingDates: notice.signingDates,
      sourceNote: notice.sourceNote ? bi(notice.sourceNote, lineWithin(notice.sourceNote, start, end)) : null,
      attachments: notice.attachments.map((a) => ({ title: bi(a.title, a.line), blockId: a.blockId })),
      page: notice.page,
      blocks: notice.blocks.map((block) => mapBlock(block, english)),
      prev: links[index - 1] ?? null,
      next: links[index + 1] ?? null,
    };
  });

  return { issue, notices };
}

function blockNumber(id: string): number {
  return Number.parseInt(id.slice(2), 10);
}

function mapBlock(block: Block, english: EnglishLookup): BlockDto {
  const base = { id: block.id, n: blockNumber(block.id) };
  const en = english.text(block.lines.start);
  switch (block.kind) {
    case "heading":
      return { ...base, kind: "heading", level: block.level, text: { zh: headingText(block.text), en } };
    case "paragraph":
      return { ...base, kind: "paragraph", level: 0, text: { zh: block.text, en } };
    case "list-item":
      return { ...base, kind: "list-item", level: 0, text: { zh: block.text, en } };
    case "signature":
      return { ...base, kind: "signature", signers: block.signers, dateText: block.dateText, date: block.date, en };
    case "table": {
      const row = (clean: string[], line: number) => {
        const cellsEn = english.cells(line);
        return clean.map((zh, i) => ({ zh, en: cellsEn?.[i] ?? null }));
      };
      return {
        ...base,
        kind: "table",
        caption: block.caption ? { zh: block.caption, en: english.text(block.captionLine) } : null,
        header: row(block.header.clean, block.header.lines.start),
        rows: block.rows.map((r) => row(r.clean, r.lines.start)),
      };
    }
  }
}

/**
 * Headings as printed, minus the PDF's letter-spacing between CJK characters (前 言 → 前言, 附 件 →
 * 附件). `title` would be tidier but drops the printed numbering's brackets and a second line such as
 * the plan's "(2011-2015)", which a reader citing the text needs to see.
 */
function headingText(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff])[ \t\u3000]+(?=[\u3400-\u9fff])/gu, "");
}
