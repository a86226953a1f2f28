import { findIdentifiers } from "@/lib/search/identifiers";
import { foldText } from "@/lib/search/normalize";
import { hanQueryTerms, segments, wordTerms, type QueryPlan } from "@/lib/search/tokenize";

/** [start, end) in UTF-16 units of the printed text. */
export type Range = [number, number];

/**
 * Where a plan matches a printed text. Works on the folded copy and maps back, so 2013 年第 3 号,
 * ＳＢ／Ｔ or 10885—2012 are highlighted as printed. A Han part is highlighted whole where it
 * occurs contiguously, else by its bigrams (the index matched them scattered).
 */
export function highlightRanges(text: string, plan: QueryPlan): Range[] {
  const folded = foldText(text);
  const f = folded.text;
  const found: Range[] = [];
  const docWords = segments(f).filter((s) => s.kind === "word");
  for (const part of plan.parts) {
    if (part.kind === "phrase") continue;
    if (part.kind === "identifier") {
      for (const m of findIdentifiers(f)) if (part.terms.some((t) => m.keys.includes(t))) found.push([m.start, m.end]);
      continue;
    }
    for (const seg of segments(part.text)) {
      if (seg.kind === "han") {
        const whole = occurrences(f, seg.text);
        if (whole.length > 0) found.push(...whole);
        else for (const t of hanQueryTerms(seg.text)) found.push(...occurrences(f, t));
      } else {
        const wanted = new Set(wordTerms(seg.text));
        for (const w of docWords) {
          if (wordTerms(w.text).some((t) => wanted.has(t))) found.push([w.start, w.start + w.text.length]);
        }
      }
    }
  }
  return merge(found.map(([s, e]) => toSource(folded.source, text, s, e)));
}

function occurrences(haystack: string, needle: string): Range[] {
  const out: Range[] = [];
  if (needle === "") return out;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    out.push([at, at + needle.length]);
  }
  return out;
}

function toSource(source: number[], text: string, start: number, end: number): Range {
  const s = source[start] ?? 0;
  const last = source[end - 1] ?? s;
  const cp = text.codePointAt(last) ?? 0;
  return [s, last + (cp > 0xffff ? 2 : 1)];
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const prev = out.at(-1);
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export type Snippet = { text: string; highlights: Range[]; clippedStart: boolean; clippedEnd: boolean };

/** A window of the text around the first highlight, with ranges shifted into it. */
export function makeSnippet(text: string, ranges: Range[], width = 120): Snippet {
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(width / 4)) : 0;
  const end = Math.min(text.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  const highlights: Range[] = ranges
    .filter(([s, e]) => e > start && s < end)
    .map(([s, e]) => [Math.max(s, start) - start, Math.min(e, end) - start]);
  return { text: text.slice(start, end), highlights, clippedStart: start > 0, clippedEnd: end < text.length };
}
