/**
 * Translators work from the printed page: their drafts are keyed by the source line a block starts
 * on (content/<issue>/translation-drafts/part-*.json, see BRIEF.md there). This CLI turns the drafts
 * into the reviewable translation file keyed by notice id and block id, with a hash of each Chinese
 * block, and reports every draft entry it could not place and every block left without English.
 *
 *   tsx scripts/import-translation-drafts.ts content/2013-11
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { formatParseError, ParseError } from "../lib/parse/errors.ts";
import { parseIssue } from "../lib/parse/parse-issue.ts";
import type { ParsedIssue } from "../lib/schema/parsed-issue.ts";
import { translationFileSchema, type NoticeTranslation, type TranslationFile } from "../lib/translations/schema.ts";
import { sourceHash } from "../lib/translations/source-hash.ts";

const pair = z.object({ zh: z.string(), en: z.string() });
const draftEntry = z.union([
  z.object({ line: z.number().int().positive(), zh: z.string(), en: z.string() }),
  z.object({ line: z.number().int().positive(), zh: z.string(), cells: z.array(z.string()) }),
  z.object({ terms: z.array(z.object({ zh: z.string(), en: z.string(), note: z.string().optional() })) }),
  z.object({
    records: z.object({
      companies: z.array(pair).optional(),
      licenceKinds: z.array(pair).optional(),
      issuers: z.array(pair.extend({ abbr: z.string().optional() })).optional(),
      cities: z.array(pair).optional(),
      glossaryTerms: z.array(pair).optional(),
      targets: z.array(z.object({ noticeId: z.string(), seq: z.number(), measure: z.string(), clause: z.string() })).optional(),
      alsoKnownAs: z.array(z.object({ noticeId: z.string(), title: z.string(), note: z.string() })).optional(),
    }),
  }),
]);
const draftFile = z.array(draftEntry);

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: tsx scripts/import-translation-drafts.ts content/<year>-<number>");
    process.exit(2);
  }
  const sourceFile = path.join(dir, "gazette.zh.txt");
  const sourceText = fs.readFileSync(sourceFile, "utf8");
  let parsed: ParsedIssue;
  try {
    parsed = parseIssue(sourceText, { file: sourceFile });
  } catch (e) {
    if (e instanceof ParseError) {
      console.error(formatParseError(e));
      process.exit(2);
    }
    throw e;
  }

  // 1. Read every draft part.
  const draftsDir = path.join(dir, "translation-drafts");
  const entries = fs
    .readdirSync(draftsDir)
    .filter((f) => /^part-.*\.json$/.test(f))
    .sort()
    .flatMap((f) => {
      const result = draftFile.safeParse(JSON.parse(fs.readFileSync(path.join(draftsDir, f), "utf8")));
      if (!result.success) {
        console.error(`${path.join(draftsDir, f)}: ${result.error.issues[0]?.path.join(".")}: ${result.error.issues[0]?.message}`);
        process.exit(2);
      }
      return result.data;
    });

  // 2. Index what each source line is in the parsed issue.
  type Target =
    | { kind: "block"; noticeId: string; blockId: string }
    | { kind: "caption" | "header"; noticeId: string; blockId: string }
    | { kind: "row"; noticeId: string; blockId: string; row: number }
    | { kind: "notice-header" | "notice-number" | "notice-subject" | "notice-source"; noticeId: string }
    | { kind: "outline"; noticeId: string; seq: number }
    | { kind: "contents"; position: number }
    | { kind: "matter"; zh: string };
  const byLine = new Map<number, Target>();
  for (const m of [...parsed.frontMatter, ...parsed.backMatter]) byLine.set(m.lines.start, { kind: "matter", zh: m.text });
  for (const c of parsed.contents) byLine.set(c.lineZh, { kind: "contents", position: c.position });
  for (const p of parsed.plans) for (const o of p.outline) byLine.set(o.line, { kind: "outline", noticeId: p.noticeId, seq: o.seq });
  for (const n of parsed.notices) {
    byLine.set(n.lines.start, { kind: "notice-header", noticeId: n.id });
    const numberLine = n.number?.line ?? n.documentNumber?.line;
    if (numberLine) byLine.set(numberLine, { kind: "notice-number", noticeId: n.id });
    for (const b of n.blocks) {
      if (b.kind === "table") {
        if (b.captionLine) byLine.set(b.captionLine, { kind: "caption", noticeId: n.id, blockId: b.id });
        byLine.set(b.header.lines.start, { kind: "header", noticeId: n.id, blockId: b.id });
        b.rows.forEach((r, i) => byLine.set(r.lines.start, { kind: "row", noticeId: n.id, blockId: b.id, row: i }));
      } else {
        byLine.set(b.lines.start, { kind: "block", noticeId: n.id, blockId: b.id });
      }
    }
  }

  // 3. Place each draft entry.
  const notices: Record<string, NoticeTranslation> = {};
  const noticeOf = (id: string): NoticeTranslation => {
    notices[id] ??= { title: "", header: null, number: null, subject: null, sourceNote: null, blocks: {} };
    return notices[id];
  };
  const tables = new Map<string, { caption: string | null; header: string[]; rows: string[][] }>();
  const tableOf = (noticeId: string, blockId: string) => {
    const key = `${noticeId}#${blockId}`;
    let t = tables.get(key);
    if (!t) {
      t = { caption: null, header: [], rows: [] };
      tables.set(key, t);
    }
    return t;
  };
  const matter: TranslationFile["matter"] = [];
  const contents: TranslationFile["contents"] = [];
  const outline: TranslationFile["outline"] = [];
  const records: TranslationFile["records"] = { companies: [], licenceKinds: [], issuers: [], cities: [], glossaryTerms: [], targets: [] };
  const alsoKnownAs: TranslationFile["alsoKnownAs"] = [];
  const problems: string[] = [];
  const sourceLines = sourceText.split("\n");
  // Continuation lines of non-table blocks (the period line under a title) → their block.
  const continuation = new Map<number, { noticeId: string; blockId: string }>();
  for (const n of parsed.notices) {
    for (const b of n.blocks) {
      if (b.kind === "table") continue;
      for (let l = b.lines.start + 1; l <= b.lines.end; l++) continuation.set(l, { noticeId: n.id, blockId: b.id });
    }
  }

  for (const entry of entries) {
    if ("terms" in entry) continue; // term lists feed content/term-base.json, reviewed by hand
    if ("records" in entry) {
      const r = entry.records;
      records.companies.push(...(r.companies ?? []));
      records.licenceKinds.push(...(r.licenceKinds ?? []));
      records.issuers.push(...(r.issuers ?? []));
      records.cities.push(...(r.cities ?? []));
      records.glossaryTerms.push(...(r.glossaryTerms ?? []));
      records.targets.push(...(r.targets ?? []));
      alsoKnownAs.push(...(r.alsoKnownAs ?? []));
      continue;
    }
    const printed = sourceLines[entry.line - 1]?.trim() ?? "";
    const zhKey = entry.zh.replace(/\t.*$/, "").trim().slice(0, 6);
    if (!printed.startsWith(zhKey)) {
      problems.push(`line ${entry.line}: draft says "${entry.zh}" but the source line reads "${printed.slice(0, 20)}"`);
      continue;
    }
    // 目录 is a UI label ("Contents") in the site's own messages, not text to translate per issue.
    if (printed.replace(/\s/g, "") === "目录") continue;
    let target = byLine.get(entry.line);
    // A continuation line of a block (the period line under a title) joins that block's English.
    const container = continuation.get(entry.line);
    if (!target && container && "en" in entry) {
      const t = noticeOf(container.noticeId).blocks[container.blockId];
      if (t && "text" in t) {
        t.text = `${t.text}\n${entry.en.trim()}`;
        continue;
      }
    }
    if (!target && /^[(（]\s*稿件来源/.test(printed)) {
      const n = parsed.notices.find((x) => x.lines.start <= entry.line && entry.line <= x.lines.end);
      if (n) target = { kind: "notice-source", noticeId: n.id };
    }
    if (!target) {
      const n = parsed.notices.find((x) => x.lines.start <= entry.line && entry.line <= x.lines.end);
      if (n?.subject && printed === n.subject) target = { kind: "notice-subject", noticeId: n.id };
    }
    if (!target) {
      problems.push(`line ${entry.line}: "${entry.zh}" is not the first line of any block or field`);
      continue;
    }
    const en = "en" in entry ? entry.en.trim() : null;
    const cells = "cells" in entry ? entry.cells.map((c) => c.trim()) : null;
    switch (target.kind) {
      case "matter":
        if (en) matter.push({ zh: target.zh, en });
        break;
      case "contents":
        if (en) contents.push({ position: target.position, en });
        break;
      case "outline":
        if (en) outline.push({ noticeId: target.noticeId, seq: target.seq, en });
        break;
      case "notice-header":
        if (en) noticeOf(target.noticeId).header = en;
        break;
      case "notice-number":
        if (en) noticeOf(target.noticeId).number = en;
        break;
      case "notice-subject":
        if (en) noticeOf(target.noticeId).subject = en;
        break;
      case "notice-source":
        if (en) noticeOf(target.noticeId).sourceNote = en;
        break;
      case "caption":
        tableOf(target.noticeId, target.blockId).caption = en ?? cells?.join(" ") ?? null;
        break;
      case "header":
        tableOf(target.noticeId, target.blockId).header = cells ?? (en ? [en] : []);
        break;
      case "row":
        tableOf(target.noticeId, target.blockId).rows[target.row] = cells ?? (en ? [en] : []);
        break;
      case "block":
        if (en) noticeOf(target.noticeId).blocks[target.blockId] = { source: "0000000000000000", text: en };
        else problems.push(`line ${entry.line}: table cells given for a non-table block`);
        break;
    }
  }

  // 4. Hashes, tables and titles.
  for (const n of parsed.notices) {
    const t = noticeOf(n.id);
    for (const b of n.blocks) {
      const hash = sourceHash(b.text);
      if (b.kind === "table") {
        const tt = tables.get(`${n.id}#${b.id}`);
        if (tt) t.blocks[b.id] = { source: hash, caption: tt.caption, header: tt.header, rows: Array.from({ length: b.rows.length }, (_, i) => tt.rows[i] ?? []) };
      } else {
        const entry = t.blocks[b.id];
        if (entry && "text" in entry) t.blocks[b.id] = { source: hash, text: entry.text };
      }
      if (!t.blocks[b.id]) problems.push(`${n.id}#${b.id} (line ${b.lines.start}): no English`);
    }
    const position = parsed.contents.find((c) => c.noticeId === n.id)?.position;
    t.title = contents.find((c) => c.position === position)?.en ?? t.header ?? "";
    if (!t.title) problems.push(`${n.id}: no English title`);
  }

  for (const p of problems) console.error(`⚠ ${p}`);
  const file = translationFileSchema.safeParse({
    issue: parsed.issue.slug,
    language: "en",
    provenance:
      "Archive translation (not official), made from the printed Chinese by the archive's translators, reviewed against the term base and checked with npm run translations:check. The gazette's own English (cover, contents titles) is kept separately as the official text.",
    matter,
    contents: contents.sort((a, b) => a.position - b.position),
    notices,
    outline,
    records,
    alsoKnownAs,
  });
  if (!file.success) {
    console.error(`translation file invalid: ${file.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    process.exit(1);
  }
  const out = path.join(dir, "translation.en.json");
  fs.writeFileSync(out, `${JSON.stringify(file.data, null, 2)}\n`);
  console.log(`${problems.length ? "⚠" : "✅"} ${out}: ${Object.keys(notices).length} notices, ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
}

main();
