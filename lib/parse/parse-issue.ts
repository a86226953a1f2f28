import {
  parsedIssueSchema,
  type Block,
  type Notice,
  type ParsedIssue,
} from "@/lib/schema/parsed-issue";
import { segment } from "@/lib/parse/blocks";
import { normalizeNewlines } from "@/lib/parse/decode";
import { englishNumberDiscrepancy } from "@/lib/parse/english-contents";
import { ParseError } from "@/lib/parse/errors";
import { newIssueContext, type IssueContext } from "@/lib/parse/issue-context";
import { checkBackMatterOnce, checkCoverOnce, pairContents, requireBackMatter } from "@/lib/parse/issue-cross-check";
import {
  readContents,
  readCover,
  readEnglishFrontMatter,
  type ContentsEntry,
  type Cover,
  type EnglishEntry,
} from "@/lib/parse/issue-front-matter";
import { parseNoticeLines, readNoticeHeader, type NoticeDraft } from "@/lib/parse/notice";
import { resolveReferences } from "@/lib/parse/references";
import {
  checkStandardsCount,
  extractLicensingDecisions,
  extractPlan,
  extractStandards,
} from "@/lib/parse/records";
import { compactChinese, splitLines, type SourceLine } from "@/lib/parse/text";
import { validateOutput } from "@/lib/parse/validate-output";

/**
 * Text of one gazette issue → a validated ParsedIssue. Pure: no file or database access. Throws
 * ParseError (file, line, what was expected) on input it cannot make sense of, and on an issue that
 * contradicts itself (contents vs body, a second cover, no closing 简介: see issue-cross-check.ts).
 * The steps, in reading order: cover → contents → English front matter → notice split (checked
 * against the contents) → back matter → records → coverage.
 */

const BACK_MATTER = /^《中国对外经济贸易文告》简介$/;
const STRAY_LATIN = /[\u4e00-\u9fff]\s+(and|or|of|the)\s+[\u4e00-\u9fff]/;

export type ParseIssueOptions = { file?: string };

export function parseIssue(text: string, options: ParseIssueOptions = {}): ParsedIssue {
  const file = options.file ?? "<input>";
  const ctx = newIssueContext(file, splitLines(normalizeNewlines(text)));
  if (ctx.nonBlank.length === 0) throw new ParseError(file, 1, "empty file: expected the text of a gazette issue");

  const cover = readCover(ctx);
  const contents = readContents(ctx, cover);
  const english = readEnglishFrontMatter(ctx, cover, contents.next);
  const frontEnd = ctx.nonBlank[english.next - 1]?.no ?? 0;
  checkCoverOnce(ctx, cover, frontEnd);
  const split = splitNotices(ctx, cover, frontEnd);
  const pairs = pairContents(ctx, contents.entries, split.drafts);
  requireBackMatter(ctx, split.drafts, split.back);
  const notices = buildNotices(ctx, split.drafts, pairs, english.entries);
  linkNotices(ctx, notices, split.drafts);
  const backMatter = readBackMatter(ctx, split.back ?? []);
  const records = extractRecords(ctx, notices, split.drafts);
  warnStrayLatin(ctx, notices);
  const coverage = measureCoverage(ctx);

  const result = {
    issue: {
      slug: `${cover.year}-${cover.number}`,
      year: cover.year, number: cover.number, series: cover.series, publishedOn: cover.publishedOn,
      titleZh: compactChinese(cover.titleLine.norm),
      titleEn: cover.titleEn ?? "CHINA FOREIGN TRADE AND ECONOMIC COOPERATION GAZETTE",
      publisherZh: cover.publisherZh, publisherEn: english.publisherEn, supervisorZh: cover.supervisorZh, website: contents.website,
    },
    contents: contents.entries.map((c) => {
      const en = english.entries.find((e) => e.position === c.position);
      const i = pairs.get(c) ?? 0;
      return { position: c.position, titleZh: c.title, titleEn: en?.title ?? null, page: c.page, lineZh: c.line.no, lineEn: en?.line.no ?? null, noticeId: notices[i]?.id ?? "unknown" };
    }),
    notices,
    ...records,
    frontMatter: ctx.frontMatter,
    backMatter,
    coverage,
    warnings: ctx.warnings,
  };
  return validateOutput(parsedIssueSchema, result, file);
}

/** Step 4. Notices: every header line after the front matter starts one; the gazette's own 简介 ends them. */
function splitNotices(ctx: IssueContext, cover: Cover, after: number): { drafts: NoticeDraft[]; back: SourceLine[] | null } {
  const rest = ctx.lines.filter((l) => l.no > after);
  const backIndex = rest.findIndex((l) => BACK_MATTER.test(compactChinese(l.norm)));
  const noticeLines = backIndex >= 0 ? rest.slice(0, backIndex) : rest;
  // A circular title may wrap onto two lines; its first line alone is not a header.
  const starts = noticeLines.flatMap((l, i) => (l.norm !== "" && readNoticeHeader(l.norm) ? [i] : []));
  const first = starts[0];
  if (first === undefined) {
    const at = noticeLines.find((l) => l.norm !== "")?.no ?? after + 1;
    throw new ParseError(ctx.file, at, "expected the first notice (an issuing body followed by 公告, or a …的通知 title) after the contents");
  }
  const stray = noticeLines.slice(0, first).find((l) => l.norm !== "");
  if (stray) throw new ParseError(ctx.file, stray.no, `expected a notice title line after the contents, found "${stray.text.slice(0, 40)}"`);
  const drafts = starts.map((s, i) =>
    parseNoticeLines(noticeLines.slice(s, starts[i + 1] ?? noticeLines.length), ctx.file, `${cover.year}-${cover.number}-n${i + 1}`),
  );
  return { drafts, back: backIndex >= 0 ? rest.slice(backIndex) : null };
}

