import type { Block, ParseWarning, TableRow } from "@/lib/schema/parsed-issue";
import { isIssuerLine, looksLikeBodyName } from "@/lib/parse/issuers";
import { structureTable } from "@/lib/parse/tables";
import { compactChinese, findAnyDate, isDateLine, removeCjkSpaces, type SourceLine } from "@/lib/parse/text";

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
// 附件, 附 件, 附件2, 附件1： (the label over an attached document; web copies keep the colon)
const ATTACHMENT_LABEL = /^附\s*件\s*\d*\s*[:：]?$/;
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

/** A web-flattened table row: `| a | b | c |`, `a | b | c |`, or one cell per line `| cell`. */
function isPipeRow(norm: string): boolean {
  return /^\|/.test(norm) || (/\S\s*\|\s*\S.*\|\s*$/.test(norm) && (norm.match(/\|/g)?.length ?? 0) >= 2);
}

function splitPipeCells(norm: string, text: string): string[] {
  // Cells from the printed text when it has the same pipes (full-width ｜ folds to |).
  const source = (text.match(/[|｜]/g)?.length ?? 0) === (norm.match(/\|/g)?.length ?? 0) ? text : norm;
  return source.replace(/^\s*[|｜]/, "").replace(/[|｜]\s*$/, "").split(/[|｜]/).map((c) => c.trim());
}

/** A signature line that prints the body and the date together: 中华人民共和国商务部二〇〇八年七月三日. */
function signerWithDate(norm: string): { signer: string; date: NonNullable<ReturnType<typeof findAnyDate>> } | null {
  const date = findAnyDate(norm);
  if (!date || date.index === 0 || norm.slice(date.index + date.text.length).trim() !== "") return null;
  const signer = norm.slice(0, date.index).trim();
  return isIssuerLine(signer) || looksLikeBodyName(signer) ? { signer, date } : null;
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
  | "pipe-row"
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
  if (isPipeRow(norm)) return "pipe-row";
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
  if (isIssuerLine(norm) || looksLikeBodyName(norm) || isDateLine(norm) || signerWithDate(norm)) return "signature";
  if (FIELD.test(norm)) return "field";
  return "text";
}

