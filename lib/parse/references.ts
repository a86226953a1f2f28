import type { Block, Reference } from "@/lib/schema/parsed-issue";
import { foldWithMap, printedSpan } from "@/lib/parse/fold";
import { DOCUMENT_NUMBER_IN_TEXT, documentNumberOf, issuersOfRun, noticeId, NO_RE, parseYearText, YEAR_RE } from "@/lib/parse/numbers";
import { parseChineseNumber, type SourceLine } from "@/lib/parse/text";

/**
 * Citations inside a notice's text become structured references: other notices
 * (商务部2011年第65号公告, 海关总署2016年52號公告, 商务部、海关总署公告2024年第64号), orders
 * (海关总署令第158号), document numbers (国发〔2009〕38号) and titles in 《》 (laws, regulations, the
 * documents a notice issues). Matching runs on folded text; `printed` is the span as printed.
 */

// Each citation is found by its tail (公告2012年第64号, 2016年52号公告, 令第158号); the bodies are the
// CJK run just before it, cut by issuersOfRun (…依照海关总署 → 海关总署). Matching the run inside the
// regex backtracked badly on long paragraphs.
const NOTICE_A = new RegExp(`公告${YEAR_RE}年第?${NO_RE}号`, "g");
const NOTICE_B = new RegExp(`${YEAR_RE}年第?${NO_RE}号公告`, "g");
const ORDER = new RegExp(`令(?:${YEAR_RE}年)?第${NO_RE}号`, "g");
const RUN_CHAR = /[\u4e00-\u9fff、]/;
const MAX_RUN = 40;

/** The CJK run that ends right before `end` in `text` (at most MAX_RUN characters). */
function runBefore(text: string, end: number): { run: string; start: number } {
  let start = end;
  while (start > 0 && end - start < MAX_RUN && RUN_CHAR.test(text[start - 1] ?? "")) start--;
  return { run: text.slice(start, end), start };
}
const TITLE = /《([^《》]{2,80})》/g;
const LAW_ENDING = /(法|条例|规定|办法|细则|规则|决定|规章|准则)$/;

type Found = Omit<Reference, "noticeId" | "blockId" | "line"> & { start: number };

function findIn(printed: string): Found[] {
  const f = foldWithMap(printed);
  const out: Found[] = [];
  const push = (start: number, end: number, kind: Reference["kind"], target: string) =>
    out.push({ kind, printed: printedSpan(printed, f, start, end), target, start });
  for (const re of [NOTICE_A, NOTICE_B]) {
    for (const m of f.folded.matchAll(re)) {
      const { run: text, start: runStart } = runBefore(f.folded, m.index);
      const run = issuersOfRun(text);
      const year = parseYearText(m[1] ?? "");
      const number = parseChineseNumber(m[2] ?? "");
      if (!run || year === null || number === null) continue;
      push(runStart + run.offset, m.index + m[0].length, "notice", noticeId(run.issuers.map((i) => i.info.code), year, number, ""));
    }
  }
  for (const m of f.folded.matchAll(ORDER)) {
    const { run: text, start: runStart } = runBefore(f.folded, m.index);
    const run = issuersOfRun(text);
    const number = parseChineseNumber(m[2] ?? "");
    if (!run || number === null) continue;
    push(runStart + run.offset, m.index + m[0].length, "order", `${[...new Set(run.issuers.map((i) => i.info.code))].join("-")}-order-${number}`);
  }
  for (const m of f.folded.matchAll(DOCUMENT_NUMBER_IN_TEXT)) {
    const doc = documentNumberOf(m);
    if (doc) push(m.index + doc.offset, m.index + m[0].length, "document-number", doc.normalized);
  }
  for (const m of f.folded.matchAll(TITLE)) {
    const title = m[1] ?? "";
    push(m.index, m.index + m[0].length, LAW_ENDING.test(title) ? "law" : "title", title);
  }
  return out.sort((a, b) => a.start - b.start);
}

function blockPieces(block: Block): string[] {
  if (block.kind !== "table") return [block.text];
  return [block.caption ?? "", ...block.rows.flatMap((r) => r.cells)].filter(Boolean);
}

/**
 * References of a notice's blocks, each with the source line it is printed on. `ownId` (the
 * notice's own id) is left out: a notice restating its own number does not cite itself.
 */
export function extractReferences(blocks: readonly Block[], lines: readonly SourceLine[], ownId: string): Reference[] {
  const out: Reference[] = [];
  const seen = new Set<string>();
  const byNo = new Map(lines.map((l) => [l.no, l]));
  for (const block of blocks) {
    const span: SourceLine[] = [];
    for (let no = block.lines.start; no <= block.lines.end; no++) {
      const l = byNo.get(no);
      if (l && l.text !== "") span.push(l);
    }
    for (const piece of blockPieces(block)) {
      for (const r of findIn(piece)) {
        if (r.kind === "notice" && r.target === ownId) continue;
        const line = span.find((l) => l.text.includes(r.printed.slice(0, 6)))?.no ?? block.lines.start;
        const key = `${r.kind}|${r.target}|${line}|${r.printed}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ kind: r.kind, printed: r.printed, target: r.target, noticeId: null, blockId: block.id, line });
      }
    }
  }
  return out;
}

/** Sets `noticeId` on notice references whose target is a notice in the archive (`known` ids). */
export function resolveReferences(references: readonly Reference[], known: ReadonlySet<string>): Reference[] {
  return references.map((r) => ({ ...r, noticeId: r.kind === "notice" && known.has(r.target) ? r.target : null }));
}
