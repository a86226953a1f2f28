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
  const out: string[] = [];
  const source: number[] = [];
  const units: Array<{ ch: string; at: number }> = [];
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    units.push({ ch, at: i });
    i += ch.length;
  }
  const isSpace = (s: string) => /^\s$/u.test(s) || s === "\u3000";
  for (let k = 0; k < units.length; k++) {
    const unit = units[k];
    if (!unit) continue;
    if (isSpace(unit.ch)) {
      let end = k;
      while (end + 1 < units.length && isSpace(units[end + 1]?.ch ?? "")) end++;
      const before = out.at(-1) ?? "";
      const after = units[end + 1]?.ch ?? "";
      const b = before.slice(-1);
      const drop =
        mode === "text"
          ? isHan(b) || isHan(after)
          : (isHan(b) && /[0-9０-９]/.test(after)) || (/[0-9]/.test(b) && isHan(after));
      if (!drop && before !== "" && before !== " " && after !== "") {
        out.push(" ");
        source.push(unit.at);
      }
      k = end;
      continue;
    }
    const folded = foldChar(unit.ch);
    for (let j = 0; j < folded.length; j++) {
      out.push(folded.charAt(j));
      source.push(unit.at);
    }
  }
  return { text: out.join(""), source };
}

/** Folded text only (no source map), for queries and index terms. */
export function fold(input: string, mode: FoldMode = "text"): string {
  return foldText(input, mode).text;
}
