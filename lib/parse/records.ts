import type {
  Block,
  HeadingBlock,
  LicensingDecision,
  Notice,
  ParseWarning,
  Plan,
  PlanTarget,
  Standard,
  TableBlock,
} from "@/lib/schema/parsed-issue";
import type { TocEntry } from "@/lib/parse/blocks";
import { ParseError } from "@/lib/parse/errors";
import { compactChinese, findDate, foldForMatching } from "@/lib/parse/text";

/**
 * Structured records derived from notice blocks: the standards list, licensing decisions, and a
 * development plan's outline, targets, demonstration cities and glossary. Recognised by what the
 * text says (column headers, 赋予/注销 … 经营资格, 发展目标), never by position or count.
 */

const DASHES = /[—–－‐‑―]/g;

/** SB/T 10850—2012 → SB/T 10850-2012; ＳＢ／Ｔ１０８５０ → SB/T 10850 (width folded, one space). */
export function normalizeStandardCode(code: string): string {
  return code
    .normalize("NFKC")
    .replace(DASHES, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/^([A-Za-z]+(?:\/[A-Za-z])?)\s*(?=\d)/, (_m, p: string) => `${p.toUpperCase()} `)
    .trim();
}

function columnIndex(header: readonly string[], name: string): number {
  return header.findIndex((c) => compactChinese(c) === name);
}

export function extractStandards(notice: Notice, file: string): Standard[] {
  const out: Standard[] = [];
  for (const block of notice.blocks) {
    if (block.kind !== "table") continue;
    const header = block.header.clean;
    const codeCol = columnIndex(header, "标准编号");
    const nameCol = columnIndex(header, "标准名称");
    if (codeCol < 0 || nameCol < 0) continue;
    const seqCol = columnIndex(header, "序号");
    const dateCol = columnIndex(header, "实施日期");
    block.rows.forEach((row, i) => {
      const code = row.cells[codeCol] ?? "";
      // Printed cell, not `clean`: spaces inside standard names are real (商业特许经营管理规范 居民服务业).
      const name = (row.cells[nameCol] ?? "").replace(/\s+/g, " ");
      const dateText = dateCol >= 0 ? (row.clean[dateCol] ?? "") : "";
      const date = findDate(dateText);
      const seq = seqCol >= 0 ? Number(row.clean[seqCol]) : i + 1;
      const normalized = normalizeStandardCode(code);
      if (!/^[A-Z]+(?:\/[A-Z])? \d+(?:\.\d+)?-\d{4}$/.test(normalized)) {
        throw new ParseError(file, row.lines.start, `standards table: expected a standard code like "SB/T 10850—2012", found "${code}"`);
      }
      if (!date) {
        throw new ParseError(file, row.lines.start, `standards table: expected an effective date like "2013年7月1日", found "${dateText}"`);
      }
      if (!Number.isInteger(seq) || seq < 1) {
        throw new ParseError(file, row.lines.start, `standards table: expected a sequence number, found "${row.clean[seqCol] ?? ""}"`);
      }
      out.push({
        noticeId: notice.id, blockId: block.id, row: i + 1, seq, code, codeNormalized: normalized,
        nameZh: name, effectiveDateText: dateText, effectiveDate: date.iso, line: row.lines.start,
      });
    });
  }
  return out;
}

const LICENCE_KIND: Record<string, LicensingDecision["licenceKind"]> = {
  成品油批发: "product-oil-wholesale",
  成品油仓储: "product-oil-storage",
  原油批发: "crude-oil-wholesale",
  原油仓储: "crude-oil-storage",
};
/** licence kind → the Chinese it is printed as (成品油批发经营资格), for translations keyed by Chinese. */
export const LICENCE_KIND_ZH = Object.fromEntries(
  Object.entries(LICENCE_KIND).map(([zh, kind]) => [kind, `${zh}经营资格`]),
) satisfies Record<string, string>;
/**
 * The verb decides the action, as the Administrative Licensing Law (行政许可法) does: 注销 ends a
 * licence that has lapsed or been given up (cancellation, Art. 70), 撤销 undoes one wrongly granted
 * (revocation, Art. 69), 吊销 takes one away as a penalty (revocation under the Administrative
 * Penalty Law). MOFCOM Announcement 2013 No. 3 注销s 29 PetroChina units' qualifications: "revoked"
 * would tell a reader they were sanctioned (issue 15). 取消 (withdraw) ends a qualification without
 * a sanction: a cancellation.
 */
const ACTION_BY_VERB: Record<string, LicensingDecision["action"]> = {
  赋予: "grant",
  注销: "cancel",
  取消: "cancel",
  撤销: "revoke",
  吊销: "revoke",
};
const DECISION = new RegExp(`(${Object.keys(ACTION_BY_VERB).join("|")})([^。；]*?)(成品油|原油)(批发|仓储)经营资格`, "g");

