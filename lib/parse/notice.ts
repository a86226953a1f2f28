import type { Block, Notice } from "../schema/parsed-issue.ts";
import { segment, type Segmented, type TocEntry } from "./blocks.ts";
import { ParseError } from "./errors.ts";
import { matchIssuers, type MatchedIssuer } from "./issuers.ts";
import { compactChinese, parseChineseNumber, type SourceLine } from "./text.ts";

/**
 * One notice: header (issuers + 公告, or a circular's 关于…的通知 title), number or document number,
 * optional subject line, then the body blocks. Shared by the whole-issue parser and the standalone
 * `--notice` parser so a notice copied from elsewhere parses exactly like one in the gazette.
 */

const ANNOUNCEMENT_NUMBER = /^([0-9〇一二三四五六七八九]{4})\s*年\s*第\s*([0-9一二三四五六七八九十百]+)\s*号$/;
// 商服贸发〔2012〕431号, 商服贸发[2012]431号, (ASCII brackets after width folding)
const DOCUMENT_NUMBER = /^([\u4e00-\u9fff]{1,12})\s*[〔[(【]\s*(\d{4})\s*[〕\])】]\s*(\d+)\s*号$/;
const SUBJECT = /^关于.{2,80}(公告|通知|决定|通告)$/;

export type NoticeHeader = {
  kind: Notice["kind"];
  issuers: MatchedIssuer[];
  /** Number printed on the header line itself (中华人民共和国商务部公告2013年第3号). */
  inlineNumber: string | null;
};

/** Recognises a notice's first line; null when the line is not a notice header. */
export function readNoticeHeader(norm: string): NoticeHeader | null {
  const m = matchIssuers(norm);
  if (!m) return null;
  const rest = m.rest.replace(/\s+/g, "");
  const announcement = /^公告((?:[0-9〇一二三四五六七八九]{4})年第[0-9一二三四五六七八九十百]+号)?$/.exec(rest);
  if (announcement) return { kind: "announcement", issuers: m.issuers, inlineNumber: announcement[1] ?? null };
  if (/^关于.+的?通知$/.test(rest) && !/[。；]/.test(rest)) return { kind: "circular", issuers: m.issuers, inlineNumber: null };
  return null;
}

function parseNumber(norm: string, line: number): Notice["number"] {
  const m = ANNOUNCEMENT_NUMBER.exec(compactChinese(norm));
  if (!m?.[1] || !m[2]) return null;
  const year = /^\d{4}$/.test(m[1]) ? Number(m[1]) : Number([...m[1]].map((c) => "〇一二三四五六七八九".indexOf(c)).join(""));
  const number = parseChineseNumber(m[2]);
  if (number === null || number < 1) return null;
  return { year, number, text: "", line };
}

function parseDocumentNumber(line: SourceLine): Notice["documentNumber"] {
  const m = DOCUMENT_NUMBER.exec(line.norm);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return {
    text: line.text,
    normalized: `${m[1]}〔${m[2]}〕${m[3]}号`,
    prefix: m[1],
    year: Number(m[2]),
    number: Number(m[3]),
    line: line.no,
  };
}

export type NoticeDraft = {
  notice: Omit<Notice, "position" | "titleEn" | "page" | "titleZh"> & { titleZh: string };
  segmented: Segmented;
  toc: TocEntry[];
};

/** Builds the stable id: issuer codes, year, number (mofcom-gacc-2013-2, mofcom-ndrc-2012-431). */
export function noticeId(codes: readonly string[], year: number | null, number: number | null, fallback: string): string {
  const unique = [...new Set(codes)];
  return year !== null && number !== null ? `${unique.join("-")}-${year}-${number}` : fallback;
}

/**
 * Parses the lines of one notice. `lines` starts at the header line; `fallbackId` is used when the
 * notice carries neither an announcement number nor a document number.
 */
