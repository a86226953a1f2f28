import type { Notice } from "@/lib/schema/parsed-issue";
import { ISSUERS, matchIssuers, registeredIssuer, unregisteredIssuer, type MatchedIssuer } from "@/lib/parse/issuers";
import { compactChinese, parseChineseNumber } from "@/lib/parse/text";

/**
 * Announcement numbers, document numbers (文号) and notice ids, in every printed form. Patterns run
 * on folded text (NFKC, simplified: 號 → 号, full-width brackets → ASCII). Nothing here lists the
 * 文号 prefixes: a prefix is whatever CJK run stands before the bracketed year.
 */

export const YEAR_RE = "(\\d{4}|[〇○O0零一二三四五六七八九]{4})";
export const NO_RE = "(\\d+|[一二三四五六七八九十百]+)";

/** 2013, 二〇一三, 二0一三, 二O一三 → the year. */
export function parseYearText(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  const digits = [...text].map((c) => "〇一二三四五六七八九".indexOf(c === "○" || c === "O" || c === "0" || c === "零" ? "〇" : c));
  return digits.length === 4 && digits.every((d) => d >= 0) ? Number(digits.join("")) : null;
}

const OPEN = "[〔\\[(【]";
const CLOSE = "[〕\\])】]";
const NUMBER_FORMS: RegExp[] = [
  // 2013年第2号, 公告2013年第2号, 2013年2号 (第 lost), 二〇一三年第二號
  new RegExp(`^(?:公告)?${YEAR_RE}年第?${NO_RE}号$`),
  // [2011]第26號: the bracketed year of a 文号 without a prefix is an announcement number
  new RegExp(`^${OPEN}${YEAR_RE}${CLOSE}第${NO_RE}号$`),
];
const ENGLISH_FORMS: { re: RegExp; year: number; no: number }[] = [
  { re: /^Announcement No\.?\s*(\d+)\s*,?\s*(?:of\s*)?(\d{4})$/i, year: 2, no: 1 },
  { re: /^\[(\d{4})\]\s*No\.?\s*(\d+)$/i, year: 1, no: 2 },
];

/** The announcement number when `text` (a line, or the number part of a title) is one, else null. */
export function parseNoticeNumber(text: string, line: number): Notice["number"] {
  const compact = compactChinese(text.normalize("NFKC")).replace(/\s+/g, "");
  for (const re of NUMBER_FORMS) {
    const m = re.exec(compact);
    const year = parseYearText(m?.[1] ?? "");
    const number = parseChineseNumber(m?.[2] ?? "");
    if (m && year !== null && number !== null && number > 0) return { year, number, text, line };
  }
  for (const { re, year, no } of ENGLISH_FORMS) {
    const m = re.exec(text.normalize("NFKC").trim());
    if (m) return { year: Number(m[year]), number: Number(m[no]), text, line };
  }
  return null;
}

// 国办发〔2006〕23号, 商贸函[2011]1124号, 新质监办发(2012)24号, 余府发【2012】3号, 国发〔2009〕第38号
export const DOCUMENT_NUMBER_IN_TEXT = new RegExp(`([\\u4e00-\\u9fff]{1,12})${OPEN}(\\d{4})${CLOSE}第?(\\d+)号`, "g");
// Words that stand before a 文号 in running text and are not part of its prefix (根据国办发〔…〕).
const LEAD_WORDS = /^.*(根据|依据|按照|依照|参照|执行|印发|转发|关于|对照|落实|贯彻|以|和|及|与|或|的|见|经|按)/;

/** The 文号 of a DOCUMENT_NUMBER_IN_TEXT match: prefix (lead words cut), normalised form, offset of the prefix. */
export function documentNumberOf(m: RegExpMatchArray): { prefix: string; year: number; number: number; normalized: string; offset: number } | null {
  const run = m[1] ?? "";
  const prefix = run.replace(LEAD_WORDS, "");
  if (prefix === "" || /^\d{4}$/.test(prefix)) return null;
  const year = Number(m[2]);
  const number = Number(m[3]);
  return { prefix, year, number, normalized: `${prefix}〔${year}〕${number}号`, offset: run.length - prefix.length };
}

