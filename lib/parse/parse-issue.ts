import {
  parsedIssueSchema,
  type Block,
  type ParsedIssue,
  type ParseWarning,
} from "../schema/parsed-issue.ts";
import { segment } from "./blocks.ts";
import { normalizeNewlines } from "./decode.ts";
import { englishNumberDiscrepancy } from "./english-contents.ts";
import { ParseError } from "./errors.ts";
import { parseNoticeLines, readNoticeHeader, type NoticeDraft } from "./notice.ts";
import { resolveReferences } from "./references.ts";
import {
  checkStandardsCount,
  extractLicensingDecisions,
  extractPlan,
  extractStandards,
} from "./records.ts";
import { compactChinese, findDate, parseEnglishDate, splitLines, type SourceLine } from "./text.ts";

/**
 * Text of one gazette issue → a validated ParsedIssue. Pure: no file or database access. Throws
 * ParseError (file, line, what was expected) on input it cannot make sense of.
 */

const ISSUE_LINE = /(\d{4})\s*年\s*第\s*(\d+)\s*期\s*\(\s*总\s*第\s*(\d+)\s*期\s*\)/;
const CONTENTS_ZH = /^(\d+)\s*[.、]\s*(.+?)\s*\(\s*(\d+)\s*\)$/;
const CONTENTS_EN = /^(\d+)\s*\.\s*(.+?)\s*\(\s*(\d+)\s*\)$/;
const EN_ISSUE_LINE = /^No\.\s*(\d+)\s*\(\s*Series Issue No\.\s*(\d+)\s*\)$/i;
const WEBSITE = /<?(https?:\/\/[^>\s]+)>?/;
const BACK_MATTER = /^《中国对外经济贸易文告》简介$/;
const STRAY_LATIN = /[\u4e00-\u9fff]\s+(and|or|of|the)\s+[\u4e00-\u9fff]/;

export type ParseIssueOptions = { file?: string };

