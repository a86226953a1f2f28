/**
 * Identifier keys: the codes readers type to find one notice or one standard. They are indexed as
 * extra terms starting with "#", which no text term can start with, so `SB/T 10885`, `10885—2012`,
 * `GB21344`, `〔2012〕431号` and `2013年第3号` match the printed code however it was spaced or
 * dashed, and a code match can outrank ordinary words (see engine.ts).
 *
 * All patterns run on folded text (normalize.ts): lower case, ASCII dashes and [ ] brackets, no
 * spaces next to Han characters.
 */

export type IdentifierMatch = {
  /** Start and end (exclusive) in the folded text. */
  start: number;
  end: number;
  /** Every key this occurrence is indexed under, most specific first. */
  keys: string[];
};

// Standard code prefixes seen in MOFCOM/SAC notices. With a slash (SB/T, GB/T) any prefix is
// accepted; without one only these, so English "year 2013" never becomes a code.
const KNOWN_PREFIXES = new Set(["gb", "sb", "hg", "yy", "jb", "qb", "hj", "db", "ny", "ga", "yz", "wb", "sn"]);

const STANDARD = /(?<![a-z0-9])([a-z]{1,5})(?:\/([a-z]))?( ?)(\d{2,}(?:\.\d+)?)(?: ?- ?(\d{4}))?(?![0-9])/g;
const DOC_NUMBER = /[[(](\d{4})[\])](\d+)号/g;
const NOTICE_NUMBER_ZH = /(\d{4})年第(\d+)号/g;
const NUMBER_SIGN = /(?<![0-9])(\d+)号/g;
const NOTICE_NUMBER_EN = /\bno\. ?(\d+),? ?(?:of )?(\d{4})\b/g;
const DOC_NUMBER_EN = /\[(\d{4})\] ?no\. ?(\d+)\b/g;

// Each pattern with the keys one match is indexed under, most specific first.
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string[]]> = [
  [DOC_NUMBER, ([, year, num]) => [`#dn${year}-${num}`, `#n${num}`]],
  [NOTICE_NUMBER_ZH, ([, year, num]) => [`#no${year}-${num}`, `#n${num}`]],
  [NUMBER_SIGN, ([, num]) => [`#n${num}`]],
  [NOTICE_NUMBER_EN, ([, num, year]) => [`#no${year}-${num}`, `#n${num}`]],
  [DOC_NUMBER_EN, ([, year, num]) => [`#dn${year}-${num}`, `#n${num}`]],
];

export function findIdentifiers(folded: string): IdentifierMatch[] {
  const found: IdentifierMatch[] = [];
  for (const m of folded.matchAll(STANDARD)) {
    const [all, prefix = "", series = "", , num = "", year] = m;
    if (series === "" && !KNOWN_PREFIXES.has(prefix)) continue;
    const base = `#${prefix}${series}${num}`;
    found.push({ start: m.index, end: m.index + all.length, keys: year ? [`${base}-${year}`, base] : [base] });
  }
  for (const [pattern, keys] of PATTERNS) {
    for (const m of folded.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, keys: keys(m) });
  }
  return found;
}

/** All keys of a text, for the index. */
export function identifierKeys(folded: string): string[] {
  return findIdentifiers(folded).flatMap((m) => m.keys);
}

/**
 * The identifiers a query names, longest match first, without overlaps. Each becomes its own query
 * part searched by its most specific key only: `SB/T 10885—2012` must not also match every
 * `SB/T 10885.x`, and `2013年第3号` must not match every notice No. 3.
 */
export function queryIdentifiers(folded: string): IdentifierMatch[] {
  const all = findIdentifiers(folded).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: IdentifierMatch[] = [];
  for (const m of all) {
    if (taken.some((t) => m.start < t.end && t.start < m.end)) continue;
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}
