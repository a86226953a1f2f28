import type { Block, TableRow } from "../schema/parsed-issue.ts";
import { isIssuerLine, looksLikeBodyName } from "./issuers.ts";
import { compactChinese, findDate, isDateLine, removeCjkSpaces, type SourceLine } from "./text.ts";

/**
 * Turns the body lines of one notice (or of the back matter) into ordered blocks, repairing what PDF
 * extraction broke: paragraphs split by a page break, tables split by a page break with a repeated
 * header row, table cells continued on the next page, stray spaces inside CJK table cells.
 *
 * Every non-blank line is claimed by exactly one block or metadata item (`claims`), so the caller
 * can prove coverage.
 */

export type TocEntry = { level: 1 | 2; numbering: string | null; title: string; page: number | null; line: number };
export type SourceNote = { text: string; line: number };
export type AttachmentRef = { title: string; line: number; blockId: string };

export type Segmented = {
  blocks: Block[];
  toc: TocEntry[];
  sourceNotes: SourceNote[];
  attachmentRefs: AttachmentRef[];
  /** line → what claimed it (block id or metadata name). */
  claims: Map<number, string>;
};

// A line ends a sentence (so a following line starts a new paragraph) when it ends with one of these,
// possibly followed by closing quotes/brackets. Anything else at the end of a line that is followed by
// a page break means the paragraph continues on the next page.
const SENTENCE_END = /[。！？；：!?;:…]["”’」』)）》]*$|[)）>》]$/;
const CN_NUM = "[一二三四五六七八九十]+";
const LEVEL1 = new RegExp(`^(${CN_NUM}、)\\s*`);
const LEVEL2 = new RegExp(`^([(（]${CN_NUM}[)）])\\s*`);
const LIST_ITEM = /^(\d{1,2}[、．]|\d{1,2}\.(?!\d))\s*/;
const DASH_ITEM = /^(——|--)/;
const BULLET = /^([•·●▪])\s*/;
const TOC_LINE = /^(.+?)\s*(?:\t|\.{3,}|…{2,})\s*(\d{1,4})\s*$/;
// A page number continues a number at the end of the previous page (达到 30 | 亿美元).
const NUMBER_CONTINUATION = /^[亿万千百十个%％年月日号元美倍家人项次]/;
const SOURCE_NOTE = /^[(（]\s*稿件来源\s*[:：]\s*(.+?)\s*[)）]$/;
const ATTACHMENT_LABEL = /^附\s*件\s*\d*$/;
const ATTACHMENT_REF = /^附\s*件\s*\d*\s*[:：]\s*(.+)$/;
const CAPTION = /^表\s*\d+/;
const PERIOD_LINE = /^[(（]\s*\d{4}\s*[-—–~～]\s*\d{4}\s*[)）]$/;
const APPENDIX = /^附\s*录/;
// "label: value" lines (主管部门:…, 电话:…, 网址:…) are complete on their own line, whatever they end with.
const FIELD = /^[\u4e00-\u9fffA-Za-z]{2,8}\s*[:：]\s*\S.{0,40}$/;

export function isSentenceEnd(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

function isTableRow(line: SourceLine): boolean {
  return line.raw.includes("\t");
}

function splitCells(line: SourceLine): string[] {
  return line.raw.replace(/\s+$/, "").split("\t").map((c) => c.trim());
}

/** Heading test for numbered lines: short, no clause punctuation inside (一、生产企业布局 / （一）综合实力跻身世界前列。). */
function isShortHeading(rest: string, level: number): boolean {
  const compact = compactChinese(rest);
  if (compact.length === 0 || compact.length > 26) return false;
  const body = level >= 2 ? compact.replace(/[。.]$/, "") : compact;
  return !/[，,；;：:。.！？!?]/.test(body.replace(/\s*\([A-Z]+\)$/, ""));
}

/** An unnumbered line that reads as a title: short and without any punctuation (前 言, 合成氨行业准入条件). */
function isBareTitle(norm: string): boolean {
  const compact = compactChinese(norm);
  return compact.length > 0 && compact.length <= 24 && !/[，,；;：:。！？!?、"“”]/.test(compact) && !/^\d/.test(compact);
}

type Kind =
  | "blank"
  | "table-row"
  | "source-note"
  | "attachment-label"
  | "attachment-ref"
  | "heading1"
  | "heading2"
  | "bullet"
  | "list-item"
  | "numbered"
  | "caption"
  | "appendix"
  | "toc-title"
  | "signature"
  | "field"
  | "text";

function classify(line: SourceLine): Kind {
  const { norm } = line;
  if (norm === "") return "blank";
  if (isTableRow(line)) return "table-row";
  if (SOURCE_NOTE.test(norm)) return "source-note";
  if (ATTACHMENT_LABEL.test(norm)) return "attachment-label";
  if (ATTACHMENT_REF.test(norm)) return "attachment-ref";
  if (compactChinese(norm) === "目录") return "toc-title";
  if (APPENDIX.test(norm)) return "appendix";
  const l1 = LEVEL1.exec(norm);
  if (l1) return isShortHeading(norm.slice(l1[0].length), 1) ? "heading1" : "numbered";
  const l2 = LEVEL2.exec(norm);
  if (l2) return isShortHeading(norm.slice(l2[0].length), 2) ? "heading2" : "numbered";
  if (DASH_ITEM.test(norm)) return "numbered";
  if (LIST_ITEM.test(norm)) return "list-item";
  if (BULLET.test(norm)) return "bullet";
  if (CAPTION.test(norm)) return "caption";
  if (isIssuerLine(norm) || looksLikeBodyName(norm) || isDateLine(norm)) return "signature";
  if (FIELD.test(norm)) return "field";
  return "text";
}

/** Kinds that always start a new unit, so a paragraph never swallows them across a page break. */
const STARTS_UNIT = new Set<Kind>([
  "table-row", "source-note", "attachment-label", "attachment-ref", "heading1", "heading2", "bullet",
  "list-item", "numbered", "caption", "appendix", "toc-title", "signature", "field",
]);

function joinText(a: string, b: string): string {
  // Latin words split by a page break need their space back; Chinese never had one.
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : `${a}${b}`;
}

export type SegmentOptions = {
  /** Called for each block id in reading order (p-1, p-2 …), continuing across calls for one notice. */
  nextId: () => string;
  /** Header cells of tables seen earlier in the same notice (a later one-column table repeats one). */
  knownHeaderCells?: Set<string>;
};

export function segment(lines: readonly SourceLine[], options: SegmentOptions): Segmented {
  const { nextId } = options;
  const knownHeaderCells = options.knownHeaderCells ?? new Set<string>();
  const blocks: Block[] = [];
  const toc: TocEntry[] = [];
  const sourceNotes: SourceNote[] = [];
  const attachmentRefs: AttachmentRef[] = [];
  const claims = new Map<number, string>();
  const kinds = lines.map(classify);

  const claim = (line: SourceLine, owner: string) => {
    if (line.norm !== "") claims.set(line.no, owner);
  };
  const nextNonBlank = (from: number): number => {
    let j = from;
    while (j < lines.length && kinds[j] === "blank") j++;
    return j;
  };
  const at = (i: number): SourceLine => {
    const line = lines[i];
    if (!line) throw new RangeError(`line index ${i} out of range`);
    return line;
  };

  /** A signature: consecutive lines of issuing bodies, optionally ending in a date (or a date alone). */
  const readSignature = (i: number): { end: number; signers: string[]; date: ReturnType<typeof findDate>; dateText: string | null } | null => {
    const signers: string[] = [];
    let j = i;
    while (j < lines.length && kinds[j] === "signature" && !isDateLine(at(j).norm)) {
      signers.push(at(j).text);
      j++;
    }
    let date: ReturnType<typeof findDate> = null;
    let dateText: string | null = null;
    if (j < lines.length && kinds[j] === "signature" && isDateLine(at(j).norm)) {
      date = findDate(at(j).norm);
      dateText = at(j).text;
      j++;
    }
    if (signers.length === 0 && date === null) return null;
    // Issuer names without a date are a signature only at the end of the text (a missing date is
    // recorded as absent, never guessed); elsewhere such a line is a heading or paragraph.
    if (date === null) {
      const after = nextNonBlank(j);
      const tail = lines.slice(after).every((l, k) => ["blank", "source-note", "attachment-label"].includes(kinds[after + k] ?? "blank"));
      if (!tail && kinds[after] !== "attachment-label") return null;
    }
    return { end: j, signers, date, dateText };
  };

  /** Reads a table starting at i (header row), across page breaks; returns the index after it. */
  const readTable = (i: number, caption: Caption | null): number => {
    // The caption was read as a block first; the table takes over its id so ids stay contiguous.
    const id = caption?.id ?? nextId();
    const header = at(i);
    claim(header, id);
    const headerCells = splitCells(header);
    const mkRow = (line: SourceLine, cells: string[]): TableRow => ({
      cells,
      clean: cells.map((c) => removeCjkSpaces(c)),
      lines: { start: line.no, end: line.no },
    });
    const rows: TableRow[] = [];
    const repeated: number[] = [];
    let j = i + 1;
    let end = header.no;
    for (;;) {
      const k = nextNonBlank(j);
      if (k >= lines.length || kinds[k] !== "table-row") break;
      const line = at(k);
      const cells = splitCells(line);
      claim(line, id);
      end = line.no;
      j = k + 1;
      if (cells.join("\t") === headerCells.join("\t")) {
        repeated.push(line.no); // header row repeated after a page break
        continue;
      }
      const prev = rows[rows.length - 1];
      // A row whose first cell is empty continues the previous row's cells (cell broken by a page).
      if (prev && cells[0] === "" && cells.length > 1) {
        const merged = prev.cells.map((c, n) => (cells[n] ? joinText(c, cells[n] ?? "") : c));
        rows[rows.length - 1] = { ...mkRow(line, merged), lines: { start: prev.lines.start, end: line.no } };
        continue;
      }
      rows.push(mkRow(line, cells));
    }
    for (const c of headerCells) knownHeaderCells.add(removeCjkSpaces(c));
    blocks.push({
      id,
      kind: "table",
      lines: { start: caption?.line ?? header.no, end },
      text: [caption?.text, headerCells.join("\t"), ...rows.map((r) => r.cells.join("\t"))].filter(Boolean).join("\n"),
      caption: caption?.text ?? null,
      captionLine: caption?.line ?? null,
      header: mkRow(header, headerCells),
      rows,
      repeatedHeaderLines: repeated,
    });
    return j;
  };

  /** A caption is the line right before a table: 表1: …, a bullet, or a short bare title. */
  type Caption = { text: string; line: number; id: string };
  const takeCaption = (): Caption | null => {
    const last = blocks[blocks.length - 1];
    if (!last || last.lines.start !== last.lines.end) return null;
    const isCaption =
      (last.kind === "paragraph" && last.numbering === null && (CAPTION.test(last.text) || isBareTitle(last.text))) ||
      (last.kind === "heading" && last.level === 3);
    if (!isCaption) return null;
    blocks.pop();
    return { text: last.text, line: last.lines.start, id: last.id };
  };

  let i = 0;
  let afterAttachmentLabel = false;
  while (i < lines.length) {
    const line = at(i);
    const kind = kinds[i];
    if (kind === "blank") {
      i++;
      continue;
    }

    if (kind === "table-row") {
      const caption = takeCaption();
      i = readTable(i, caption);
      continue;
    }

    // A one-column table loses its TAB in extraction: a line repeating a known column header
    // (适用范围), directly followed by its rows, is still a table.
    if (knownHeaderCells.has(compactChinese(line.norm)) && kinds[i + 1] === "text" && at(i + 1).norm !== "") {
      const caption = takeCaption();
      const id = caption?.id ?? nextId();
      claim(line, id);
      const rows: TableRow[] = [];
      let j = i + 1;
      while (j < lines.length && kinds[j] === "text" && at(j).norm !== "") {
        const cell = at(j).text;
        claim(at(j), id);
        rows.push({ cells: [cell], clean: [removeCjkSpaces(cell)], lines: { start: at(j).no, end: at(j).no } });
        j++;
      }
      blocks.push({
        id, kind: "table", lines: { start: caption?.line ?? line.no, end: at(j - 1).no },
        text: [caption?.text, line.text, ...rows.map((r) => r.cells[0])].filter(Boolean).join("\n"),
        caption: caption?.text ?? null, captionLine: caption?.line ?? null,
        header: { cells: [line.text], clean: [removeCjkSpaces(line.text)], lines: { start: line.no, end: line.no } },
        rows, repeatedHeaderLines: [],
      });
      i = j;
      continue;
    }

    if (kind === "source-note") {
      const m = SOURCE_NOTE.exec(line.norm);
      sourceNotes.push({ text: line.text, line: line.no });
      claim(line, `source-note:${m?.[1] ?? ""}`);
      i++;
      continue;
    }

    if (kind === "toc-title") {
      // 目 录 followed by "title<TAB>page" lines: the outline of an attached document.
      claim(line, "toc");
      let j = nextNonBlank(i + 1);
      while (j < lines.length && TOC_LINE.test(at(j).raw.trim())) {
        const m = TOC_LINE.exec(at(j).raw.trim());
        const title = m?.[1] ?? "";
        const page = m?.[2] ? Number(m[2]) : null;
        const norm = compactChinese(title.normalize("NFKC"));
        const l1 = LEVEL1.exec(norm);
        const l2 = LEVEL2.exec(norm);
        const numbering = l1?.[1] ?? l2?.[1] ?? null;
        toc.push({
          level: l2 ? 2 : 1,
          numbering,
          title: norm.slice((l1 ?? l2)?.[0].length ?? 0).replace(/[。.]$/, ""),
          page,
          line: at(j).no,
        });
        claim(at(j), "toc");
        j = nextNonBlank(j + 1);
      }
      i = j;
      continue;
    }

    if (kind === "signature") {
      const sig = readSignature(i);
      if (sig) {
        const id = nextId();
        for (let k = i; k < sig.end; k++) claim(at(k), id);
        blocks.push({
          id, kind: "signature",
          lines: { start: line.no, end: at(sig.end - 1).no },
          text: lines.slice(i, sig.end).map((l) => l.text).join("\n"),
          signers: sig.signers, dateText: sig.dateText, date: sig.date?.iso ?? null,
        });
        i = sig.end;
        continue;
      }
    }

    if (kind === "attachment-label" || kind === "appendix" || kind === "heading1" || kind === "heading2" || kind === "bullet" || (kind === "text" && afterAttachmentLabel)) {
      const id = nextId();
      claim(line, id);
      const m = LEVEL1.exec(line.norm) ?? LEVEL2.exec(line.norm) ?? BULLET.exec(line.norm);
      const numbering = kind === "heading1" || kind === "heading2" ? (m?.[1] ?? null) : null;
      const level = kind === "heading2" ? 2 : kind === "bullet" ? 3 : 1;
      let text = line.text;
      let end = line.no;
      let j = i + 1;
      // The period line under an attached document's title belongs to the title: 中国…纲要 / (2011-2015)
      const k = nextNonBlank(j);
      if (k < lines.length && PERIOD_LINE.test(at(k).norm)) {
        text = `${text}\n${at(k).text}`;
        end = at(k).no;
        claim(at(k), id);
        j = k + 1;
      }
      // NFKC keeps the length of full-width numbering, so the match on `norm` indexes the printed text.
      const printedTitle = m ? line.text.slice(m[0].length) : line.text;
      blocks.push({
        id, kind: "heading", level, numbering: numbering === null ? null : line.text.slice(0, numbering.length), text, lines: { start: line.no, end },
        title: compactChinese(printedTitle).replace(/[。.]$/, "") || compactChinese(line.text),
      });
      afterAttachmentLabel = kind === "attachment-label";
      i = j;
      continue;
    }
    afterAttachmentLabel = false;

    // Unnumbered short title lines (前 言, the title of an attached document) are headings, unless a
    // table follows (then they are its caption, taken when the table is read).
    if (kind === "text" && isBareTitle(line.norm)) {
      const k = nextNonBlank(i + 1);
      const followedByTable = k < lines.length && (kinds[k] === "table-row" || knownHeaderCells.has(compactChinese(at(k).norm)));
      if (!followedByTable) {
        const id = nextId();
        claim(line, id);
        let text = line.text;
        let end = line.no;
        let j = i + 1;
        if (k < lines.length && PERIOD_LINE.test(at(k).norm)) {
          text = `${text}\n${at(k).text}`;
          end = at(k).no;
          claim(at(k), id);
          j = k + 1;
        }
        blocks.push({ id, kind: "heading", level: 1, numbering: null, text, lines: { start: line.no, end }, title: compactChinese(line.text) });
        i = j;
        continue;
      }
    }

    // Paragraph-like: numbered provision, list item, attachment reference or plain text. It continues
    // across page breaks while the text so far does not end a sentence.
    const id = nextId();
    claim(line, id);
    let text = line.text;
    let end = line.no;
    let j = i + 1;
    for (;;) {
      const k = nextNonBlank(j);
      if (k >= lines.length) break;
      const next = at(k);
      const nextKind = kinds[k] ?? "blank";
      if (isSentenceEnd(text) || STARTS_UNIT.has(nextKind) || kind === "field") break;
      if (/\d$/.test(text) && !NUMBER_CONTINUATION.test(next.norm)) break;
      // A bare title line after a finished-looking fragment is its own heading, not a continuation.
      if (nextKind === "text" && isBareTitle(next.norm) && k + 1 < lines.length && kinds[nextNonBlank(k + 1)] === "table-row") break;
      text = joinText(text, next.text);
      end = next.no;
      claim(next, id);
      j = k + 1;
    }
    const lead = LEVEL1.exec(line.norm) ?? LEVEL2.exec(line.norm) ?? DASH_ITEM.exec(line.norm);
    if (kind === "list-item") {
      const marker = line.text.slice(0, LIST_ITEM.exec(line.norm)?.[1]?.length ?? 0);
      blocks.push({ id, kind: "list-item", marker, text, lines: { start: line.no, end } });
    } else {
      const numbering = kind === "numbered" && lead?.[1] ? line.text.slice(0, lead[1].length) : null;
      blocks.push({ id, kind: "paragraph", numbering, text, lines: { start: line.no, end } });
    }
    if (kind === "attachment-ref") {
      const m = ATTACHMENT_REF.exec(line.norm);
      attachmentRefs.push({ title: compactChinese(m?.[1] ?? text), line: line.no, blockId: id });
    }
    i = j;
  }
  return { blocks, toc, sourceNotes, attachmentRefs, claims };
}