/** A 文号 standing alone (its own line, or the value of 【发布文号】), in any bracket style. */
export function parseDocumentNumber(text: string, printed: string, line: number): Notice["documentNumber"] {
  const compact = compactChinese(text.normalize("NFKC")).replace(/\s+/g, "").replace(/^\((.+)\)$/, "$1");
  const re = new RegExp(`^([\\u4e00-\\u9fff]{1,12})${OPEN}(\\d{4})${CLOSE}第?(\\d+)号$`);
  const m = re.exec(compact);
  const doc = m ? documentNumberOf(m) : null;
  if (!doc || doc.offset !== 0) return null;
  return { text: printed, normalized: doc.normalized, prefix: doc.prefix, year: doc.year, number: doc.number, line };
}

// Short forms printed only in front of 公告/令 inside a text (总署公告2013年第26号).
const SHORT_FORMS = ISSUERS.flatMap((i) => i.short ?? []);

const CONNECTORS = /^(?:.*?)(对于|依照|根据|依据|按照|参照|执行|经|由|将|对|的|以|和|与|及)/;

/**
 * The issuing bodies named by a run found in running text (…依照海关总署 → 海关总署; 商务部、海关总署).
 * `offset` is where the first body starts inside the run. Null when no body is left.
 */
export function issuersOfRun(run: string): { issuers: MatchedIssuer[]; offset: number } | null {
  // Start at the first registered name; failing that, after the last connector word.
  let start = -1;
  for (let i = 0; i < run.length && start < 0; i++) if (matchIssuers(run.slice(i)) || SHORT_FORMS.some((f) => run.startsWith(f, i))) start = i;
  if (start < 0) start = run.length - run.replace(CONNECTORS, "").length;
  const issuers = splitIssuerRun(run.slice(start));
  return issuers.length ? { issuers, offset: start } : null;
}

const BODY_END = /(?:部|署|局|委员会|委|总局|办公厅|办公室|政府|银行)/g;
const BODY_TAIL = /(?:部|署|局|委员会|委|总局|办公厅|办公室|政府|银行)$/;

/** 商务部 海关总署 / 商务部、海关总署 / 海口市水务局 → issuers (unregistered ones derived from the name). */
export function splitIssuerRun(text: string): MatchedIssuer[] {
  const out: MatchedIssuer[] = [];
  let rest = text.replace(/\s+/g, " ").trim();
  while (rest !== "") {
    const known = matchIssuers(rest);
    // 国务院办公厅 is its own body, not 国务院 followed by something: a registered name counts only
    // when a separator or another name follows it.
    const head = known?.issuers[0];
    const after = head ? rest.slice(head.printed.length) : "";
    const swallowed = head && /^[\u4e00-\u9fff]/.test(after) && !matchIssuers(after) && BODY_TAIL.test(/^[^\s、,，]+/.exec(after)?.[0] ?? "");
    if (known?.issuers[0] && !swallowed) {
      out.push(...known.issuers);
      rest = known.rest.replace(/^[\s、,，和与及]+/, "");
      continue;
    }
    const short = SHORT_FORMS.find((s) => rest.startsWith(s));
    const shortInfo = short ? registeredIssuer(short) : null;
    if (short && shortInfo) {
      out.push({ info: shortInfo, printed: short });
      rest = rest.slice(short.length).replace(/^[\s、,，和与及]+/, "");
      continue;
    }
    const piece = /^[^\s、,，]+/.exec(rest)?.[0] ?? "";
    // An unregistered body ends at its last body-name ending within the piece (海口市水务局).
    const ends = [...piece.matchAll(BODY_END)];
    const last = ends[ends.length - 1];
    if (!last) break;
    const name = piece.slice(0, last.index + last[0].length);
    out.push({ info: unregisteredIssuer(name), printed: name });
    rest = rest.slice(name.length).replace(/^[\s、,，和与及]+/, "");
  }
  return out;
}

/** The stable id of a numbered notice: issuer codes, year, number (mofcom-gacc-2013-2); `fallback` when unnumbered. */
export function noticeId(codes: readonly string[], year: number | null, number: number | null, fallback: string): string {
  const unique = [...new Set(codes)];
  return year !== null && number !== null ? `${unique.join("-")}-${year}-${number}` : fallback;
}
