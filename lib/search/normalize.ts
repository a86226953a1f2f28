/**
 * Text folding shared by the index build, the browser and the CLI. Every function here is pure and
 * keeps a map back to the printed text, so highlight ranges point at what the reader sees.
 */

/** Han ideographs (BMP, extension A, compatibility) — the characters that get unigram+bigram terms. */
export const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
const hanChar = new RegExp(`[${HAN}]`);

export function isHan(ch: string): boolean {
  return hanChar.test(ch);
}

// NFKC already turns full-width Latin/digits/punctuation (ＳＢ／Ｔ, ［ ］) into ASCII. It leaves the
// dashes and the tortoise-shell brackets that the gazette prints in codes and document numbers
// (SB/T 10885—2012, 商服贸发〔2012〕431号), so those are folded here by hand.
const EXTRA_FOLD: Record<string, string> = {
  "—": "-",
  "–": "-",
  "―": "-",
  "‐": "-",
  "‑": "-",
  "−": "-",
  "〔": "[",
  "〕": "]",
  "【": "[",
  "】": "]",
  "〖": "[",
  "〗": "]",
  "（": "(",
  "）": ")",
};

export type FoldedText = {
  /** Folded text: NFKC, lower case, dashes and brackets unified, spaces next to Han removed. */
  text: string;
  /** For each UTF-16 unit of `text`, the index of the source unit it came from. */
  source: number[];
};

function foldChar(ch: string): string {
  // Fast path for the bulk of the text: common Han ideographs and ASCII lower case/digits are already folded.
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return ch;
  const extra = EXTRA_FOLD[ch];
  if (extra !== undefined) return extra;
  return ch.normalize("NFKC").toLowerCase();
}

export type FoldMode = "text" | "query";

/**
 * Folds text for matching. In printed text, whitespace touching a Han character is dropped because
 * the PDF extraction puts stray spaces inside words and numbers (前 言, 2013 年第 3 号). In a query a
 * space the reader typed separates parts (服务 外包, 成品油 SB/T), so there only a space between a
 * Han character and a digit is dropped (2013 年第 3 号 is still one number). Other whitespace runs
 * collapse to one space.
 */
export function foldText(input: string, mode: FoldMode = "text"): FoldedText {
  const source: number[] = [];
  return { text: foldInto(input, mode, source), source };
}

/** Folded text only (no source map), for queries and index terms. */
export function fold(input: string, mode: FoldMode = "text"): string {
  return foldInto(input, mode, null);
}

const isSpace = (s: string) => /^\s$/u.test(s) || s === "\u3000";

// One pass over the code points, appending to a string and (for foldText) the source map. The
// index build folds every doc's text (the archive's bulk), and the earlier version that first made
// an object per code point was a tenth of the build's CPU time.
function foldInto(input: string, mode: FoldMode, source: number[] | null): string {
  // Pieces joined once at the end: appending with += built ropes that each space check
  // (the last unit) flattened again, and the build ran out of memory.
  const out: string[] = [];
  let last = "";
  for (let i = 0; i < input.length; ) {
    const c = input.charCodeAt(i);
    // The bulk (common Han, ASCII lower case and digits) is already folded and is never a space.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      out.push((last = input.charAt(i)));
      source?.push(i);
      i++;
      continue;
    }
    const ch = String.fromCodePoint(input.codePointAt(i) ?? 0);
    if (!isSpace(ch)) {
      const folded = foldChar(ch);
      out.push(folded);
      if (folded !== "") last = folded.slice(-1);
      for (let j = 0; j < folded.length; j++) source?.push(i);
      i += ch.length;
      continue;
    }
    let end = i + ch.length;
    let after = "";
    for (; end < input.length; end += after.length) {
      after = String.fromCodePoint(input.codePointAt(end) ?? 0);
      if (!isSpace(after)) break;
    }
    if (end >= input.length) after = "";
    if (keepSpace(last, after, mode)) {
      out.push((last = " "));
      source?.push(i);
    }
    i = end;
  }
  return out.join("");
}

/** Whether a whitespace run between `before` (last folded unit, "" at the start) and `after` stays as one space. */
function keepSpace(before: string, after: string, mode: FoldMode): boolean {
  const drop = mode === "text" ? isHan(before) || isHan(after) : (isHan(before) && /[0-9０-９]/.test(after)) || (/[0-9]/.test(before) && isHan(after));
  return !drop && before !== "" && before !== " " && after !== "";
}

