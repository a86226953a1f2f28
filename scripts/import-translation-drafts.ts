/**
 * Translators work from the printed page: their drafts are keyed by the source line a block starts
 * on (content/<issue>/translation-drafts/part-*.json, see BRIEF.md there). This CLI turns the drafts
 * into the reviewable translation file keyed by notice id and block id, with a hash of each Chinese
 * block, and reports every draft entry it could not place and every block left without English.
 *
 *   tsx scripts/import-translation-drafts.ts content/2013-11
 *
 * Steps (one function each): read the drafts → index the source lines → place each entry → hashes,
 * tables and titles → validate and write.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { formatParseError, ParseError } from "@/lib/parse/errors";
import { parseIssue } from "@/lib/parse/parse-issue";
import type { ParsedIssue } from "@/lib/schema/parsed-issue";
import { translationFileSchema, type NoticeTranslation, type TranslationFile } from "@/lib/translations/schema";
import { sourceHash } from "@/lib/translations/source-hash";

const pair = z.object({ zh: z.string(), en: z.string() });
const lineEntry = z.object({ line: z.number().int().positive(), zh: z.string(), en: z.string() });
const cellsEntry = z.object({ line: z.number().int().positive(), zh: z.string(), cells: z.array(z.string()) });
const termsEntry = z.object({ terms: z.array(z.object({ zh: z.string(), en: z.string(), note: z.string().optional() })) });
const recordsEntry = z.object({
  records: z.object({
    companies: z.array(pair).optional(),
    licenceKinds: z.array(pair).optional(),
    issuers: z.array(pair.extend({ abbr: z.string().optional() })).optional(),
    cities: z.array(pair).optional(),
    glossaryTerms: z.array(pair).optional(),
    targets: z.array(z.object({ noticeId: z.string(), seq: z.number(), measure: z.string(), clause: z.string() })).optional(),
    alsoKnownAs: z.array(z.object({ noticeId: z.string(), title: z.string(), note: z.string() })).optional(),
  }),
});
const draftEntry = z.union([lineEntry, cellsEntry, termsEntry, recordsEntry]);
const draftFile = z.array(draftEntry);
type DraftEntry = z.infer<typeof draftEntry>;
type LineEntry = z.infer<typeof lineEntry> | z.infer<typeof cellsEntry>;
type RecordsEntry = z.infer<typeof recordsEntry>;

/** What a source line is in the parsed issue. */
type Target =
  | { kind: "block"; noticeId: string; blockId: string }
  | { kind: "caption" | "header"; noticeId: string; blockId: string }
  | { kind: "row"; noticeId: string; blockId: string; row: number }
  | { kind: "notice-header" | "notice-number" | "notice-subject" | "notice-source"; noticeId: string }
  | { kind: "outline"; noticeId: string; seq: number }
  | { kind: "contents"; position: number }
  | { kind: "matter"; zh: string };

type Located = { noticeId: string; blockId: string };
type SourceIndex = { byLine: Map<number, Target>; continuation: Map<number, Located>; lines: string[] };
type TableDraft = { caption: string | null; header: string[]; rows: string[][] };

/** The translation file under construction, filled entry by entry. */
type Draft = {
  notices: Record<string, NoticeTranslation>;
  tables: Map<string, TableDraft>;
  matter: TranslationFile["matter"];
  contents: TranslationFile["contents"];
  outline: TranslationFile["outline"];
  records: TranslationFile["records"];
  alsoKnownAs: TranslationFile["alsoKnownAs"];
  problems: string[];
};

function emptyDraft(): Draft {
  return {
    notices: {}, tables: new Map(), matter: [], contents: [], outline: [], alsoKnownAs: [], problems: [],
    records: { companies: [], licenceKinds: [], issuers: [], cities: [], glossaryTerms: [], targets: [] },
  };
}

function noticeOf(draft: Draft, id: string): NoticeTranslation {
  draft.notices[id] ??= { title: "", header: null, number: null, subject: null, sourceNote: null, blocks: {} };
  return draft.notices[id];
}

