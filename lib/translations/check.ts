import type { Block, Notice, ParsedIssue, TableBlock } from "@/lib/schema/parsed-issue";
import { headingRenderings, inconsistentHeadings, termVariants, type TermUse } from "@/lib/translations/consistency";
import type { BlockEntry, NoticeTranslation, TermBase, TranslationFile } from "@/lib/translations/schema";
import { isCurrentTranslation, sourceHash } from "@/lib/translations/source-hash";
import { keptPhrases, usSpellings, type SpellingLexicon } from "@/lib/translations/spelling";
import { foldChineseForTerms, foldEnglishForTerms, missingFacts } from "@/lib/translations/text-facts";

/**
 * Checks an issue's English (translation.en.json) against the parsed Chinese: every block and
 * field translated, no translation left over for text that no longer exists, none made from an
 * older version of the Chinese, and every number, date, code and term-base term of the Chinese
 * carried into the English, in the house spelling when a lexicon is given; and the same Chinese
 * heading, and each term-base term, written one way throughout (consistency.ts). Pure — the caller
 * reads the files and dictionaries — so it runs in tests and CLIs alike.
 */

export type ProblemKind = "missing" | "orphan" | "stale" | "number" | "date" | "code" | "term" | "spelling" | "consistency";

export type Problem = {
  kind: ProblemKind;
  /** The notice the problem is in; the issue slug for issue-level text (front matter, records without a notice). */
  noticeId: string;
  /** The block (p-3), or the non-block field checked (title, number, outline-5, contents, records.cities); null for the whole notice. */
  blockId: string | null;
  message: string;
};

export type NoticeCoverage = { noticeId: string; translated: number; total: number };

export type CheckResult = { problems: Problem[]; coverage: NoticeCoverage[] };

type Where = { noticeId: string; blockId: string | null };

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function checkTranslation(parsed: ParsedIssue, file: TranslationFile, termBase: TermBase, spelling?: SpellingLexicon): CheckResult {
  const problems: Problem[] = [];
  const report = (where: Where, kind: ProblemKind, message: string) => problems.push({ ...where, kind, message });
  const terms = prepareTerms(termBase);
  const kept = keptPhrases(termBase);
  const termUses: TermUse[] = [];
  // Compares one piece of Chinese with its English: facts, terms, spelling, and English that is still Chinese.
  const compare = (where: Where, zh: string, en: string, label = "") => {
    const prefix = label ? `${label}: ` : "";
    if (HAN.test(en)) report(where, "missing", `${prefix}the English still contains Chinese: "${excerpt(en)}"`);
    for (const f of missingFacts(zh, en)) report(where, f.kind, prefix + f.message);
    for (const t of matchTerms(terms, zh, en)) {
      if (t.found.length === 0) report(where, "term", `${prefix}${t.term.zh} → ${t.term.shown} not in the English`);
      else termUses.push({ zh: t.term.zh, forms: t.found, where });
    }
    for (const slip of spelling ? usSpellings(en, spelling, kept) : []) {
      report(where, "spelling", `${prefix}US spelling "${slip.word}": the archive's English spells it "${slip.british}"`);
    }
  };
  const slug = parsed.issue.slug;

  if (file.issue !== slug) report({ noticeId: slug, blockId: null }, "orphan", `the translation file is for issue ${file.issue}, the Chinese is issue ${slug}`);

  const coverage: NoticeCoverage[] = [];
  for (const notice of parsed.notices) {
    const t = file.notices[notice.id];
    if (!t) {
      report({ noticeId: notice.id, blockId: null }, "missing", `no translation of this notice (${notice.blocks.length} blocks)`);
      coverage.push({ noticeId: notice.id, translated: 0, total: notice.blocks.length });
      continue;
    }
    checkNoticeFields(notice, t, report, compare);
    let translated = 0;
    for (const block of notice.blocks) {
      if (checkBlock(notice.id, block, t.blocks[block.id], report, compare)) translated += 1;
    }
    const known = new Set(notice.blocks.map((b) => b.id));
    for (const blockId of Object.keys(t.blocks)) {
      if (!known.has(blockId)) report({ noticeId: notice.id, blockId }, "orphan", `translation of ${blockId}, which the Chinese notice does not have`);
    }
    coverage.push({ noticeId: notice.id, translated, total: notice.blocks.length });
  }
  const noticeIds = new Set(parsed.notices.map((n) => n.id));
  for (const noticeId of Object.keys(file.notices)) {
    if (!noticeIds.has(noticeId)) report({ noticeId, blockId: null }, "orphan", `translation of notice ${noticeId}, which the issue does not have`);
  }
  for (const aka of file.alsoKnownAs) {
    if (!noticeIds.has(aka.noticeId)) report({ noticeId: aka.noticeId, blockId: "alsoKnownAs" }, "orphan", `search title "${excerpt(aka.title)}" for a notice the issue does not have`);
  }

  checkContents(parsed, file, report, compare);
  checkOutline(parsed, file, report, compare);
  checkMatter(parsed, file, report, compare);
  checkRecords(parsed, file, report, compare);
  for (const i of inconsistentHeadings(headingRenderings(parsed, file))) report(i.where, "consistency", i.message);
  for (const i of termVariants(termUses, abbreviations(termBase))) report(i.where, "consistency", i.message);
  return { problems, coverage };
}

