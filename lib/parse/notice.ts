import type { Block, Notice, ParseWarning } from "@/lib/schema/parsed-issue";
import { segment, type Segmented, type TocEntry } from "@/lib/parse/blocks";
import { ParseError } from "@/lib/parse/errors";
import { matchIssuers, pinyinInitials, type MatchedIssuer } from "@/lib/parse/issuers";
import { noticeId, parseDocumentNumber, parseNoticeNumber, splitIssuerRun } from "@/lib/parse/numbers";
import { extractReferences } from "@/lib/parse/references";
import { compactChinese, foldForMatching, stripPinyinGlosses, type SourceLine } from "@/lib/parse/text";

/**
 * One notice: header (issuers + 公告, or a circular's 关于…的通知 title), number or document number,
 * optional subject line, then the body blocks. Shared by the whole-issue parser and the standalone
 * `--notice` parser so a notice copied from elsewhere parses exactly like one in the gazette.
 */

const SUBJECT = /^关于.{2,80}(公告|通知|决定|通告)$/;
// A news report about a notice speaks of it from outside: 记者从商务部获悉, 据悉, 本报讯, 新华社.
const NEWS_REPORT = /记者|获悉|据悉|据了解|本报讯|新华社|报道称|[日近]前[,，]?\S{0,12}(发布|出台|印发)了?/;

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

export type NoticeDraft = {
  notice: Omit<Notice, "position" | "titleEn" | "page" | "titleZh"> & { titleZh: string };
  segmented: Segmented;
  toc: TocEntry[];
  /** Warnings about this notice (unregistered issuer, table totals, collapsed dates …). */
  warnings: ParseWarning[];
};

/** What the lines before the body say: the notice's identity as printed. */
export type NoticeFront = {
  kind: Notice["kind"];
  /** Empty when no title names the issuers (then the signature or the body does). */
  issuers: MatchedIssuer[];
  number: Notice["number"];
  documentNumber: Notice["documentNumber"];
  /** Printed header/title lines; null when the text has no title. */
  headerText: string | null;
  /** Readable title from the printed title, null when there is none (then it is derived). */
  titleZh: string | null;
  subject: string | null;
  /** Index in `lines` where the body starts. */
  bodyStart: number;
  claims: Map<number, string>;
  /** First line of the notice (for the line span and errors). */
  first: SourceLine;
};

/**
 * The gazette's header: issuers + 公告 (number on the same or the next line), or a circular's
 * 关于…的通知 title (possibly wrapped onto two lines), then the number or 文号, then a subject line.
 */