/** The notices in body order, titled and paged from the contents entry each one is paired with. */
function buildNotices(ctx: IssueContext, drafts: NoticeDraft[], pairs: Map<ContentsEntry, number>, contentsEn: EnglishEntry[]): Notice[] {
  const entryOf = new Map([...pairs].map(([entry, i]) => [i, entry]));
  const seen = new Set<string>();
  return drafts.map((d, i) => {
    const zh = entryOf.get(i);
    const en = contentsEn.find((e) => e.position === (zh?.position ?? i + 1));
    let id = d.notice.id;
    // Two listed notices with the same issuer/year/number would collide; keep ids unique and say so.
    if (seen.has(id)) {
      ctx.warnings.push({ line: d.notice.lines.start, code: "contents-mismatch", message: `duplicate notice id ${id}; using ${id}-${i + 1}` });
      id = `${id}-${i + 1}`;
    }
    seen.add(id);
    const discrepancy = en && d.notice.number ? englishNumberDiscrepancy(en.title, d.notice.number) : null;
    if (en && d.notice.number && discrepancy) {
      ctx.warnings.push({
        line: en.line.no,
        code: "english-contents-discrepancy",
        message: `English contents say "${discrepancy.printed}" but the notice is numbered ${d.notice.number.year}年第${d.notice.number.number}号 (line ${d.notice.number.line})`,
      });
    }
    for (const [line, owner] of d.segmented.claims) ctx.claims.set(line, `${id}/${owner}`);
    return { ...d.notice, id, position: i + 1, titleZh: zh ? compactChinese(zh.title) : d.notice.titleZh, titleEn: en?.title ?? null, page: zh?.page ?? null };
  });
}

/** Citations of notices printed in this issue resolve to them; warnings found inside the notices join the issue's. */
function linkNotices(ctx: IssueContext, notices: Notice[], drafts: NoticeDraft[]): void {
  const known = new Set(notices.map((n) => n.id));
  for (const n of notices) n.references = resolveReferences(n.references, known);
  for (const d of drafts) ctx.warnings.push(...d.warnings);
}

/** Step 5. Back matter: the gazette's own description and contact lines, from its 简介 heading on. */
function readBackMatter(ctx: IssueContext, back: SourceLine[]): ParsedIssue["backMatter"] {
  if (back.length === 0) return [];
  checkBackMatterOnce(ctx, back, (l) => BACK_MATTER.test(compactChinese(l.norm)));
  let n = 0;
  const seg = segment(back, { nextId: () => `p-${++n}` });
  for (const [line, owner] of seg.claims) ctx.claims.set(line, `back/${owner}`);
  for (const t of seg.toc) ctx.warnings.push({ line: t.line, code: "unmapped-line", message: "contents line in back matter" });
  return seg.blocks.map((b) => ({ lines: b.lines, text: b.text, role: b.kind }));
}

/** Step 6. Records: standards, licensing decisions and plans, read from the notices' blocks. */
function extractRecords(ctx: IssueContext, notices: Notice[], drafts: NoticeDraft[]) {
  const warn = (w: ParsedIssue["warnings"][number]) => ctx.warnings.push(w);
  const standards = notices.flatMap((n) => extractStandards(n, ctx.file));
  const licensingDecisions = notices.flatMap((n) => extractLicensingDecisions(n));
  const plans = notices.flatMap((n, i) => {
    const plan = extractPlan(n, drafts[i]?.toc ?? [], warn);
    return plan ? [plan] : [];
  });
  for (const n of notices) checkStandardsCount(n, standards, warn);
  return { standards, licensingDecisions, plans };
}

/** Step 7. Source discrepancies worth a reader's attention: stray Latin words inside Chinese text. */
function warnStrayLatin(ctx: IssueContext, notices: Notice[]): void {
  for (const n of notices) {
    for (const b of n.blocks) {
      for (const t of blockTexts(b)) {
        const m = STRAY_LATIN.exec(t);
        if (m) ctx.warnings.push({ line: b.lines.start, code: "stray-latin-word", message: `stray Latin "${m[1]}" inside Chinese text (${n.id} ${b.id}): "${m[0]}"` });
      }
    }
  }
}

/** Step 8. Coverage: every non-blank line is claimed by exactly one block or metadata field. */
function measureCoverage(ctx: IssueContext): ParsedIssue["coverage"] {
  const { nonBlank, lines } = ctx;
  const unmapped = nonBlank.filter((l) => !ctx.claims.has(l.no)).map((l) => l.no);
  for (const line of unmapped) {
    ctx.warnings.push({ line, code: "unmapped-line", message: `line not mapped to any block or field: "${lines[line - 1]?.text.slice(0, 40) ?? ""}"` });
  }
  return {
    sourceLines: nonBlank.length,
    mappedLines: nonBlank.length - unmapped.length,
    unmappedLines: unmapped,
    ratio: nonBlank.length === 0 ? 1 : (nonBlank.length - unmapped.length) / nonBlank.length,
  };
}

/** Text pieces of a block, for checks that read every printed character. */
export function blockTexts(block: Block): string[] {
  if (block.kind !== "table") return [block.text];
  return [block.caption ?? "", ...block.header.cells, ...block.rows.flatMap((r) => r.cells)].filter(Boolean);
}