type Report = (where: Where, kind: ProblemKind, message: string) => void;
type Compare = (where: Where, zh: string, en: string, label?: string) => void;

function checkNoticeFields(notice: Notice, t: NoticeTranslation, report: Report, compare: Compare): void {
  const at = (blockId: string): Where => ({ noticeId: notice.id, blockId });
  compare(at("title"), notice.titleZh, t.title);
  const fields: [string, string | null, string | null][] = [
    ["header", notice.headerText, t.header],
    ["number", notice.number?.text ?? notice.documentNumber?.text ?? null, t.number],
    ["subject", notice.subject, t.subject],
    ["sourceNote", notice.sourceNote, t.sourceNote],
  ];
  for (const [field, zh, en] of fields) {
    if (zh !== null && en === null) report(at(field), "missing", `no English for the ${field} "${excerpt(zh)}"`);
    else if (zh === null && en !== null) report(at(field), "orphan", `English ${field} given, but the Chinese notice has none`);
    else if (zh !== null && en !== null) compare(at(field), zh, en);
  }
}

/** True when the block has a current, complete translation (what coverage counts). */
function checkBlock(noticeId: string, block: Block, entry: BlockEntry | undefined, report: Report, compare: Compare): boolean {
  const where: Where = { noticeId, blockId: block.id };
  if (!entry) {
    report(where, "missing", `no English for the ${block.kind} "${excerpt(block.text)}"`);
    return false;
  }
  if (!isCurrentTranslation(entry, block.text)) {
    // The English was made from other Chinese; comparing its numbers with the current text would only add noise.
    report(where, "stale", `translated from Chinese with hash ${entry.source}, the block now hashes to ${sourceHash(block.text)}: review the English against "${excerpt(block.text)}"`);
    return false;
  }
  if (block.kind !== "table") {
    if (!("text" in entry)) {
      report(where, "missing", `the block is a ${block.kind} but its English is a table`);
      return false;
    }
    compare(where, block.text, entry.text);
    return true;
  }
  if (!("rows" in entry)) {
    report(where, "missing", "the block is a table but its English is text");
    return false;
  }
  return checkTable(block, entry, where, report, compare);
}

