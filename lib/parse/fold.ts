import { foldForMatching, stripPinyinGlosses } from "@/lib/parse/text";

/**
 * Folds printed text for matching while remembering where each folded character came from, so a
 * match found in the folded text (海关总署2016年52号公告) can be reported as printed
 * (海關總署2016年52號公告). Characters are folded one at a time (NFKC, traditional → simplified);
 * whitespace and pinyin glosses are dropped.
 */
export type FoldedText = { folded: string; map: number[] };

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    out = foldForMatching(ch);
    cache.set(ch, out);
  }
  return out;
}

export function foldWithMap(printed: string): FoldedText {
  // Gloss spans are blanked first (same length), so indexes still point into the printed text.
  const unglossed = blankGlosses(printed);
  let folded = "";
  const map: number[] = [];
  [...unglossed].reduce((offset, ch) => {
    if (!/\s/.test(ch) && ch !== "\u0000") {
      for (const f of foldChar(ch)) {
        folded += f;
        map.push(offset);
      }
    }
    return offset + ch.length;
  }, 0);
  return { folded, map };
}

function blankGlosses(text: string): string {
  const stripped = stripPinyinGlosses(text);
  if (stripped === text) return text;
  // Rebuild with NULs where a gloss was, keeping every other character at its index.
  let out = "";
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    if (stripped[j] === text[i]) {
      out += text[i];
      j++;
    } else out += "\u0000";
  }
  return out;
}

/** The printed substring behind folded[start, end). */
export function printedSpan(printed: string, f: FoldedText, start: number, end: number): string {
  const from = f.map[start] ?? 0;
  const last = f.map[end - 1] ?? from;
  return printed.slice(from, last + 1);
}