/** Kinds that always start a new unit, so a paragraph never swallows them across a page break. */
const STARTS_UNIT = new Set<Kind>([
  "table-row", "pipe-row", "source-note", "attachment-label", "attachment-ref", "heading1", "heading2", "bullet",
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
  /** Where warnings about the text go (a table total that does not add up). */
  warnings?: ParseWarning[];
};

/** One pass over a notice body: the lines, their kinds, and what has been read so far. */
type Ctx = {
  lines: readonly SourceLine[];
  kinds: Kind[];
  nextId: () => string;
  knownHeaderCells: Set<string>;
  blocks: Block[];
  toc: TocEntry[];
  sourceNotes: SourceNote[];
  attachmentRefs: AttachmentRef[];
  claims: Map<number, string>;
  warnings: ParseWarning[];
  /** The 附件 label the text is under (附件, 附件2), so a table can say which attachment it is. */
  attachment: string | null;
};

function claim(ctx: Ctx, line: SourceLine, owner: string): void {
  if (line.norm !== "") ctx.claims.set(line.no, owner);
}

function nextNonBlank(ctx: Ctx, from: number): number {
  let j = from;
  while (j < ctx.lines.length && ctx.kinds[j] === "blank") j++;
  return j;
}

function at(ctx: Ctx, i: number): SourceLine {
  const line = ctx.lines[i];
  if (!line) throw new RangeError(`line index ${i} out of range`);
  return line;
}

type SignatureRead = { end: number; signers: string[]; date: ReturnType<typeof findAnyDate>; dateText: string | null };

/** A signature: consecutive lines of issuing bodies, optionally ending in a date (or a date alone). */
function readSignature(ctx: Ctx, i: number): SignatureRead | null {
  const { lines, kinds } = ctx;
  const signers: string[] = [];
  let j = i;
  let date: ReturnType<typeof findAnyDate> = null;
  let dateText: string | null = null;
  while (j < lines.length && kinds[j] === "signature" && !isDateLine(at(ctx, j).norm)) {
    const both = signerWithDate(at(ctx, j).norm);
    if (both) {
      // Body and date on one line end the signature; the printed date is kept as dateText.
      signers.push(at(ctx, j).text.slice(0, both.signer.length).trim() || both.signer);
      date = both.date;
      dateText = at(ctx, j).text.slice(-both.date.text.length);
      return { end: j + 1, signers, date, dateText };
    }
    signers.push(at(ctx, j).text);
    j++;
  }
  if (j < lines.length && kinds[j] === "signature" && isDateLine(at(ctx, j).norm)) {
    date = findAnyDate(at(ctx, j).norm);
    dateText = at(ctx, j).text;
    j++;
  }
  if (signers.length === 0 && date === null) return null;
  // Issuer names without a date are a signature only at the end of the text (a missing date is
  // recorded as absent, never guessed); elsewhere such a line is a heading or paragraph.
  if (date === null) {
    const after = nextNonBlank(ctx, j);
    const tail = lines.slice(after).every((_l, k) => ["blank", "source-note", "attachment-label"].includes(kinds[after + k] ?? "blank"));
    if (!tail && kinds[after] !== "attachment-label") return null;
  }
  return { end: j, signers, date, dateText };
}

/** A caption is the line right before a table: 表1: …, a bullet, or a short bare title. */
type Caption = { text: string; line: number; id: string };

function takeCaption(ctx: Ctx): Caption | null {
  const last = ctx.blocks[ctx.blocks.length - 1];
  if (!last || last.lines.start !== last.lines.end) return null;
  const isCaption =
    (last.kind === "paragraph" && last.numbering === null && (CAPTION.test(last.text) || isBareTitle(last.text))) ||
    (last.kind === "heading" && last.level === 3);
  if (!isCaption) return null;
  ctx.blocks.pop();
  return { text: last.text, line: last.lines.start, id: last.id };
}

function tableRow(line: SourceLine, cells: string[]): TableRow {
  return { cells, clean: cells.map((c) => removeCjkSpaces(c)), lines: { start: line.no, end: line.no } };
}

type PrintedAs = "tab" | "pipe" | "one-column" | "form-lines";

/** The one place a table block is built, whatever printed form the table came in. */
function pushTable(ctx: Ctx, id: string, caption: Caption | null, header: TableRow, printedRows: TableRow[], repeated: number[], end: number, printedAs: PrintedAs): void {
  for (const c of header.clean) ctx.knownHeaderCells.add(c);
  const rows = structureTable(header, printedRows, { blockId: id, warn: (w) => ctx.warnings.push(w) });
  ctx.blocks.push({
    id,
    kind: "table",
    lines: { start: caption?.line ?? header.lines.start, end },
    text: [caption?.text, header.cells.join("\t"), ...rows.map((r) => r.cells.join("\t"))].filter(Boolean).join("\n"),
    caption: caption?.text ?? null,
    captionLine: caption?.line ?? null,
    header,
    rows,
    repeatedHeaderLines: repeated,
    printedAs,
    attachment: ctx.attachment,
  });
}

/** Reads a TAB-separated table starting at i (header row), across page breaks; returns the index after it. */
function readTable(ctx: Ctx, i: number, caption: Caption | null): number {
  // The caption was read as a block first; the table takes over its id so ids stay contiguous.
  const id = caption?.id ?? ctx.nextId();
  const headerLine = at(ctx, i);
  claim(ctx, headerLine, id);
  const headerCells = splitCells(headerLine);
  const rows: TableRow[] = [];
  const repeated: number[] = [];
  let j = i + 1;
  let end = headerLine.no;
  for (;;) {
    const k = nextNonBlank(ctx, j);
    if (k >= ctx.lines.length || ctx.kinds[k] !== "table-row") break;
    const line = at(ctx, k);
    const cells = splitCells(line);
    claim(ctx, line, id);
    end = line.no;
    j = k + 1;
    if (cells.join("\t") === headerCells.join("\t")) {
      repeated.push(line.no); // header row repeated after a page break
      continue;
    }
    const prev = rows[rows.length - 1];
    // A row whose first cell is empty continues the previous row's cells (cell broken by a page),
    // unless it brings a number of its own: then it is a row of a group whose first cell was
    // printed once (a province over five companies), carried down by structureTable.
    if (prev && cells[0] === "" && cells.length > 1 && !cells.some((c) => /^[\d,.]+$/.test(c))) {
      const merged = prev.cells.map((c, n) => (cells[n] ? joinText(c, cells[n] ?? "") : c));
      rows[rows.length - 1] = { ...tableRow(line, merged), lines: { start: prev.lines.start, end: line.no } };
      continue;
    }
    rows.push(tableRow(line, cells));
  }
  pushTable(ctx, id, caption, tableRow(headerLine, headerCells), rows, repeated, end, "tab");
  return j;
}

const SEPARATOR_CELL = /^:?-{3,}:?$/;

/**
 * A web-flattened table: `| a | b |` rows (a markdown separator row is accounted for and dropped),
 * or one cell per line (`| cell`), a blank line ending each row. Rows with fewer cells than the
 * header lost their leading grouped cells (rowspan); structureTable carries them down.
 */
function readPipeTable(ctx: Ctx, i: number, caption: Caption | null): number {
  const id = caption?.id ?? ctx.nextId();
  const rows: TableRow[] = [];
  const repeated: number[] = [];
  let pending: { cells: string[]; start: number; end: number } | null = null;
  const flush = () => {
    if (pending) rows.push({ cells: pending.cells, clean: pending.cells.map(removeCjkSpaces), lines: { start: pending.start, end: pending.end } });
    pending = null;
  };
  let j = i;
  let end = at(ctx, i).no;
  while (j < ctx.lines.length) {
    const kind = ctx.kinds[j];
    if (kind === "blank") {
      flush();
      if (ctx.kinds[nextNonBlank(ctx, j)] !== "pipe-row") break;
      j++;
      continue;
    }
    if (kind !== "pipe-row") break;
    const line = at(ctx, j);
    claim(ctx, line, id);
    end = line.no;
    const cells = splitPipeCells(line.norm, line.text);
    j++;
    if (cells.every((c) => SEPARATOR_CELL.test(c))) {
      repeated.push(line.no);
      continue;
    }
    const oneCell = cells.length === 1 && /^[|｜]/.test(line.text);
    if (!oneCell) {
      flush();
      rows.push(tableRow(line, cells));
      continue;
    }
    pending ??= { cells: [], start: line.no, end: line.no };
    pending.cells.push(cells[0] ?? "");
    pending.end = line.no;
  }
  flush();
  const [header, ...body] = rows;
  if (header) pushTable(ctx, id, caption, header, body, repeated, end, "pipe");
  return j;
}

/**
 * A one-column table loses its TAB in extraction: a line repeating a known column header
 * (适用范围), directly followed by its rows, is still a table.
 */
function readOneColumnTable(ctx: Ctx, i: number, caption: Caption | null): number {
  const id = caption?.id ?? ctx.nextId();
  const headerLine = at(ctx, i);
  claim(ctx, headerLine, id);
  const rows: TableRow[] = [];
  let j = i + 1;
  while (j < ctx.lines.length && ctx.kinds[j] === "text" && at(ctx, j).norm !== "") {
    claim(ctx, at(ctx, j), id);
    rows.push(tableRow(at(ctx, j), [at(ctx, j).text]));
    j++;
  }
  pushTable(ctx, id, caption, tableRow(headerLine, [headerLine.text]), rows, [], at(ctx, j - 1).no, "one-column");
  return j;
}

const FORM_CELL_KINDS = new Set<Kind>(["text", "field"]);
const MIN_FORM_LINES = 4;

/** Lines from i that read as form cells: short, no sentence inside; a blank or longer line ends them. */
function formRunEnd(ctx: Ctx, i: number): number {
  let j = i;
  while (j < ctx.lines.length && FORM_CELL_KINDS.has(ctx.kinds[j] ?? "blank")) {
    const compact = compactChinese(at(ctx, j).norm);
    if (compact.length > 16 || /[。；;！？!?]/.test(compact)) break;
    j++;
  }
  return j;
}

/**
 * An attached form (登记表, 申报单) copied from a web page keeps its cells but not its grid: one
 * label per line. Inside an attachment, a run of such lines is one table of one-cell rows, so the
 * form is read as a form and not as a stack of headings (sample 15 of the real notices).
 */
function readFormTable(ctx: Ctx, i: number, end: number): number {
  const id = ctx.nextId();
  for (let k = i; k < end; k++) claim(ctx, at(ctx, k), id);
  const [header, ...rows] = ctx.lines.slice(i, end).map((l) => tableRow(l, [l.text]));
  if (header) pushTable(ctx, id, null, header, rows, [], at(ctx, end - 1).no, "form-lines");
  return end;
}

function readSourceNote(ctx: Ctx, i: number): number {
  const line = at(ctx, i);
  const m = SOURCE_NOTE.exec(line.norm);
  ctx.sourceNotes.push({ text: line.text, line: line.no });
  claim(ctx, line, `source-note:${m?.[1] ?? ""}`);
  return i + 1;
}

/** 目 录 followed by "title<TAB>page" lines: the outline of an attached document. */
function readToc(ctx: Ctx, i: number): number {
  claim(ctx, at(ctx, i), "toc");
  let j = nextNonBlank(ctx, i + 1);
  while (j < ctx.lines.length && TOC_LINE.test(at(ctx, j).raw.trim())) {
    const m = TOC_LINE.exec(at(ctx, j).raw.trim());
    const norm = compactChinese((m?.[1] ?? "").normalize("NFKC"));
    const l1 = LEVEL1.exec(norm);
    const l2 = LEVEL2.exec(norm);
    ctx.toc.push({
      level: l2 ? 2 : 1,
      numbering: l1?.[1] ?? l2?.[1] ?? null,
      title: norm.slice((l1 ?? l2)?.[0].length ?? 0).replace(/[。.]$/, ""),
      page: m?.[2] ? Number(m[2]) : null,
      line: at(ctx, j).no,
    });
    claim(ctx, at(ctx, j), "toc");
    j = nextNonBlank(ctx, j + 1);
  }
  return j;
}

function pushSignature(ctx: Ctx, i: number, sig: SignatureRead): number {
  const id = ctx.nextId();
  for (let k = i; k < sig.end; k++) claim(ctx, at(ctx, k), id);
  ctx.blocks.push({
    id, kind: "signature",
    lines: { start: at(ctx, i).no, end: at(ctx, sig.end - 1).no },
    text: ctx.lines.slice(i, sig.end).map((l) => l.text).join("\n"),
    signers: sig.signers, dateText: sig.dateText, date: sig.date?.iso ?? null,
  });
  return sig.end;
}

/**
 * The period line under an attached document's title belongs to the title: 中国…纲要 / (2011-2015).
 * Returns the title text with it, the title's last line and the index after it.
 */
function withPeriodLine(ctx: Ctx, i: number, id: string): { text: string; end: number; next: number } {
  const line = at(ctx, i);
  const k = nextNonBlank(ctx, i + 1);
  if (k < ctx.lines.length && PERIOD_LINE.test(at(ctx, k).norm)) {
    claim(ctx, at(ctx, k), id);
    return { text: `${line.text}\n${at(ctx, k).text}`, end: at(ctx, k).no, next: k + 1 };
  }
  return { text: line.text, end: line.no, next: i + 1 };
}

function readHeading(ctx: Ctx, i: number, kind: Kind): number {
  const line = at(ctx, i);
  const id = ctx.nextId();
  claim(ctx, line, id);
  const m = LEVEL1.exec(line.norm) ?? LEVEL2.exec(line.norm) ?? BULLET.exec(line.norm);
  const numbering = kind === "heading1" || kind === "heading2" ? (m?.[1] ?? null) : null;
  const level = kind === "heading2" ? 2 : kind === "bullet" ? 3 : 1;
  const { text, end, next } = withPeriodLine(ctx, i, id);
  // NFKC keeps the length of full-width numbering, so the match on `norm` indexes the printed text.
  const printedTitle = m ? line.text.slice(m[0].length) : line.text;
  ctx.blocks.push({
    id, kind: "heading", level, numbering: numbering === null ? null : line.text.slice(0, numbering.length), text, lines: { start: line.no, end },
    title: compactChinese(printedTitle).replace(/[。.]$/, "") || compactChinese(line.text),
  });
  return next;
}

/**
 * Unnumbered short title lines (前 言, the title of an attached document) are headings, unless a
 * table follows (then they are its caption, taken when the table is read). Null when not a heading.
 */
function readBareTitle(ctx: Ctx, i: number): number | null {
  const line = at(ctx, i);
  const k = nextNonBlank(ctx, i + 1);
  const followedByTable = k < ctx.lines.length && (ctx.kinds[k] === "table-row" || ctx.knownHeaderCells.has(compactChinese(at(ctx, k).norm)));
  if (followedByTable) return null;
  const id = ctx.nextId();
  claim(ctx, line, id);
  const { text, end, next } = withPeriodLine(ctx, i, id);
  ctx.blocks.push({ id, kind: "heading", level: 1, numbering: null, text, lines: { start: line.no, end }, title: compactChinese(line.text) });
  return next;
}

/**
 * Paragraph-like: numbered provision, list item, attachment reference or plain text. It continues
 * across page breaks while the text so far does not end a sentence.
 */
function readParagraph(ctx: Ctx, i: number, kind: Kind): number {
  const { lines, kinds } = ctx;
  const line = at(ctx, i);
  const id = ctx.nextId();
  claim(ctx, line, id);
  let text = line.text;
  let end = line.no;
  let j = i + 1;
  for (;;) {
    const k = nextNonBlank(ctx, j);
    if (k >= lines.length) break;
    const next = at(ctx, k);
    const nextKind = kinds[k] ?? "blank";
    if (isSentenceEnd(text) || STARTS_UNIT.has(nextKind) || kind === "field") break;
    if (/\d$/.test(text) && !NUMBER_CONTINUATION.test(next.norm)) break;
    // A bare title line after a finished-looking fragment is its own heading, not a continuation.
    if (nextKind === "text" && isBareTitle(next.norm) && k + 1 < lines.length && kinds[nextNonBlank(ctx, k + 1)] === "table-row") break;
    text = joinText(text, next.text);
    end = next.no;
    claim(ctx, next, id);
    j = k + 1;
  }
  const lead = LEVEL1.exec(line.norm) ?? LEVEL2.exec(line.norm) ?? DASH_ITEM.exec(line.norm);
  if (kind === "list-item") {
    const marker = line.text.slice(0, LIST_ITEM.exec(line.norm)?.[1]?.length ?? 0);
    ctx.blocks.push({ id, kind: "list-item", marker, text, lines: { start: line.no, end } });
  } else {
    const numbering = kind === "numbered" && lead?.[1] ? line.text.slice(0, lead[1].length) : null;
    ctx.blocks.push({ id, kind: "paragraph", numbering, text, lines: { start: line.no, end } });
  }
  if (kind === "attachment-ref") {
    const m = ATTACHMENT_REF.exec(line.norm);
    ctx.attachmentRefs.push({ title: compactChinese(m?.[1] ?? text), line: line.no, blockId: id });
  }
  // A numbered attachment list (附件：1.… / 2.… / 3.…): each further item names one more attachment.
  const listed = ctx.attachmentRefs[ctx.attachmentRefs.length - 1];
  const prev = ctx.blocks[ctx.blocks.length - 2];
  if (kind === "list-item" && listed && prev?.id === listed.blockId && /^\d/.test(listed.title)) {
    ctx.attachmentRefs.push({ title: compactChinese(line.norm), line: line.no, blockId: id });
  }
  return j;
}

const HEADING_KINDS = new Set<Kind>(["attachment-label", "appendix", "heading1", "heading2", "bullet"]);

/**
 * Reads the unit starting at line i. Returns the index after it and whether the next line follows a
 * bare 附件 label (then it is the attached document's title); tables, notes, contents and
 * signatures leave that state as it was.
 */
function readUnit(ctx: Ctx, i: number, afterLabel: boolean): { next: number; afterLabel: boolean } {
  const line = at(ctx, i);
  const kind = ctx.kinds[i] ?? "blank";
  const keep = (next: number) => ({ next, afterLabel });
  if (kind === "table-row") return keep(readTable(ctx, i, takeCaption(ctx)));
  if (kind === "pipe-row") return keep(readPipeTable(ctx, i, takeCaption(ctx)));
  if (ctx.knownHeaderCells.has(compactChinese(line.norm)) && ctx.kinds[i + 1] === "text" && at(ctx, i + 1).norm !== "") {
    return keep(readOneColumnTable(ctx, i, takeCaption(ctx)));
  }
  if (kind === "source-note") return keep(readSourceNote(ctx, i));
  if (kind === "toc-title") return keep(readToc(ctx, i));
  if (kind === "signature") {
    const sig = readSignature(ctx, i);
    if (sig) return keep(pushSignature(ctx, i, sig));
  }
  if (HEADING_KINDS.has(kind) || (kind === "text" && afterLabel)) {
    if (kind === "attachment-label") ctx.attachment = compactChinese(line.norm).replace(/[:：]$/, "");
    return { next: readHeading(ctx, i, kind), afterLabel: kind === "attachment-label" };
  }
  if (ctx.attachment !== null) {
    const end = formRunEnd(ctx, i);
    if (end - i >= MIN_FORM_LINES) return { next: readFormTable(ctx, i, end), afterLabel: false };
  }
  const bare = kind === "text" && isBareTitle(line.norm) ? readBareTitle(ctx, i) : null;
  return { next: bare ?? readParagraph(ctx, i, kind), afterLabel: false };
}

export function segment(lines: readonly SourceLine[], options: SegmentOptions): Segmented {
  const ctx: Ctx = {
    lines,
    kinds: lines.map(classify),
    nextId: options.nextId,
    knownHeaderCells: options.knownHeaderCells ?? new Set<string>(),
    blocks: [],
    toc: [],
    sourceNotes: [],
    attachmentRefs: [],
    claims: new Map<number, string>(),
    warnings: options.warnings ?? [],
    attachment: null,
  };
  let i = 0;
  let afterLabel = false;
  while (i < lines.length) {
    if (ctx.kinds[i] === "blank") {
      i++;
      continue;
    }
    ({ next: i, afterLabel } = readUnit(ctx, i, afterLabel));
  }
  const { blocks, toc, sourceNotes, attachmentRefs, claims } = ctx;
  return { blocks, toc, sourceNotes, attachmentRefs, claims };
}