function checkTable(
  block: TableBlock,
  entry: Extract<BlockEntry, { rows: string[][] }>,
  where: Where,
  report: Report,
  compare: Compare,
): boolean {
  let complete = true;
  if (block.caption !== null) {
    if (entry.caption === null) {
      report(where, "missing", `no English for the caption "${excerpt(block.caption)}"`);
      complete = false;
    } else compare(where, block.caption, entry.caption, "caption");
  } else if (entry.caption !== null) report(where, "orphan", "English caption given, but the Chinese table has none");

  const checkRow = (label: string, zhCells: readonly string[], enCells: readonly string[] | undefined) => {
    if (enCells === undefined) {
      report(where, "missing", `no English for ${label}`);
      complete = false;
      return;
    }
    if (enCells.length !== zhCells.length) {
      report(where, enCells.length < zhCells.length ? "missing" : "orphan", `${label} has ${enCells.length} English cells, the Chinese has ${zhCells.length}`);
      complete = false;
    }
    zhCells.forEach((zh, i) => {
      const en = enCells[i];
      if (en === undefined) return;
      const cell = `${label}, cell ${i + 1}`;
      if (zh.trim() !== "" && en.trim() === "") {
        report(where, "missing", `${cell}: no English for "${excerpt(zh)}"`);
        complete = false;
      } else if (zh.trim() !== "") compare(where, zh, en, cell);
    });
  };
  // `clean` is the printed cell with PDF stray spaces removed: the text a translator actually read.
  checkRow("header", block.header.clean, entry.header.length > 0 ? entry.header : undefined);
  block.rows.forEach((row, i) => checkRow(`row ${i + 1}`, row.clean, entry.rows[i]));
  for (let i = block.rows.length; i < entry.rows.length; i++) {
    report(where, "orphan", `English row ${i + 1}, but the Chinese table has ${block.rows.length} rows`);
    complete = false;
  }
  return complete;
}

function checkContents(parsed: ParsedIssue, file: TranslationFile, report: Report, compare: Compare): void {
  for (const c of parsed.contents) {
    const where = { noticeId: c.noticeId, blockId: "contents" };
    const en = file.contents.find((x) => x.position === c.position);
    if (!en) report(where, "missing", `no English for contents entry ${c.position} "${excerpt(c.titleZh)}"`);
    else compare(where, c.titleZh, en.en);
  }
  const positions = new Set(parsed.contents.map((c) => c.position));
  for (const x of file.contents) {
    if (!positions.has(x.position)) report({ noticeId: parsed.issue.slug, blockId: "contents" }, "orphan", `English for contents entry ${x.position}, which the issue does not have`);
  }
}

function checkOutline(parsed: ParsedIssue, file: TranslationFile, report: Report, compare: Compare): void {
  for (const plan of parsed.plans) {
    for (const o of plan.outline) {
      const where = { noticeId: plan.noticeId, blockId: `outline-${o.seq}` };
      const en = file.outline.find((x) => x.noticeId === plan.noticeId && x.seq === o.seq);
      if (!en) report(where, "missing", `no English for outline entry ${o.seq} "${o.numbering ?? ""}${o.title}"`);
      else compare(where, `${o.numbering ?? ""}${o.title}`, en.en);
    }
  }
  for (const x of file.outline) {
    const plan = parsed.plans.find((p) => p.noticeId === x.noticeId);
    if (!plan?.outline.some((o) => o.seq === x.seq)) {
      report({ noticeId: x.noticeId, blockId: `outline-${x.seq}` }, "orphan", `English for outline entry ${x.seq}, which the Chinese does not have`);
    }
  }
}

/**
 * Front and back matter: every line with Chinese in it needs its English (the cover's own English
 * lines need none), and every pair given must belong to a matter line and carry its facts.
 */
function checkMatter(parsed: ParsedIssue, file: TranslationFile, report: Report, compare: Compare): void {
  const where = { noticeId: parsed.issue.slug, blockId: "matter" };
  const lines = [...parsed.frontMatter, ...parsed.backMatter];
  const given = new Set(file.matter.map((p) => p.zh));
  for (const m of lines) {
    if (HAN.test(m.text) && !given.has(m.text)) report(where, "missing", `no English for the ${m.role} line ${m.lines.start} "${excerpt(m.text)}"`);
  }
  const known = new Set(lines.map((m) => m.text));
  for (const pair of file.matter) {
    if (!known.has(pair.zh)) report(where, "orphan", `English for the matter line "${excerpt(pair.zh)}", which the issue does not have`);
    else compare(where, pair.zh, pair.en);
  }
}