export function parseNoticeLines(lines: readonly SourceLine[], file: string, fallbackId: string): NoticeDraft {
  const nonBlank = lines.filter((l) => l.norm !== "");
  const first = nonBlank[0];
  if (!first) throw new ParseError(file, lines[0]?.no ?? 1, "expected a notice, found only blank lines");
  const claims = new Map<number, string>();
  let header = readNoticeHeader(first.norm);
  let headerLines = [first];
  // A circular's title can wrap: 商务部 发展改革委关于印发 / 《…》的通知
  if (!header && nonBlank[1] && !/[。；]$/.test(first.norm)) {
    const joined = `${first.norm}${nonBlank[1].norm}`;
    const h = readNoticeHeader(joined);
    if (h?.kind === "circular") {
      header = h;
      headerLines = [first, nonBlank[1]];
    }
  }
  if (!header) {
    throw new ParseError(
      file,
      first.no,
      `expected a notice title line (issuing body followed by 公告, or "…关于…的通知"), found "${first.text.slice(0, 40)}"`,
    );
  }
  for (const l of headerLines) claims.set(l.no, "header");

  let cursor = headerLines.length;
  let number: Notice["number"] = null;
  let documentNumber: Notice["documentNumber"] = null;
  if (header.inlineNumber) {
    const n = parseNumber(header.inlineNumber, first.no);
    if (n) number = { ...n, text: header.inlineNumber };
  }
  const numberLine = nonBlank[cursor];
  if (!number && numberLine) {
    const n = parseNumber(numberLine.norm, numberLine.no);
    if (n) {
      number = { ...n, text: numberLine.text };
      claims.set(numberLine.no, "number");
      cursor++;
    } else {
      documentNumber = parseDocumentNumber(numberLine);
      if (documentNumber) {
        claims.set(numberLine.no, "document-number");
        cursor++;
      }
    }
  }
  if (header.kind === "announcement" && !number) {
    const at = numberLine ?? first;
    throw new ParseError(file, at.no, `expected the announcement number after the title (e.g. "2013年 第1号"), found "${at.text.slice(0, 40)}"`);
  }
  let subject: string | null = null;
  const subjectLine = nonBlank[cursor];
  if (subjectLine && SUBJECT.test(compactChinese(subjectLine.norm))) {
    subject = subjectLine.text;
    claims.set(subjectLine.no, "subject");
    cursor++;
  }

  const bodyStartNo = nonBlank[cursor]?.no;
  const body = bodyStartNo === undefined ? [] : lines.filter((l) => l.no >= bodyStartNo);
  let n = 0;
  const segmented = segment(body, { nextId: () => `p-${++n}` });
  for (const [line, owner] of segmented.claims) claims.set(line, owner);
  if (segmented.blocks.length === 0) {
    const at = nonBlank[nonBlank.length - 1] ?? first;
    throw new ParseError(file, at.no, "expected the body of the notice after its title and number, found nothing");
  }

  const codes = header.issuers.map((i) => i.info.code);
  const year = number?.year ?? documentNumber?.year ?? null;
  const num = number?.number ?? documentNumber?.number ?? null;
  const signatures = segmented.blocks.filter((b): b is Extract<Block, { kind: "signature" }> => b.kind === "signature");
  const sourceNote = segmented.sourceNotes[0];
  const headerText = headerLines.map((l) => l.text).join("");
  const titleZh = compactChinese(
    header.kind === "circular" ? headerText : `${headerText}${number ? number.text : ""}`,
  );
  const lastLine = lines[lines.length - 1] ?? first;
  const attachmentHeadings = segmented.blocks.filter((b) => b.kind === "heading" && /^附\s*件/.test(b.text));

  return {
    notice: {
      id: noticeId(codes, year, num, fallbackId),
      kind: header.kind,
      issuers: header.issuers.map((i) => ({
        code: i.info.code,
        abbr: i.info.abbr,
        printed: i.printed,
        nameZh: i.info.nameZh,
        nameEn: i.info.nameEn,
      })),
      number,
      documentNumber,
      headerText,
      titleZh,
      subject,
      signingDates: signatures.flatMap((s) => (s.date ? [s.date] : [])),
      sourceNote: sourceNote ? sourceNote.text.replace(/^[(（]\s*稿件来源\s*[:：]\s*/, "").replace(/\s*[)）]$/, "") : null,
      attachments: segmented.attachmentRefs.map((ref, k) => ({
        title: ref.title,
        blockId: attachmentHeadings[k]?.id ?? null,
        line: ref.line,
      })),
      lines: { start: first.no, end: lastLine.no },
      blocks: segmented.blocks,
    },
    segmented: { ...segmented, claims },
    toc: segmented.toc,
  };
}