export function parseIssue(text: string, options: ParseIssueOptions = {}): ParsedIssue {
  const file = options.file ?? "<input>";
  const lines = splitLines(normalizeNewlines(text));
  const nonBlank = lines.filter((l) => l.norm !== "");
  if (nonBlank.length === 0) throw new ParseError(file, 1, "empty file: expected the text of a gazette issue");
  const claims = new Map<number, string>();
  const warnings: ParseWarning[] = [];
  const warn = (w: ParseWarning) => warnings.push(w);
  const claim = (line: SourceLine, owner: string) => claims.set(line.no, owner);

  // 1. Cover (Chinese), up to the 目录 line.
  const tocIndex = nonBlank.findIndex((l) => compactChinese(l.norm) === "目录");
  const titleLine = nonBlank[0];
  const issueLine = nonBlank.find((l) => ISSUE_LINE.test(l.norm));
  if (!titleLine || !/文告/.test(titleLine.norm) || !issueLine || tocIndex < 0 || nonBlank.indexOf(issueLine) > tocIndex) {
    throw new ParseError(
      file,
      (issueLine ?? titleLine)?.no ?? 1,
      "expected the gazette cover: 中国对外经济贸易文告, then \"2013 年第 11 期(总第 808 期)\", then 目 录",
    );
  }
  const issueMatch = ISSUE_LINE.exec(issueLine.norm);
  const year = Number(issueMatch?.[1]);
  const number = Number(issueMatch?.[2]);
  const series = Number(issueMatch?.[3]);
  const cover = nonBlank.slice(0, tocIndex);
  const frontMatter: ParsedIssue["frontMatter"] = [];
  const matter = (line: SourceLine, role: string) => {
    frontMatter.push({ lines: { start: line.no, end: line.no }, text: line.text, role });
    claim(line, `front:${role}`);
  };
  let titleEn: string | null = null;
  let publishedOn: string | null = null;
  let publisherZh: string | null = null;
  let supervisorZh: string | null = null;
  cover.forEach((line, i) => {
    const date = findDate(line.norm);
    if (i === 0) matter(line, "title-zh");
    else if (/^[A-Z][A-Z\s,.'&-]+$/.test(line.norm)) {
      titleEn ??= line.text;
      matter(line, "title-en");
    } else if (line === issueLine) matter(line, "issue-number");
    else if (/主管$/.test(line.norm)) {
      supervisorZh = compactChinese(line.norm.replace(/\s*主管$/, ""));
      matter(line, "supervisor");
    } else if (date && compactChinese(line.norm) === compactChinese(date.text)) {
      publishedOn = date.iso;
      matter(line, "date");
    } else if (/^第\s*\d+\s*期/.test(line.norm)) matter(line, "issue-number-short");
    else if (line.norm === titleLine.norm) matter(line, "title-zh-repeated");
    else {
      // The line before the date is the body that edits the issue (商务部办公厅).
      publisherZh = compactChinese(line.norm);
      matter(line, "publisher");
    }
  });
  if (!publishedOn) throw new ParseError(file, issueLine.no, "expected the publication date (e.g. 2013年2月13日) on the cover");
  if (!publisherZh) throw new ParseError(file, issueLine.no, "expected the publisher (e.g. 商务部办公厅) on the cover");
  const tocLine = nonBlank[tocIndex];
  if (tocLine) claim(tocLine, "front:contents-title");

  // 2. Chinese contents.
  type Entry = { position: number; title: string; page: number; line: SourceLine };
  const contentsZh: Entry[] = [];
  let k = tocIndex + 1;
  for (; k < nonBlank.length; k++) {
    const line = nonBlank[k];
    const m = line && CONTENTS_ZH.exec(line.norm);
    if (!line || !m) break;
    contentsZh.push({ position: Number(m[1]), title: line.text.replace(/^\d+\s*[.、]\s*/, "").replace(/\s*[(（]\s*\d+\s*[)）]\s*$/, ""), page: Number(m[3]), line });
    claim(line, `contents-zh:${m[1]}`);
  }
  if (contentsZh.length === 0) {
    throw new ParseError(file, nonBlank[k]?.no ?? tocLine?.no ?? 1, 'expected contents entries like "1. 中华人民共和国商务部公告 2013 年第 1 号 (3)" after 目 录');
  }
  let website: string | null = null;
  const siteLine = nonBlank[k];
  if (siteLine && WEBSITE.test(siteLine.norm) && /网/.test(siteLine.norm)) {
    website = WEBSITE.exec(siteLine.norm)?.[1] ?? null;
    matter(siteLine, "website-zh");
    k++;
  }

  // 3. English cover and contents (optional: older issues may not print them).
  let publisherEn: string | null = null;
  const contentsEn: { position: number; title: string; line: SourceLine }[] = [];
  if (nonBlank[k] && /^[A-Z][A-Z\s,.'&-]+$/.test(nonBlank[k]?.norm ?? "")) {
    for (; k < nonBlank.length; k++) {
      const line = nonBlank[k];
      if (!line) break;
      if (readNoticeHeader(line.norm)) break;
      const m = CONTENTS_EN.exec(line.norm);
      if (m) {
        contentsEn.push({ position: Number(m[1]), title: line.text.replace(/^\d+\s*\.\s*/, "").replace(/\s*\(\s*\d+\s*\)\s*$/, ""), line });
        claim(line, `contents-en:${m[1]}`);
      } else if (/^[A-Z][A-Z\s,.'&-]+$/.test(line.norm)) matter(line, "title-en-repeated");
      else if (parseEnglishDate(line.norm)) matter(line, "date-en");
      else if (EN_ISSUE_LINE.test(line.norm)) {
        const em = EN_ISSUE_LINE.exec(line.norm);
        if (Number(em?.[1]) !== number || Number(em?.[2]) !== series) {
          warn({ line: line.no, code: "english-contents-discrepancy", message: `English cover says No. ${em?.[1]} (series ${em?.[2]}), Chinese cover says 第${number}期 (总第${series}期)` });
        }
        matter(line, "issue-number-en");
      } else if (/^contents$/i.test(line.norm)) matter(line, "contents-title-en");
      else if (WEBSITE.test(line.norm)) matter(line, "website-en");
      else if (contentsEn.length === 0) {
        publisherEn ??= line.text;
        matter(line, "publisher-en");
      } else break;
    }
  }

  // 4. Notices: every header line after the contents starts one; the gazette's own 简介 ends them.
  const rest = lines.filter((l) => l.no > (nonBlank[k - 1]?.no ?? 0));
  const backIndex = rest.findIndex((l) => BACK_MATTER.test(compactChinese(l.norm)));
  const noticeLines = backIndex >= 0 ? rest.slice(0, backIndex) : rest;
  const starts = noticeLines.flatMap((l, i) => (l.norm !== "" && readNoticeHeader(l.norm) ? [i] : []));
  // A circular title may wrap onto two lines; its first line alone is not a header.
  if (starts.length === 0) {
    const first = noticeLines.find((l) => l.norm !== "");
    throw new ParseError(file, first?.no ?? nonBlank[k]?.no ?? 1, "expected the first notice (an issuing body followed by 公告, or a …的通知 title) after the contents");
  }
  for (const l of noticeLines.slice(0, starts[0])) {
    if (l.norm !== "") {
      throw new ParseError(file, l.no, `expected a notice title line after the contents, found "${l.text.slice(0, 40)}"`);
    }
  }
  const drafts: NoticeDraft[] = starts.map((s, i) =>
    parseNoticeLines(noticeLines.slice(s, starts[i + 1] ?? noticeLines.length), file, `${year}-${number}-n${i + 1}`),
  );

  if (drafts.length !== contentsZh.length) {
    warn({ line: contentsZh[0]?.line.no ?? null, code: "contents-mismatch", message: `the contents list ${contentsZh.length} entries but the text has ${drafts.length} notices` });
  }
  const seen = new Set<string>();
  const notices = drafts.map((d, i) => {
    const zh = contentsZh[i];
    const en = contentsEn.find((e) => e.position === (zh?.position ?? i + 1));
    let id = d.notice.id;
    // Two notices with the same issuer/year/number would collide; keep ids unique and say so.
    if (seen.has(id)) {
      warn({ line: d.notice.lines.start, code: "contents-mismatch", message: `duplicate notice id ${id}; using ${id}-${i + 1}` });
      id = `${id}-${i + 1}`;
    }
    seen.add(id);
    if (zh) {
      const num = d.notice.number ?? d.notice.documentNumber;
      const zhCompact = compactChinese(zh.title.normalize("NFKC"));
      if (num && !zhCompact.includes(`${num.year}`) && !zhCompact.includes("通知")) {
        warn({ line: zh.line.no, code: "contents-mismatch", message: `contents entry ${zh.position} does not match the notice at line ${d.notice.lines.start}` });
      }
    }
    const discrepancy = en && d.notice.number ? englishNumberDiscrepancy(en.title, d.notice.number) : null;
    if (en && d.notice.number && discrepancy) {
      warn({
        line: en.line.no,
        code: "english-contents-discrepancy",
        message: `English contents say "${discrepancy.printed}" but the notice is numbered ${d.notice.number.year}年第${d.notice.number.number}号 (line ${d.notice.number.line})`,
      });
    }
    for (const [line, owner] of d.segmented.claims) claims.set(line, `${id}/${owner}`);
    return {
      ...d.notice,
      id,
      position: i + 1,
      titleZh: zh ? compactChinese(zh.title) : d.notice.titleZh,
      titleEn: en?.title ?? null,
      page: zh?.page ?? null,
    };
  });

  // Citations of notices printed in this issue resolve to them; warnings from inside the notices.
  const known = new Set(notices.map((n) => n.id));
  for (const n of notices) n.references = resolveReferences(n.references, known);
  for (const d of drafts) warnings.push(...d.warnings);

  // 5. Back matter (the gazette's own description and contact lines).
  const backMatter: ParsedIssue["backMatter"] = [];
  if (backIndex >= 0) {
    let n = 0;
    const seg = segment(rest.slice(backIndex), { nextId: () => `p-${++n}` });
    for (const b of seg.blocks) backMatter.push({ lines: b.lines, text: b.text, role: b.kind });
    for (const [line, owner] of seg.claims) claims.set(line, `back/${owner}`);
    for (const t of seg.toc) warn({ line: t.line, code: "unmapped-line", message: "contents line in back matter" });
  }

  // 6. Records.
  const standards = notices.flatMap((n) => extractStandards(n, file));
  const licensingDecisions = notices.flatMap((n) => extractLicensingDecisions(n));
  const plans = notices.flatMap((n, i) => {
    const plan = extractPlan(n, drafts[i]?.toc ?? [], warn);
    return plan ? [plan] : [];
  });
  for (const n of notices) checkStandardsCount(n, standards, warn);

  // 7. Source discrepancies worth a reader's attention.
  for (const n of notices) {
    for (const b of n.blocks) {
      for (const t of blockTexts(b)) {
        const m = STRAY_LATIN.exec(t);
        if (m) warn({ line: b.lines.start, code: "stray-latin-word", message: `stray Latin "${m[1]}" inside Chinese text (${n.id} ${b.id}): "${m[0]}"` });
      }
    }
  }

  // 8. Coverage: every non-blank line is claimed by exactly one block or metadata field.
  const unmapped = nonBlank.filter((l) => !claims.has(l.no)).map((l) => l.no);
  for (const line of unmapped) warn({ line, code: "unmapped-line", message: `line not mapped to any block or field: "${lines[line - 1]?.text.slice(0, 40) ?? ""}"` });

  const result = {
    issue: {
      slug: `${year}-${number}`,
      year, number, series, publishedOn,
      titleZh: compactChinese(titleLine.norm),
      titleEn: titleEn ?? "CHINA FOREIGN TRADE AND ECONOMIC COOPERATION GAZETTE",
      publisherZh, publisherEn, supervisorZh, website,
    },
    contents: contentsZh.map((c, i) => ({
      position: c.position,
      titleZh: c.title,
      titleEn: contentsEn.find((e) => e.position === c.position)?.title ?? null,
      page: c.page,
      lineZh: c.line.no,
      lineEn: contentsEn.find((e) => e.position === c.position)?.line.no ?? null,
      noticeId: notices[i]?.id ?? notices[notices.length - 1]?.id ?? "unknown",
    })),
    notices,
    standards,
    licensingDecisions,
    plans,
    frontMatter,
    backMatter,
    coverage: {
      sourceLines: nonBlank.length,
      mappedLines: nonBlank.length - unmapped.length,
      unmappedLines: unmapped,
      ratio: nonBlank.length === 0 ? 1 : (nonBlank.length - unmapped.length) / nonBlank.length,
    },
    warnings,
  };
  const parsed = parsedIssueSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ParseError(file, 1, `parsed issue failed validation at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`);
  }
  return parsed.data;
}

/** Text pieces of a block, for checks that read every printed character. */
export function blockTexts(block: Block): string[] {
  if (block.kind !== "table") return [block.text];
  return [block.caption ?? "", ...block.header.cells, ...block.rows.flatMap((r) => r.cells)].filter(Boolean);
}