/** Companies, demonstration cities, glossary terms and plan targets: English for every Chinese value the parser found. */
function checkRecords(parsed: ParsedIssue, file: TranslationFile, report: Report, compare: Compare): void {
  const kinds: { field: "companies" | "cities" | "glossaryTerms"; noun: string; values: { zh: string; where: Where }[] }[] = [
    {
      field: "companies",
      noun: "company",
      values: parsed.licensingDecisions.map((d) => ({ zh: d.company, where: { noticeId: d.noticeId, blockId: d.blockId } })),
    },
    {
      field: "cities",
      noun: "city",
      values: parsed.plans.flatMap((p) => p.cities.map((c) => ({ zh: c.name, where: { noticeId: p.noticeId, blockId: c.blockId } }))),
    },
    {
      field: "glossaryTerms",
      noun: "glossary term",
      values: parsed.plans.flatMap((p) => p.glossary.map((g) => ({ zh: g.term, where: { noticeId: p.noticeId, blockId: g.headingBlockId } }))),
    },
  ];
  checkTargets(parsed, file, report, compare);
  for (const { field, noun, values } of kinds) {
    const pairs = new Map(file.records[field].map((p) => [foldChineseForTerms(p.zh), p]));
    const wanted = new Set<string>();
    for (const v of values) {
      const key = foldChineseForTerms(v.zh);
      if (wanted.has(key)) continue;
      wanted.add(key);
      const pair = pairs.get(key);
      if (!pair) report(v.where, "missing", `no English for the ${noun} ${v.zh} in records.${field}`);
      else compare(v.where, v.zh, pair.en, `records.${field}`);
    }
    for (const [key, pair] of pairs) {
      if (!wanted.has(key)) report({ noticeId: parsed.issue.slug, blockId: `records.${field}` }, "orphan", `English for the ${noun} ${pair.zh}, which the parsed records do not have`);
    }
  }
}

/** A plan's numeric targets: each needs its English clause, which must carry the clause's numbers. */
function checkTargets(parsed: ParsedIssue, file: TranslationFile, report: Report, compare: Compare): void {
  for (const plan of parsed.plans) {
    for (const target of plan.targets) {
      const where = { noticeId: plan.noticeId, blockId: target.blockId };
      const en = file.records.targets.find((x) => x.noticeId === plan.noticeId && x.seq === target.seq);
      if (!en) report(where, "missing", `no English in records.targets for target ${target.seq} "${excerpt(target.clause)}"`);
      else compare(where, target.clause, en.clause, `records.targets ${target.seq}`);
    }
  }
  for (const x of file.records.targets) {
    if (!parsed.plans.some((p) => p.noticeId === x.noticeId && p.targets.some((t) => t.seq === x.seq))) {
      report({ noticeId: x.noticeId, blockId: "records.targets" }, "orphan", `English for target ${x.seq}, which the parsed plan does not have`);
    }
  }
}

type PreparedTerm = { zh: string; forms: string[]; shown: string };

/** Longest Chinese first, so a longer term claims its text before the shorter terms inside it. */
function prepareTerms(termBase: TermBase): PreparedTerm[] {
  return termBase.terms
    .map((t) => ({
      zh: foldChineseForTerms(t.zh),
      forms: [t.en, ...t.accept, ...t.abbr].map(foldEnglishForTerms),
      shown: [t.en, ...t.accept, ...t.abbr].map((f) => `"${f}"`).join(" or "),
    }))
    .sort((a, b) => b.zh.length - a.zh.length);
}

function abbreviations(termBase: TermBase): Set<string> {
  return new Set(termBase.terms.flatMap((t) => t.abbr.map(foldEnglishForTerms)));
}

/**
 * The term-base terms in `zh`, each with the forms of its English found in `en` (none: a missing
 * term). An occurrence inside a longer term is that term's business: 知识流程服务外包 is "knowledge
 * process outsourcing", which need not also say "service outsourcing".
 */
function matchTerms(terms: readonly PreparedTerm[], zh: string, en: string): { term: PreparedTerm; found: string[] }[] {
  let rest = foldChineseForTerms(zh);
  const english = foldEnglishForTerms(en);
  const out: { term: PreparedTerm; found: string[] }[] = [];
  for (const term of terms) {
    if (!rest.includes(term.zh)) continue;
    const found = term.forms.filter((f) => english.includes(f));
    // "it is hereby announced" also contains "hereby announced": only the longest form found counts.
    out.push({ term, found: found.filter((f) => !found.some((g) => g !== f && g.includes(f))) });
    rest = rest.split(term.zh).join("\u0000");
  }
  return out;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
