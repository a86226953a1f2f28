import { Converter } from "opencc-js/t2cn";

/**
 * Line preparation and the small normalisers the parser needs. Printed text is never changed here:
 * each line keeps `text` as printed and gets a `norm` copy used only for recognising structure, so a
 * traditional-character or ASCII-punctuation copy of a notice parses like the gazette's own.
 */

export type SourceLine = {
  /** 1-based line number in the source file. */
  no: number;
  /** The line as printed, only the trailing newline removed (leading TABs mark empty table cells). */
  raw: string;
  /** The line as printed, outer whitespace trimmed. */
  text: string;
  /** For matching only: NFKC (full-width → half-width), traditional → simplified, inner space runs collapsed. */
  norm: string;
};

// opencc-js builds its dictionaries on first use; one converter serves every parse.
let toSimplified: ((s: string) => string) | undefined;

export function foldForMatching(text: string): string {
  toSimplified ??= Converter({ from: "t", to: "cn" });
  return stripPinyinGlosses(toSimplified(text.normalize("NFKC"))).replace(/[ \t\u3000]+/g, " ").trim();
}

// A pinyin gloss after a character, as some web copies print them: 業(yè), 準(zhǔn). Only Latin
// syllables carrying a tone mark count, so (II), (GB21344) and (kgce/t) are never touched.
const PINYIN_GLOSS = /(?<=[\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;

/** Drops pinyin glosses from derived text (titles, names); the printed text keeps them. */
export function stripPinyinGlosses(text: string): string {
  return text.replace(PINYIN_GLOSS, "");
}

export function splitLines(text: string): SourceLine[] {
  return text.split("\n").map((line, i) => {
    const printed = line.trim();
    return { no: i + 1, raw: line, text: printed, norm: printed === "" ? "" : foldForMatching(printed) };
  });
}

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
const cjkSpaceCjk = new RegExp(`([${CJK}])[ \\u3000]+(?=[${CJK}])`, "g");
const cjkSpaceDigit = new RegExp(`([${CJK}])[ \\u3000]+(?=[0-9])`, "g");
const digitSpaceCjk = new RegExp(`([0-9])[ \\u3000]+(?=[${CJK}])`, "g");

/** Removes PDF stray spaces between CJK characters (前 言 → 前言, 信息系统运营 和维护服务 → 信息系统运营和维护服务). */
export function removeCjkSpaces(text: string): string {
  return text.replace(cjkSpaceCjk, "$1");
}

/** Also drops the spaces PDF extraction puts around numbers in Chinese (2013 年第 1 号 → 2013年第1号). */
export function compactChinese(text: string): string {
  return removeCjkSpaces(text).replace(cjkSpaceDigit, "$1").replace(digitSpaceCjk, "$1").trim();
}

export function isCjk(ch: string): boolean {
  return new RegExp(`^[${CJK}]$`).test(ch);
}

// 〇 (U+3007) is the character; web copies also print ○ (U+25CB), a digit 0 or a Latin O among the
// Chinese numerals (二0一一年, 二O一一年, sample 05 of the real notices).
const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, "○": 0, O: 0, "0": 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 十七 → 17, 二十一 → 21, 三 → 3, 12 → 12; null if not a number. */
export function parseChineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === "十" || ch === "百") {
      total += (digit || 1) * (ch === "十" ? 10 : 100);
      digit = 0;
    } else {
      digit = CN_DIGITS[ch] ?? 0;
    }
  }
  return total + digit;
}

/** 二〇一三 → 2013 (years are read digit by digit). */
function parseYear(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (!/^[〇○O0零一二三四五六七八九]{4}$/.test(text)) return null;
  return Number([...text].map((ch) => CN_DIGITS[ch] ?? 0).join(""));
}

const NUM = "[0-9〇○O零一二两三四五六七八九十]+";
const dateRe = new RegExp(`(${NUM})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日`);

export type ParsedDate = { iso: string; text: string; index: number };

/**
 * Finds the first full date in `text` (2013年1月4日, 2013 年 1 月 4 日, 二〇一三年一月七日, also after
 * traditional → simplified folding). Impossible dates (2月30日) are not dates.
 */
export function findDate(text: string): ParsedDate | null {
  const m = dateRe.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  const year = parseYear(m[1]);
  const month = parseChineseNumber(m[2]);
  const day = parseChineseNumber(m[3]);
  if (year === null || month === null || day === null) return null;
  const iso = isoOf(year, month, day);
  return iso ? { iso, text: m[0], index: m.index } : null;
}

function isoOf(year: number, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const probe = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(probe.getTime()) || probe.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** 2011-4-25, 2013-01-07, 2013.1.7 (year first) or 05/17/2013 (US order, as some sites print it). */
export function findNumericDate(text: string): ParsedDate | null {
  const ymd = /(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/.exec(text);
  if (ymd?.[1] && ymd[2] && ymd[3]) {
    const iso = isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    if (iso) return { iso, text: ymd[0], index: ymd.index };
  }
  const mdy = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/.exec(text);
  if (mdy?.[1] && mdy[2] && mdy[3]) {
    const iso = isoOf(Number(mdy[3]), Number(mdy[1]), Number(mdy[2]));
    if (iso) return { iso, text: mdy[0], index: mdy.index };
  }
  return null;
}

/** True when the whole (folded) line is a date and nothing else (any printed form). */
export function isDateLine(norm: string): boolean {
  const d = findDate(norm) ?? findNumericDate(norm);
  return d !== null && norm.replace(d.text, "").trim() === "";
}

/** A date written in any printed form the signature may use. */
export function findAnyDate(text: string): ParsedDate | null {
  return findDate(text) ?? findNumericDate(text);
}

// 年 and 月 lost on the way (自2013115日起 for 自2013年1月15日起): 1月15日 or 11月5日? Never guessed.
const COLLAPSED_DATE = /(?<![\d年月])(\d{4})(\d{1,4})日/g;

/** Collapsed dates in `text` (as printed), which must stay as printed and get a warning. */
export function findCollapsedDates(text: string): string[] {
  return [...text.matchAll(COLLAPSED_DATE)].filter((m) => (m[2]?.length ?? 0) >= 2 && Number(m[1]) >= 1949 && Number(m[1]) <= 2100).map((m) => m[0]);
}

const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** February 13, 2013 → 2013-02-13 */
export function parseEnglishDate(text: string): string | null {
  const m = /^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(text.trim());
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  const month = EN_MONTHS.indexOf(m[1].toLowerCase()) + 1;
  if (month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[2].padStart(2, "0")}`;
}