export function extractLicensingDecisions(notice: Notice): LicensingDecision[] {
  const out: LicensingDecision[] = [];
  for (const block of notice.blocks) {
    if (block.kind !== "paragraph") continue;
    // Folded text, so a traditional-character copy (賦予…經營資格) yields the same records.
    const text = compactChinese(foldForMatching(block.text));
    for (const m of text.matchAll(DECISION)) {
      const kind = LICENCE_KIND[`${m[3]}${m[4]}`];
      const action = ACTION_BY_VERB[m[1] ?? ""];
      if (!kind || !action || !m[2]) continue;
      for (const company of m[2].split(/[、,，]/).map((c) => c.trim()).filter(Boolean)) {
        out.push({ noticeId: notice.id, blockId: block.id, seq: out.length + 1, company, licenceKind: kind, action, line: block.lines.start });
      }
    }
  }
  return out;
}

function stripTrailingStop(s: string): string {
  return s.replace(/[。.]$/, "");
}

const TARGET = /(\d+(?:\.\d+)?)(?:\s*[-—~～]\s*(\d+(?:\.\d+)?))?\s*(亿美元|万美元|美元|万人次|万人|人次|个百分点|%|家|个|项|倍)(左右|以上|以下)?/;
const VERB_TAIL = /(力争突破|力争达到|力争|保持|达到|超过|突破|为)$/;
const RATE_TAIL = /(年均增幅|年均增长|增幅|增速)$/;
const YEAR_ONLY = /^(\d{4})年(末|底)?$/;

/** Targets of a 发展目标 section: one per clause with a number and a unit. */
function extractTargets(blocks: readonly Block[], periodEnd: number): PlanTarget[] {
  const targets: PlanTarget[] = [];
  for (const block of blocks) {
    if (block.kind !== "paragraph") continue;
    const text = compactChinese(foldForMatching(block.text));
    const lead = /\*\*(.+?)\*\*/.exec(text);
    const goal = lead?.[1] ? stripTrailingStop(lead[1]) : null;
    const rest = lead ? text.slice((lead.index ?? 0) + lead[0].length) : text.replace(/^——/, "");
    let subject = "";
    let pendingYear: number | null = null;
    for (const clause of rest.split(/[,，;；。]/).map((c) => c.trim()).filter(Boolean)) {
      const yearOnly = YEAR_ONLY.exec(clause);
      if (yearOnly) {
        pendingYear = Number(yearOnly[1]);
        continue;
      }
      const m = TARGET.exec(clause);
      if (!m || m[1] === undefined || m[3] === undefined) {
        pendingYear = null;
        continue;
      }
      const before = clause.slice(0, m.index);
      const yearInClause = /(\d{4})年/.exec(before);
      let own = before.replace(/^\d{4}年(末|底)?/, "");
      while (VERB_TAIL.test(own)) own = own.replace(VERB_TAIL, "");
      // An elided subject (…年均增幅保持40%左右，2015年达到850亿美元) is the previous clause's, without its rate words.
      let measure = own.length >= 2 ? own : subject.replace(RATE_TAIL, "");
      const after = clause.slice(m.index + m[0].length);
      // A bare verb (打造1-2家全球服务外包交易中心): what is counted comes after the unit.
      if (own.length > 0 && own.length <= 2 && after) measure = `${own}${after}`;
      if (measure === "") measure = after || clause;
      subject = own.length >= 2 ? own : subject;
      const verb = /(超过|突破)$/.test(before.replace(/力争/, "")) ? "more-than" : null;
      targets.push({
        seq: targets.length + 1,
        measure,
        value: Number(m[1]),
        valueMax: m[2] !== undefined ? Number(m[2]) : null,
        unit: m[3],
        comparator: m[4] === "左右" ? "approx" : m[4] === "以上" ? "at-least" : (verb ?? "equal"),
        targetYear: yearInClause ? Number(yearInClause[1]) : (pendingYear ?? periodEnd),
        clause,
        goal,
        blockId: block.id,
        line: block.lines.start,
      });
      pendingYear = null;
    }
  }
  return targets;
}

function sectionAfter(blocks: readonly Block[], heading: HeadingBlock): Block[] {
  const start = blocks.indexOf(heading);
  const out: Block[] = [];
  for (const b of blocks.slice(start + 1)) {
    if (b.kind === "heading" && b.level <= heading.level && b.level < 3) break;
    out.push(b);
  }
  return out;
}

