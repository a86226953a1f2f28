import { ParseError } from "@/lib/parse/errors";
import type { IssueContext } from "@/lib/parse/issue-context";
import { CONTENTS_ZH, ISSUE_LINE, type ContentsEntry, type Cover } from "@/lib/parse/issue-front-matter";
import { matchIssuers } from "@/lib/parse/issuers";
import type { NoticeDraft } from "@/lib/parse/notice";
import { compactChinese, foldForMatching, type SourceLine } from "@/lib/parse/text";

/**
 * The issue checked against what it says about itself (issue 9: a truncated or doubled file used to
 * parse as valid and replace a complete issue). The cover and the contents list appear once; every
 * contents entry names a notice found in the body and every notice found is listed; the issue runs
 * to the gazette's closing 简介. Any mismatch is a ParseError at the line that shows it.
 */

type Draft = NoticeDraft["notice"];

const squeeze = (text: string) => foldForMatching(text).replace(/\s+/g, "");

/**
 * True when a contents entry names this notice: the same issuers in the same order, and the same
 * year and number when the entry prints one (2013 年第 2 号), else the same title (a circular is
 * listed by its title, its 文号 printed only under it).
 */
export function entryNamesNotice(entry: ContentsEntry, notice: Draft): boolean {
  const folded = foldForMatching(entry.title);
  const codes = matchIssuers(folded)?.issuers.map((i) => i.info.code) ?? [];
  if (codes.join("+") !== notice.issuers.map((i) => i.code).join("+")) return false;
  const printed = /(\d{4})年第(\d+)号/.exec(squeeze(entry.title));
  const own = notice.number ?? notice.documentNumber;
  if (printed) return own !== null && Number(printed[1]) === own.year && Number(printed[2]) === own.number;
  return squeeze(entry.title) === squeeze(notice.titleZh);
}

const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;

/** Pairs each contents entry with the notice it names; throws on a missing, unlisted or repeated one. */
export function pairContents(ctx: IssueContext, entries: ContentsEntry[], drafts: NoticeDraft[]): Map<ContentsEntry, number> {
  const seen = new Map<string, ContentsEntry>();
  for (const e of entries) {
    const key = `${e.position}`;
    const first = seen.get(key);
    if (first) throw new ParseError(ctx.file, e.line.no, `contents entry ${e.position} appears twice (first at line ${first.line.no})`);
    seen.set(key, e);
  }
  const pairs = new Map<ContentsEntry, number>();
  const taken = new Set<number>();
  for (const entry of entries) {
    const i = drafts.findIndex((d, j) => !taken.has(j) && entryNamesNotice(entry, d.notice));
    if (i >= 0) {
      pairs.set(entry, i);
      taken.add(i);
    }
  }
  const missing = entries.filter((e) => !pairs.has(e));
  const [firstMissing] = missing;
  if (firstMissing) {
    const list = missing.length === 1 ? `contents entry ${firstMissing.position}` : `contents entries ${missing.map((e) => e.position).join(", ")}`;
    const verb = missing.length === 1 ? "has" : "have";
    throw new ParseError(ctx.file, firstMissing.line.no, `${list} ${verb} no notice in the body (first: ${quote(firstMissing.title)}): is the file truncated, or a notice's title line damaged?`);
  }
  const unlisted = drafts.findIndex((_, j) => !taken.has(j));
  const extra = drafts[unlisted]?.notice;
  if (extra) {
    const twin = drafts.find((d, j) => taken.has(j) && d.notice.id === extra.id)?.notice;
    const why = twin ? `repeats the notice at line ${twin.lines.start}: is the file doubled?` : "is not in the contents list";
    throw new ParseError(ctx.file, extra.lines.start, `notice ${extra.id} ${quote(extra.titleZh)} ${why}`);
  }
  return pairs;
}

/** The cover and the issue's contents list appear once: a second copy after the contents is an error. */
export function checkCoverOnce(ctx: IssueContext, cover: Cover, after: number): void {
  const title = compactChinese(cover.titleLine.norm);
  const rest = ctx.nonBlank.filter((l) => l.no > after);
  rest.forEach((line, i) => {
    const compact = compactChinese(line.norm);
    const next = rest[i + 1];
    const again =
      compact === title ? `the cover title ${quote(line.text)} (first at line ${cover.titleLine.no})`
      : fullMatch(ISSUE_LINE, line) ? `the cover's issue line ${quote(line.text)} (first at line ${cover.issueLine.no})`
      : compact === "目录" && next && CONTENTS_ZH.test(next.norm) ? `the contents list (first at line ${ctx.nonBlank[cover.tocIndex]?.no ?? 1})`
      : null;
    if (again) throw new ParseError(ctx.file, line.no, `${again} appears a second time: one file must hold one issue; is the file doubled?`);
  });
}

function fullMatch(re: RegExp, line: SourceLine): boolean {
  const m = re.exec(line.norm);
  return m !== null && m[0].length === line.norm.length;
}

/** The issue must run to its closing 简介; without it the last notice may have lost its end. */
export function requireBackMatter(ctx: IssueContext, drafts: NoticeDraft[], back: SourceLine[] | null): void {
  if (back) return;
  const last = drafts[drafts.length - 1]?.notice;
  const end = ctx.nonBlank[ctx.nonBlank.length - 1]?.no ?? 1;
  const where = last ? ` inside notice ${last.id} (from line ${last.lines.start})` : "";
  throw new ParseError(ctx.file, end, `the text ends${where} without the gazette's closing 《中国对外经济贸易文告》简介: is the file truncated?`);
}

/** The back matter 简介 heading appears once. */
export function checkBackMatterOnce(ctx: IssueContext, back: SourceLine[], isHeading: (line: SourceLine) => boolean): void {
  const [first, ...rest] = back;
  const again = rest.find(isHeading);
  if (first && again) throw new ParseError(ctx.file, again.no, `the back matter ${quote(again.text)} appears a second time (first at line ${first.no}): is the file doubled?`);
}