export function readGazetteFront(lines: readonly SourceLine[], file: string): NoticeFront {
  const nonBlank = lines.filter((l) => l.norm !== "");
  const first = nonBlank[0];
  if (!first) throw new ParseError(file, lines[0]?.no ?? 1, "expected a notice, found only blank lines");
  const claims = new Map<number, string>();
  let header = readNoticeHeader(first.norm);
  let headerLines = [first];
  // A circular's title can wrap: 商务部 发展改革委关于印发 / 《…》的通知
  if (!header && nonBlank[1] && !/[。；]$/.test(first.norm)) {
    const h = readNoticeHeader(`${first.norm}${nonBlank[1].norm}`);
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
  let number: Notice["number"] = header.inlineNumber ? parseNoticeNumber(header.inlineNumber, first.no) : null;
  let documentNumber: Notice["documentNumber"] = null;
  const numberLine = nonBlank[cursor];
  if (!number && numberLine) {
    number = parseNoticeNumber(numberLine.norm, numberLine.no);
    if (number) {
      number = { ...number, text: numberLine.text };
      claims.set(numberLine.no, "number");
      cursor++;
    } else {
      documentNumber = parseDocumentNumber(numberLine.norm, numberLine.text, numberLine.no);
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
  const headerText = headerLines.map((l) => l.text).join("");
  const bodyLine = nonBlank[cursor];
  return {
    kind: header.kind,
    issuers: header.issuers,
    number,
    documentNumber,
    headerText,
    titleZh: stripPinyinGlosses(compactChinese(header.kind === "circular" ? headerText : `${headerText}${number ? number.text : ""}`)),
    subject,
    bodyStart: bodyLine ? lines.indexOf(bodyLine) : lines.length,
    claims,
    first,
  };
}

/**
 * Parses the lines of one notice from the gazette. `lines` starts at the header line; `fallbackId`
 * is used when the notice carries neither an announcement number nor a document number.
 */
export function parseNoticeLines(lines: readonly SourceLine[], file: string, fallbackId: string): NoticeDraft {
  return assembleNotice(readGazetteFront(lines, file), lines, file, { fallbackId, sourceMetadata: [] });
}

type Signature = Extract<Block, { kind: "signature" }>;

/** Issuers when no title names them: the signature's bodies, else the body that decides or announces in the first paragraph. */
function issuersFromText(blocks: readonly Block[]): { issuers: MatchedIssuer[]; from: "signature" | "body" } | null {
  const signers = blocks.filter((b): b is Signature => b.kind === "signature").flatMap((s) => s.signers);
  const fromSignature = signers.flatMap((s) => splitIssuerRun(foldForMatching(s)).map((i) => ({ ...i, printed: i.printed })));
  if (fromSignature.length) return { issuers: fromSignature, from: "signature" };
  const firstText = blocks.find((b) => b.kind === "paragraph")?.text ?? "";
  const m = /(?:^|[，,。；;、])\s*([^，,。；;、《》()（）]{2,30}?)(?:决定|批准|现将|现就|公告如下)/.exec(foldForMatching(firstText));
  const run = m?.[1] ? splitIssuerRun(m[1]) : [];
  const registered = run.filter((i) => i.info.registered !== false);
  return registered.length ? { issuers: registered, from: "body" } : null;
}

export type AssembleOptions = {
  fallbackId: string | null;
  sourceMetadata: Notice["sourceMetadata"];
};

/** Front + body lines → the notice: blocks, issuers, id, title, dates, attachments, references. */
export function assembleNotice(front: NoticeFront, lines: readonly SourceLine[], file: string, options: AssembleOptions): NoticeDraft {
  const warnings: ParseWarning[] = [];
  const claims = new Map(front.claims);
  let n = 0;
  const segmented = segment(lines.slice(front.bodyStart), { nextId: () => `p-${++n}`, warnings });
  for (const [line, owner] of segmented.claims) claims.set(line, owner);
  const nonBlank = lines.filter((l) => l.norm !== "");
  if (segmented.blocks.length === 0) {
    const at = nonBlank[nonBlank.length - 1] ?? front.first;
    throw new ParseError(file, at.no, "expected the body of the notice after its title and number, found nothing");
  }
  const signatures = segmented.blocks.filter((b): b is Signature => b.kind === "signature");
  const signingDates = signatures.flatMap((s) => (s.date ? [s.date] : []));
  // No title, no number or 文号 and no signature: a news report about a notice, an association's
  // page. Say so rather than invent a notice.
  const opening = segmented.blocks.slice(0, 3).map((b) => foldForMatching(b.text)).join("");
  const unnumbered = !front.number && !front.documentNumber && signatures.length === 0;
  if (unnumbered && (front.titleZh === null || NEWS_REPORT.test(opening))) {
    throw new ParseError(
      file,
      front.first.no,
      `expected a notice title line (issuing body followed by 公告, or "…关于…的通知"), a number, a 文号 or a signature; found none, so this reads as a report or web page, not a notice: "${front.first.text.slice(0, 40)}"`,
    );
  }
  const found = front.issuers.length ? { issuers: front.issuers, from: "title" as const } : issuersFromText(segmented.blocks);
  const issuers = found?.issuers ?? [];
  for (const i of issuers) {
    if (i.info.registered === false) {
      warnings.push({ line: front.first.no, code: "unknown-issuer", message: `issuer "${i.printed}" is not registered in lib/parse/issuers.ts: printed name kept, code "${i.info.code}" derived from it` });
    }
  }
  const identity = identify(front, issuers, signingDates, options.fallbackId, file);
  if (identity.warning) warnings.push({ line: front.first.no, code: "derived-id", message: identity.warning });
  const title = front.titleZh ?? deriveTitle(front, issuers, signingDates, segmented.blocks);
  if (front.titleZh === null) warnings.push({ line: front.first.no, code: "derived-title", message: `no title printed: title "${title}" derived` });
  const sourceNote = segmented.sourceNotes[0];
  const attachmentHeadings = segmented.blocks.filter((b) => b.kind === "heading" && /^附\s*件/.test(b.text));
  const lastLine = lines[lines.length - 1] ?? front.first;
  const references = extractReferences(segmented.blocks, lines, identity.id);
  return {
    notice: {
      id: identity.id,
      kind: front.kind,
      issuers: issuers.map((i) => ({
        code: i.info.code, abbr: i.info.abbr, printed: i.printed, nameZh: i.info.nameZh, nameEn: i.info.nameEn, registered: i.info.registered !== false,
      })),
      number: front.number,
      documentNumber: front.documentNumber,
      headerText: front.headerText ?? title,
      titleZh: title,
      titleDerived: front.titleZh === null,
      subject: front.subject,
      signingDates,
      sourceNote: sourceNote ? sourceNote.text.replace(/^[(（]\s*稿件来源\s*[:：]\s*/, "").replace(/\s*[)）]$/, "") : null,
      attachments: segmented.attachmentRefs.map((ref, k) => ({ title: ref.title, blockId: attachmentHeadings[k]?.id ?? null, line: ref.line })),
      lines: { start: front.first.no, end: lastLine.no },
      blocks: segmented.blocks,
      references,
      sourceMetadata: options.sourceMetadata,
    },
    segmented: { ...segmented, claims },
    toc: segmented.toc,
    warnings,
  };
}

/**
 * The notice id, in this order: issuer codes + year + number when numbered (mofcom-gacc-2013-2);
 * else issuer codes + the 文号's year and number (mofcom-ndrc-2012-431); else issuer codes + the
 * signing date (mofcom-gacc-20130107); else the caller's fallback (an issue position); else an error
 * saying what is missing.
 */
function identify(front: NoticeFront, issuers: readonly MatchedIssuer[], signingDates: readonly string[], fallbackId: string | null, file: string): { id: string; warning: string | null } {
  const codes = issuers.map((i) => i.info.code);
  const numbered = front.number ?? front.documentNumber;
  if (numbered && codes.length) return { id: noticeId(codes, numbered.year, numbered.number, ""), warning: null };
  if (fallbackId !== null) return { id: noticeId(codes, numbered?.year ?? null, numbered?.number ?? null, fallbackId), warning: null };
  const date = signingDates[0];
  if (codes.length && date) {
    return { id: `${[...new Set(codes)].join("-")}-${date.replace(/-/g, "")}`, warning: `no number or 文号 printed: id made from the issuers and the signing date ${date}` };
  }
  // A printed title alone (an attached 办法 copied without its notice) still names the text.
  if (front.titleZh !== null) {
    const prefix = [...new Set(codes)].join("-");
    const subject = issuers.reduce((t, i) => t.replace(i.printed, ""), front.titleZh);
    return { id: `${prefix ? `${prefix}-` : ""}t-${pinyinInitials(subject)}`, warning: `no number, 文号 or signing date printed: id made from the issuers and the printed title` };
  }
  const missing = [codes.length ? null : "issuing body", numbered ? null : "number or 文号", date ? null : "signing date"].filter(Boolean).join(", ");
  throw new ParseError(file, front.first.no, `cannot identify the notice: no ${missing} printed (an id needs issuers + number, issuers + 文号, or issuers + signing date)`);
}

/** A title for a text that prints none: issuers + 公告 + number, the 关于…的通知 subject, or issuers + date. */
function deriveTitle(front: NoticeFront, issuers: readonly MatchedIssuer[], signingDates: readonly string[], blocks: readonly Block[]): string {
  const names = issuers.map((i) => i.info.nameZh).join(" ");
  const kindWord = front.kind === "circular" ? "通知" : "公告";
  if (front.number) return `${names}${kindWord}${front.number.year}年第${front.number.number}号`;
  if (front.documentNumber) return `${names}${kindWord}（${front.documentNumber.normalized}）`;
  const subject = blocks.map((b) => /关于[^，。；]{2,60}?的(?:通知|公告|决定)/.exec(foldForMatching(b.text))?.[0]).find(Boolean);
  if (subject) return `${names}${subject}`;
  const date = signingDates[0];
  return `${names}${kindWord}${date ? `（${date}）` : ""}` || kindWord;
}
