import { findDate, foldForMatching, removeCjkSpaces } from "@/lib/parse/text";

/**
 * The checkable facts of a Chinese text — numbers, percentages, full dates, codes, document and
 * notice numbers, URLs — and whether an English text carries each of them. Pure string work, no
 * I/O, so the translation checker and its tests can run anywhere.
 *
 * Only what a translator must keep is extracted from the Chinese: Arabic numbers (Chinese
 * numerals in prose may be rendered as words, BRIEF.md), so English numbers that the Chinese
 * does not print (十二五 → 12th) are never a problem. Values are compared, not spellings:
 * 850亿 and US$85 billion are both 85000000000.
 */

export type FactKind = "number" | "date" | "code";
export type MissingFact = { kind: FactKind; message: string };

const DASHES = /[—–－‐‑―−]/g;
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const ZH_SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const EN_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// A thousands group only when exactly three digits follow the comma: 65198095,65198096 (two phone
// numbers) stays two numbers.
const DECIMAL = String.raw`(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?`;
// Digits glued to letters belong to an identifier (B2B, www1), not a quantity; nor does the
// fraction part of a decimal start a number of its own.
const NOT_AFTER = String.raw`(?<![A-Za-z0-9])(?<!\d\.)`;
const ZH_NUMBER = new RegExp(`${NOT_AFTER}${DECIMAL}\\s*(万亿|亿|万)?`, "g");
const EN_NUMBER = new RegExp(`${NOT_AFTER}${DECIMAL}(?:\\s*(thousand|million|billion|trillion)\\b)?`, "g");
const ZH_PERCENT = new RegExp(`${NOT_AFTER}${DECIMAL}\\s*%`, "g");
const EN_PERCENT = new RegExp(`${NOT_AFTER}${DECIMAL}\\s*(?:%|per\\s?cent\\b)`, "gi");
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9./_~%?=&#-]*[A-Za-z0-9/]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// 商服贸发〔2012〕431号, 财税[2009]63号 (after NFKC 〔 stays, ［ becomes [).
const ZH_DOC_NUMBER = /[〔[(]\s*(\d{4})\s*[〕\])]\s*(\d+)\s*号/g;
const ZH_NOTICE_NUMBER = /(\d{4})\s*年\s*第\s*(\d+)\s*号/g;
// SB/T 10850-2012, GB/T 18916.8-2006, GB21344, ISO27001, CN11-4893/D (dashes already folded).
const ZH_CODE = /(?<![A-Za-z0-9])[A-Z]{1,6}(?:\/[A-Z])?\s?\d+(?:\.\d+)*(?:\s*-\s*\d+)*(?:\/[A-Z](?![A-Za-z]))?(?![A-Za-z0-9])/g;
const MONTH = `(${EN_MONTHS.join("|")})`;
const EN_DATE_MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g");
const EN_DATE_DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, "g");
const EN_DATE_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const EN_MONTH_NAME = new RegExp(`\\b${MONTH}\\b`, "g");
const EN_NUMBER_WORD = new RegExp(`\\b(${NUMBER_WORDS.join("|")})\\b`, "gi");

/** One canonical spelling per value, so 301.3×10⁸ and 30.13×10⁹ compare equal despite binary floats. */
function canon(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function decimalValue(whole: string, fraction: string | undefined): number {
  return Number(`${whole.replace(/,/g, "")}${fraction ?? ""}`);
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Replaces every match with spaces of the same length, so later patterns cannot reuse its digits. */
function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => " ".repeat(m.length));
}

/** The English as the checker reads it: width-folded, every dash a hyphen, spaces collapsed. */
function foldEnglish(en: string): string {
  return en.normalize("NFKC").replace(DASHES, "-").replace(/\s+/g, " ");
}

type EnglishFacts = { numbers: Set<string>; percents: Set<string>; dates: Set<string>; rest: string };

function englishFacts(folded: string): EnglishFacts {
  const numbers = new Set<string>();
  const percents = new Set<string>();
  const dates = new Set<string>();
  let rest = folded;
  const addDate = (y: number, m: number, d: number) => {
    dates.add(iso(y, m, d));
    // A date also shows its year, month and day: "in 2013 … January 4, 2013" needs no second 2013.
    for (const v of [y, m, d]) numbers.add(canon(v));
  };
  for (const m of rest.matchAll(EN_DATE_MDY)) addDate(Number(m[3]), EN_MONTHS.indexOf(m[1] ?? "") + 1, Number(m[2]));
  for (const m of rest.matchAll(EN_DATE_DMY)) addDate(Number(m[3]), EN_MONTHS.indexOf(m[2] ?? "") + 1, Number(m[1]));
  for (const m of rest.matchAll(EN_DATE_ISO)) addDate(Number(m[1]), Number(m[2]), Number(m[3]));
  rest = blank(blank(blank(rest, EN_DATE_MDY), EN_DATE_DMY), EN_DATE_ISO);
  for (const m of rest.matchAll(EN_PERCENT)) percents.add(canon(decimalValue(m[1] ?? "", m[2])));
  for (const m of rest.matchAll(EN_NUMBER)) {
    const scale = m[3] ? (EN_SCALE[m[3]] ?? 1) : 1;
    numbers.add(canon(decimalValue(m[1] ?? "", m[2]) * scale));
  }
  for (const m of rest.matchAll(EN_MONTH_NAME)) numbers.add(canon(EN_MONTHS.indexOf(m[1] ?? "") + 1));
  for (const m of rest.matchAll(EN_NUMBER_WORD)) numbers.add(canon(NUMBER_WORDS.indexOf((m[1] ?? "").toLowerCase())));
  return { numbers, percents, dates, rest };
}