const headingKey = (numbering: string | null, title: string) =>
  `${numbering ? compactChinese(numbering.normalize("NFKC")) : ""}${stripTrailingStop(compactChinese(title.normalize("NFKC")))}`;

/**
 * A plan is an attached document with its own contents list (目录). Returns null for notices without one.
 */
export function extractPlan(notice: Notice, toc: readonly TocEntry[], warn: (w: ParseWarning) => void): Plan | null {
  if (toc.length === 0) return null;
  const headings = notice.blocks.filter((b): b is HeadingBlock => b.kind === "heading");
  const titleBlock = headings.find((h) => /\(\s*\d{4}\s*[-—–]\s*\d{4}\s*\)/.test(h.text.normalize("NFKC")));
  const period = /\(\s*(\d{4})\s*[-—–]\s*(\d{4})\s*\)/.exec((titleBlock?.text ?? notice.headerText).normalize("NFKC"));
  const periodStart = Number(period?.[1] ?? 0);
  const periodEnd = Number(period?.[2] ?? 0);

  const byKey = new Map(headings.map((h) => [headingKey(h.numbering, h.title), h]));
  // Sub-section numbering restarts in every chapter, so look section headings up after their chapter.
  let chapterIndex = 0;
  const outline: Plan["outline"] = toc.map((entry, i) => {
    const key = headingKey(entry.numbering, entry.title);
    let block: HeadingBlock | undefined;
    if (entry.level === 1) {
      block = byKey.get(key);
      if (block) chapterIndex = notice.blocks.indexOf(block);
    } else {
      block = notice.blocks.slice(chapterIndex).find((b): b is HeadingBlock => b.kind === "heading" && headingKey(b.numbering, b.title) === key);
    }
    if (!block) warn({ line: entry.line, code: "outline-mismatch", message: `contents entry "${entry.title}" has no matching heading in the text` });
    return { seq: i + 1, level: entry.level, numbering: entry.numbering, title: entry.title, page: entry.page, line: entry.line, blockId: block?.id ?? null };
  });

  const goalHeadings = headings.filter((h) => stripTrailingStop(h.title) === "发展目标");
  const goalHeading = goalHeadings[goalHeadings.length - 1];
  const targets = goalHeading ? extractTargets(sectionAfter(notice.blocks, goalHeading), periodEnd) : [];

  const cities: Plan["cities"] = [];
  for (const block of notice.blocks) {
    if (block.kind !== "paragraph") continue;
    // The list runs from the last 认定 before it: no clause punctuation inside.
    const m = /认定([^，,。；;]+?)等(\d+)个城市为/.exec(compactChinese(foldForMatching(block.text)));
    if (!m?.[1]) continue;
    const names = m[1].split("、").map((c) => c.trim()).filter(Boolean);
    if (names.length !== Number(m[2])) {
      warn({ line: block.lines.start, code: "count-mismatch", message: `the text says ${m[2]} demonstration cities but lists ${names.length}` });
    }
    for (const name of names) cities.push({ seq: cities.length + 1, name, blockId: block.id });
  }

  const glossary: Plan["glossary"] = [];
  const appendix = headings.find((h) => /^附录/.test(h.title) && /名词解释/.test(h.title));
  if (appendix) {
    const section = notice.blocks.slice(notice.blocks.indexOf(appendix) + 1);
    for (const b of section) {
      if (b.kind === "heading" && b.level === 1 && b.numbering) {
        glossary.push({ seq: glossary.length + 1, numbering: b.numbering, term: b.title, headingBlockId: b.id, blockIds: [] });
      } else {
        glossary[glossary.length - 1]?.blockIds.push(b.id);
      }
    }
  }

  return {
    noticeId: notice.id,
    titleZh: compactChinese(titleBlock?.text.replace(/\n/g, "") ?? notice.titleZh),
    periodStart,
    periodEnd,
    outline,
    targets,
    cities,
    glossary,
  };
}

/** Count printed in a standards attachment title (51项…) vs rows found. */
export function checkStandardsCount(notice: Notice, standards: readonly Standard[], warn: (w: ParseWarning) => void): void {
  const own = standards.filter((s) => s.noticeId === notice.id);
  if (own.length === 0) return;
  for (const a of notice.attachments) {
    const m = /^(\d+)项/.exec(a.title);
    if (m && Number(m[1]) !== own.length) {
      warn({ line: a.line, code: "count-mismatch", message: `attachment announces ${m[1]} standards, the table has ${own.length}` });
    }
  }
  own.forEach((s, i) => {
    if (s.seq !== i + 1) warn({ line: s.line, code: "count-mismatch", message: `standards row ${i + 1} is numbered ${s.seq}` });
  });
}

export type { TableBlock };