function tableOf(draft: Draft, noticeId: string, blockId: string): TableDraft {
  const key = `${noticeId}#${blockId}`;
  let t = draft.tables.get(key);
  if (!t) {
    t = { caption: null, header: [], rows: [] };
    draft.tables.set(key, t);
  }
  return t;
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function parseSource(sourceFile: string, sourceText: string): ParsedIssue {
  try {
    return parseIssue(sourceText, { file: sourceFile });
  } catch (e) {
    if (e instanceof ParseError) fail(formatParseError(e), 2);
    throw e;
  }
}

// 1. Read every draft part, in file-name order.
function readDrafts(draftsDir: string): DraftEntry[] {
  return fs
    .readdirSync(draftsDir)
    .filter((f) => /^part-.*\.json$/.test(f))
    .sort()
    .flatMap((f) => {
      const result = draftFile.safeParse(JSON.parse(fs.readFileSync(path.join(draftsDir, f), "utf8")));
      if (!result.success) {
        fail(`${path.join(draftsDir, f)}: ${result.error.issues[0]?.path.join(".")}: ${result.error.issues[0]?.message}`, 2);
      }
      return result.data;
    });
}

// 2. Index what each source line is in the parsed issue.
function indexSource(parsed: ParsedIssue, sourceText: string): SourceIndex {
  const byLine = new Map<number, Target>();
  for (const m of [...parsed.frontMatter, ...parsed.backMatter]) byLine.set(m.lines.start, { kind: "matter", zh: m.text });
  for (const c of parsed.contents) byLine.set(c.lineZh, { kind: "contents", position: c.position });
  for (const p of parsed.plans) for (const o of p.outline) byLine.set(o.line, { kind: "outline", noticeId: p.noticeId, seq: o.seq });
  // Continuation lines of non-table blocks (the period line under a title) → their block.
  const continuation = new Map<number, Located>();
  for (const n of parsed.notices) {
    byLine.set(n.lines.start, { kind: "notice-header", noticeId: n.id });
    const numberLine = n.number?.line ?? n.documentNumber?.line;
    if (numberLine) byLine.set(numberLine, { kind: "notice-number", noticeId: n.id });
    for (const b of n.blocks) {
      if (b.kind === "table") {
        if (b.captionLine) byLine.set(b.captionLine, { kind: "caption", noticeId: n.id, blockId: b.id });
        byLine.set(b.header.lines.start, { kind: "header", noticeId: n.id, blockId: b.id });
        b.rows.forEach((r, i) => byLine.set(r.lines.start, { kind: "row", noticeId: n.id, blockId: b.id, row: i }));
        continue;
      }
      byLine.set(b.lines.start, { kind: "block", noticeId: n.id, blockId: b.id });
      for (let l = b.lines.start + 1; l <= b.lines.end; l++) continuation.set(l, { noticeId: n.id, blockId: b.id });
    }
  }
  return { byLine, continuation, lines: sourceText.split("\n") };
}

// 3. Place each draft entry.
function placeEntries(parsed: ParsedIssue, index: SourceIndex, entries: readonly DraftEntry[]): Draft {
  const draft = emptyDraft();
  for (const entry of entries) {
    if ("terms" in entry) continue; // term lists feed content/term-base.json, reviewed by hand
    if ("records" in entry) addRecords(draft, entry);
    else placeLine(parsed, index, draft, entry);
  }
  return draft;
}

function addRecords(draft: Draft, entry: RecordsEntry): void {
  const r = entry.records;
  draft.records.companies.push(...(r.companies ?? []));
  draft.records.licenceKinds.push(...(r.licenceKinds ?? []));
  draft.records.issuers.push(...(r.issuers ?? []));
  draft.records.cities.push(...(r.cities ?? []));
  draft.records.glossaryTerms.push(...(r.glossaryTerms ?? []));
  draft.records.targets.push(...(r.targets ?? []));
  draft.alsoKnownAs.push(...(r.alsoKnownAs ?? []));
}

function placeLine(parsed: ParsedIssue, index: SourceIndex, draft: Draft, entry: LineEntry): void {
  const printed = index.lines[entry.line - 1]?.trim() ?? "";
  const zhKey = entry.zh.replace(/\t.*$/, "").trim().slice(0, 6);
  if (!printed.startsWith(zhKey)) {
    draft.problems.push(`line ${entry.line}: draft says "${entry.zh}" but the source line reads "${printed.slice(0, 20)}"`);
    return;
  }
  // 目录 is a UI label ("Contents") in the site's own messages, not text to translate per issue.
  if (printed.replace(/\s/g, "") === "目录") return;
  // A continuation line of a block (the period line under a title) joins that block's English.
  const container = index.continuation.get(entry.line);
  if (!index.byLine.has(entry.line) && container && "en" in entry) {
    const t = noticeOf(draft, container.noticeId).blocks[container.blockId];
    if (t && "text" in t) {
      t.text = `${t.text}\n${entry.en.trim()}`;
      return;
    }
  }
  const target = index.byLine.get(entry.line) ?? noticeFieldTarget(parsed, entry.line, printed);
  if (!target) {
    draft.problems.push(`line ${entry.line}: "${entry.zh}" is not the first line of any block or field`);
    return;
  }
  applyEntry(draft, target, entry);
}

/** A line no block starts on can still be a notice's source note or subject line. */
function noticeFieldTarget(parsed: ParsedIssue, line: number, printed: string): Target | undefined {
  const n = parsed.notices.find((x) => x.lines.start <= line && line <= x.lines.end);
  if (!n) return undefined;
  if (/^[(（]\s*稿件来源/.test(printed)) return { kind: "notice-source", noticeId: n.id };
  if (n.subject && printed === n.subject) return { kind: "notice-subject", noticeId: n.id };
  return undefined;
}

function applyEntry(draft: Draft, target: Target, entry: LineEntry): void {
  const en = "en" in entry ? entry.en.trim() : null;
  const cells = "cells" in entry ? entry.cells.map((c) => c.trim()) : null;
  switch (target.kind) {
    case "matter":
      if (en) draft.matter.push({ zh: target.zh, en });
      break;
    case "contents":
      if (en) draft.contents.push({ position: target.position, en });
      break;
    case "outline":
      if (en) draft.outline.push({ noticeId: target.noticeId, seq: target.seq, en });
      break;
    case "notice-header":
    case "notice-number":
    case "notice-subject":
    case "notice-source":
      if (en) noticeOf(draft, target.noticeId)[NOTICE_FIELD[target.kind]] = en;
      break;
    case "caption":
      tableOf(draft, target.noticeId, target.blockId).caption = en ?? cells?.join(" ") ?? null;
      break;
    case "header":
      tableOf(draft, target.noticeId, target.blockId).header = cells ?? (en ? [en] : []);
      break;
    case "row":
      tableOf(draft, target.noticeId, target.blockId).rows[target.row] = cells ?? (en ? [en] : []);
      break;
    case "block":
      if (en) noticeOf(draft, target.noticeId).blocks[target.blockId] = { source: "0000000000000000", text: en };
      else draft.problems.push(`line ${entry.line}: table cells given for a non-table block`);
      break;
  }
}

const NOTICE_FIELD = {
  "notice-header": "header",
  "notice-number": "number",
  "notice-subject": "subject",
  "notice-source": "sourceNote",
} as const;

// 4. Hashes, tables and titles: each block's English is stamped with the hash of its current Chinese.
function finishNotices(parsed: ParsedIssue, draft: Draft): void {
  for (const n of parsed.notices) {
    const t = noticeOf(draft, n.id);
    for (const b of n.blocks) {
      const hash = sourceHash(b.text);
      if (b.kind === "table") {
        const tt = draft.tables.get(`${n.id}#${b.id}`);
        if (tt) t.blocks[b.id] = { source: hash, caption: tt.caption, header: tt.header, rows: Array.from({ length: b.rows.length }, (_, i) => tt.rows[i] ?? []) };
      } else {
        const entry = t.blocks[b.id];
        if (entry && "text" in entry) t.blocks[b.id] = { source: hash, text: entry.text };
      }
      if (!t.blocks[b.id]) draft.problems.push(`${n.id}#${b.id} (line ${b.lines.start}): no English`);
    }
    const position = parsed.contents.find((c) => c.noticeId === n.id)?.position;
    t.title = draft.contents.find((c) => c.position === position)?.en ?? t.header ?? "";
    if (!t.title) draft.problems.push(`${n.id}: no English title`);
  }
}

// 5. Validate the whole file and write it.
function writeTranslation(dir: string, parsed: ParsedIssue, draft: Draft): void {
  const file = translationFileSchema.safeParse({
    issue: parsed.issue.slug,
    language: "en",
    provenance:
      "Archive translation (not official), made from the printed Chinese by the archive's translators, reviewed against the term base and checked with npm run translations:check. The gazette's own English (cover, contents titles) is kept separately as the official text.",
    matter: draft.matter,
    contents: draft.contents.sort((a, b) => a.position - b.position),
    notices: draft.notices,
    outline: draft.outline,
    records: draft.records,
    alsoKnownAs: draft.alsoKnownAs,
  });
  if (!file.success) {
    fail(`translation file invalid: ${file.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, 1);
  }
  fs.writeFileSync(path.join(dir, "translation.en.json"), `${JSON.stringify(file.data, null, 2)}\n`);
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) fail("usage: tsx scripts/import-translation-drafts.ts content/<year>-<number>", 2);
  const sourceFile = path.join(dir, "gazette.zh.txt");
  const sourceText = fs.readFileSync(sourceFile, "utf8");
  const parsed = parseSource(sourceFile, sourceText);
  const entries = readDrafts(path.join(dir, "translation-drafts"));
  const draft = placeEntries(parsed, indexSource(parsed, sourceText), entries);
  finishNotices(parsed, draft);
  for (const p of draft.problems) console.error(`⚠ ${p}`);
  writeTranslation(dir, parsed, draft);
  const out = path.join(dir, "translation.en.json");
  console.log(`${draft.problems.length ? "⚠" : "✅"} ${out}: ${Object.keys(draft.notices).length} notices, ${draft.problems.length} problems`);
  process.exit(draft.problems.length ? 1 : 0);
}

main();