/**
 * Finds `pattern` in the English and blanks it there (so its digits are not counted again);
 * false when it is absent.
 */
function takeFromEnglish(state: { en: string }, pattern: RegExp): boolean {
  const m = pattern.exec(state.en);
  if (!m) return false;
  state.en = state.en.slice(0, m.index) + " ".repeat(m[0].length) + state.en.slice(m.index + m[0].length);
  return true;
}

/** A code as a pattern that tolerates spacing and dash variants: SB/T 10850-2012 ≈ SB/T10850 - 2012. */
function codePattern(key: string): RegExp {
  const body = [...key].map(escapeRegExp).join(String.raw`\s*`);
  return new RegExp(`(?<![A-Za-z0-9])${body}(?![0-9]|[.-][0-9])`, "i");
}

/**
 * Every fact of `zh` that `en` lacks or gets wrong. Codes and numbers are taken out of both texts
 * in a fixed order (URLs, document numbers, notice numbers, standard codes, dates, percentages,
 * numbers) so that the 2012 of SB/T 10850-2012 is checked as part of the code, not also as a
 * year.
 */
export function missingFacts(zh: string, en: string): MissingFact[] {
  const missing: MissingFact[] = [];
  let rest = foldForMatching(zh).replace(DASHES, "-");
  const state = { en: foldEnglish(en) };

  for (const m of rest.matchAll(URL)) {
    const url = m[0].replace(/^https?:\/\//, "");
    if (!takeFromEnglish(state, new RegExp(escapeRegExp(url), "i"))) missing.push({ kind: "code", message: `${m[0]} not in the English` });
  }
  rest = blank(rest, URL);

  for (const m of rest.matchAll(ZH_DOC_NUMBER)) {
    const [printed, year = "", num = ""] = m;
    if (!takeFromEnglish(state, new RegExp(String.raw`\[\s*${year}\s*\]\s*No\.?\s*${num}(?!\d)`, "i"))) {
      missing.push({ kind: "code", message: `document number ${printed} not in the English as [${year}] No. ${num}` });
    }
  }
  rest = blank(rest, ZH_DOC_NUMBER);

  for (const m of rest.matchAll(ZH_NOTICE_NUMBER)) {
    const [printed, year = "", num = ""] = m;
    if (!takeFromEnglish(state, new RegExp(String.raw`No\.?\s*${num}(?!\d)\s*(?:,\s*|of\s+)${year}(?!\d)`, "i"))) {
      missing.push({ kind: "code", message: `number ${printed} not in the English as No. ${num} of ${year}` });
    }
  }
  rest = blank(rest, ZH_NOTICE_NUMBER);

  for (const m of rest.matchAll(ZH_CODE)) {
    const key = m[0].replace(/\s+/g, "");
    if (!takeFromEnglish(state, codePattern(key))) missing.push({ kind: "code", message: `${m[0].trim()} not in the English` });
  }
  rest = blank(rest, ZH_CODE);

  const facts = englishFacts(state.en);

  // findDate reads one date at a time (also 二〇一三年一月七日); blank each and look again.
  for (let d = findDate(rest); d; d = findDate(rest)) {
    if (!facts.dates.has(d.iso)) missing.push({ kind: "date", message: `${d.text} (${d.iso}) not in the English as a date like ${englishDate(d.iso)}` });
    rest = rest.slice(0, d.index) + " ".repeat(d.text.length) + rest.slice(d.index + d.text.length);
  }

  const seen = new Set<string>();
  for (const m of rest.matchAll(ZH_PERCENT)) {
    const value = canon(decimalValue(m[1] ?? "", m[2]));
    if (seen.has(`%${value}`)) continue;
    seen.add(`%${value}`);
    if (!facts.percents.has(value)) missing.push({ kind: "number", message: `${m[0].trim()} not in the English as ${value}%` });
  }
  rest = blank(rest, ZH_PERCENT);

  for (const m of rest.matchAll(ZH_NUMBER)) {
    const scale = m[3] ? (ZH_SCALE[m[3]] ?? 1) : 1;
    const value = canon(decimalValue(m[1] ?? "", m[2]) * scale);
    if (seen.has(value)) continue;
    seen.add(value);
    if (!facts.numbers.has(value)) {
      const shown = scale === 1 ? "" : ` (${Number(value).toLocaleString("en-US")})`;
      missing.push({ kind: "number", message: `${m[0].trim()}${shown} not in the English` });
    }
  }
  return missing;
}

function englishDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${EN_MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

/** Chinese as the term check reads it: folded, PDF spaces between Han characters removed. */
export function foldChineseForTerms(zh: string): string {
  return removeCjkSpaces(foldForMatching(zh));
}

/** English as the term check reads it: lower case, hyphens and dashes as spaces, one space, straight quotes. */
export function foldEnglishForTerms(en: string): string {
  return en
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[-‐‑–—]/g, " ")
    .replace(/\s+/g, " ");
}
