import { ParseError } from "@/lib/parse/errors";
import { addMatter, type IssueContext } from "@/lib/parse/issue-context";
import { readNoticeHeader } from "@/lib/parse/notice";
import { compactChinese, findDate, parseEnglishDate, type SourceLine } from "@/lib/parse/text";

/**
 * Steps 1–3 of parseIssue: the Chinese cover, the Chinese contents list and the English cover and
 * contents. Each step claims the lines it reads (as front matter or contents) and says where it ended.
 */

export const ISSUE_LINE = /(\d{4})\s*年\s*第\s*(\d+)\s*期\s*\(\s*总\s*第\s*(\d+)\s*期\s*\)/;
export const CONTENTS_ZH = /^(\d+)\s*[.、]\s*(.+?)\s*\(\s*(\d+)\s*\)$/;
const CONTENTS_EN = /^(\d+)\s*\.\s*(.+?)\s*\(\s*(\d+)\s*\)$/;
const EN_ISSUE_LINE = /^No\.\s*(\d+)\s*\(\s*Series Issue No\.\s*(\d+)\s*\)$/i;
const EN_CAPS = /^[A-Z][A-Z\s,.'&-]+$/;
const WEBSITE = /<?(https?:\/\/[^>\s]+)>?/;

export type Cover = {
  year: number;
  number: number;
  series: number;
  titleLine: SourceLine;
  issueLine: SourceLine;
  /** Index in ctx.nonBlank of the 目 录 line. */
  tocIndex: number;
  titleEn: string | null;
  publishedOn: string;
  publisherZh: string;
  supervisorZh: string | null;
};

/** Step 1. The Chinese cover, up to the 目 录 line. */
export function readCover(ctx: IssueContext): Cover {
  const { nonBlank, file } = ctx;
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
  const m = ISSUE_LINE.exec(issueLine.norm);
  const fields: Pick<Cover, "titleEn" | "supervisorZh"> & { publishedOn: string | null; publisherZh: string | null } = {
    titleEn: null, publishedOn: null, publisherZh: null, supervisorZh: null,
  };
  nonBlank.slice(0, tocIndex).forEach((line, i) => addMatter(ctx, line, coverRole(line, i, titleLine, issueLine, fields)));
  const { publishedOn, publisherZh } = fields;
  if (!publishedOn) throw new ParseError(file, issueLine.no, "expected the publication date (e.g. 2013年2月13日) on the cover");
  if (!publisherZh) throw new ParseError(file, issueLine.no, "expected the publisher (e.g. 商务部办公厅) on the cover");
  const tocLine = nonBlank[tocIndex];
  if (tocLine) ctx.claims.set(tocLine.no, "front:contents-title");
  return {
    year: Number(m?.[1]), number: Number(m?.[2]), series: Number(m?.[3]),
    titleLine, issueLine, tocIndex, ...fields, publishedOn, publisherZh,
  };
}

/** The role of one cover line; fills the cover fields it carries. */
function coverRole(
  line: SourceLine,
  i: number,
  titleLine: SourceLine,
  issueLine: SourceLine,
  fields: { titleEn: string | null; publishedOn: string | null; publisherZh: string | null; supervisorZh: string | null },
): string {
  const date = findDate(line.norm);
  if (i === 0) return "title-zh";
  if (EN_CAPS.test(line.norm)) {
    fields.titleEn ??= line.text;
    return "title-en";
  }
  if (line === issueLine) return "issue-number";
  if (/主管$/.test(line.norm)) {
    fields.supervisorZh = compactChinese(line.norm.replace(/\s*主管$/, ""));
    return "supervisor";
  }
  if (date && compactChinese(line.norm) === compactChinese(date.text)) {
    fields.publishedOn = date.iso;
    return "date";
  }
  if (/^第\s*\d+\s*期/.test(line.norm)) return "issue-number-short";
  if (line.norm === titleLine.norm) return "title-zh-repeated";
  // The line before the date is the body that edits the issue (商务部办公厅).
  fields.publisherZh = compactChinese(line.norm);
  return "publisher";
}

export type ContentsEntry = { position: number; title: string; page: number; line: SourceLine };

/** Step 2. The Chinese contents entries after 目 录, and the website line under them. */
export function readContents(ctx: IssueContext, cover: Cover): { entries: ContentsEntry[]; website: string | null; next: number } {
  const { nonBlank } = ctx;
  const entries: ContentsEntry[] = [];
  let k = cover.tocIndex + 1;
  for (; k < nonBlank.length; k++) {
    const line = nonBlank[k];
    const m = line && CONTENTS_ZH.exec(line.norm);
    if (!line || !m) break;
    const title = line.text.replace(/^\d+\s*[.、]\s*/, "").replace(/\s*[(（]\s*\d+\s*[)）]\s*$/, "");
    entries.push({ position: Number(m[1]), title, page: Number(m[3]), line });
    ctx.claims.set(line.no, `contents-zh:${m[1]}`);
  }
  if (entries.length === 0) {
    const at = nonBlank[k]?.no ?? nonBlank[cover.tocIndex]?.no ?? 1;
    throw new ParseError(ctx.file, at, 'expected contents entries like "1. 中华人民共和国商务部公告 2013 年第 1 号 (3)" after 目 录');
  }
  let website: string | null = null;
  const siteLine = nonBlank[k];
  if (siteLine && WEBSITE.test(siteLine.norm) && /网/.test(siteLine.norm)) {
    website = WEBSITE.exec(siteLine.norm)?.[1] ?? null;
    addMatter(ctx, siteLine, "website-zh");
    k++;
  }
  return { entries, website, next: k };
}

export type EnglishEntry = { position: number; title: string; line: SourceLine };

/** Step 3. The English cover and contents (optional: older issues may not print them). */
export function readEnglishFrontMatter(ctx: IssueContext, cover: Cover, start: number): { publisherEn: string | null; entries: EnglishEntry[]; next: number } {
  const { nonBlank } = ctx;
  let publisherEn: string | null = null;
  const entries: EnglishEntry[] = [];
  let k = start;
  if (!EN_CAPS.test(nonBlank[k]?.norm ?? "")) return { publisherEn, entries, next: k };
  for (; k < nonBlank.length; k++) {
    const line = nonBlank[k];
    if (!line || readNoticeHeader(line.norm)) break;
    const m = CONTENTS_EN.exec(line.norm);
    if (m) {
      entries.push({ position: Number(m[1]), title: line.text.replace(/^\d+\s*\.\s*/, "").replace(/\s*\(\s*\d+\s*\)\s*$/, ""), line });
      ctx.claims.set(line.no, `contents-en:${m[1]}`);
    } else if (EN_CAPS.test(line.norm)) addMatter(ctx, line, "title-en-repeated");
    else if (parseEnglishDate(line.norm)) addMatter(ctx, line, "date-en");
    else if (EN_ISSUE_LINE.test(line.norm)) {
      checkEnglishIssueNumber(ctx, cover, line);
      addMatter(ctx, line, "issue-number-en");
    } else if (/^contents$/i.test(line.norm)) addMatter(ctx, line, "contents-title-en");
    else if (WEBSITE.test(line.norm)) addMatter(ctx, line, "website-en");
    else if (entries.length === 0) {
      publisherEn ??= line.text;
      addMatter(ctx, line, "publisher-en");
    } else break;
  }
  return { publisherEn, entries, next: k };
}

function checkEnglishIssueNumber(ctx: IssueContext, cover: Cover, line: SourceLine): void {
  const em = EN_ISSUE_LINE.exec(line.norm);
  if (Number(em?.[1]) !== cover.number || Number(em?.[2]) !== cover.series) {
    ctx.warnings.push({
      line: line.no,
      code: "english-contents-discrepancy",
      message: `English cover says No. ${em?.[1]} (series ${em?.[2]}), Chinese cover says 第${cover.number}期 (总第${cover.series}期)`,
    });
  }
}
