import { identifierKeys, queryIdentifiers } from "@/lib/search/identifiers";
import { HAN, fold } from "@/lib/search/normalize";
import { stemEnglish } from "@/lib/search/stem";
import { synonymStems } from "@/lib/search/synonyms";

/**
 * Terms. Chinese has no spaces, and word segmenters split compounds and disagree with each other:
 * ICU's Intl.Segmenter (Node 20 and Chromium) splits 成品油 into 成品|油 and 服务外包 into 服务|外|包,
 * leaves 油 inside 原油/石油 invisible to a query for 油, and Node and Chromium split 调控
 * differently, so an index segmented at build time misses browser queries. Han runs are therefore
 * indexed as every character plus every adjacent pair: any substring of ≥ 2 characters is then the AND of its bigrams and a single
 * character is its unigram. Latin and digit runs are words (English lightly stemmed); codes also get
 * identifier keys (identifiers.ts).
 */

export type Segment = { kind: "han" | "word"; text: string; start: number };

const SEGMENT = new RegExp(`([${HAN}]+)|([a-z0-9]+(?:\\.[0-9]+)*)`, "g");

/** Han runs and Latin/digit words of folded text, with their offsets. */
export function segments(folded: string): Segment[] {
  const out: Segment[] = [];
  for (const m of folded.matchAll(SEGMENT)) {
    out.push({ kind: m[1] ? "han" : "word", text: m[0], start: m.index });
  }
  return out;
}

/** The terms one Latin/digit word is indexed under. */
export function wordTerms(word: string): string[] {
  if (/^[a-z]+$/.test(word)) return [stemEnglish(word)];
  if (/^[0-9]+$/.test(word)) return [word];
  const terms = [word];
  // 10870.1 is also found as 10870; gb21344 also as gb and 21344.
  const dotted = word.split(".");
  if (dotted.length > 1 && dotted[0]) terms.push(dotted[0]);
  for (const part of word.match(/[a-z]+|[0-9]+/g) ?? []) {
    if (part !== word) terms.push(/^[a-z]+$/.test(part) ? stemEnglish(part) : part);
  }
  return terms;
}

function hanTerms(run: string): string[] {
  const chars = Array.from(run);
  const terms: string[] = [...chars];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i]}${chars[i + 1]}`);
  return terms;
}

/** Query-side terms of a Han run: its bigrams (all must match), or the character itself. */
export function hanQueryTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const terms: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i]}${chars[i + 1]}`);
  return terms;
}

/** Joins two stemmed words into a phrase term; "_" never occurs in other terms. */
export function phraseTerm(a: string, b: string): string {
  return `${a}_${b}`;
}

/** Every term of a text, in order, repeats kept (the scorer counts them). */
export function indexTerms(text: string): string[] {
  const folded = fold(text);
  const terms: string[] = [];
  let previous: Segment | null = null;
  for (const seg of segments(folded)) {
    if (seg.kind === "han") terms.push(...hanTerms(seg.text));
    else {
      terms.push(...wordTerms(seg.text));
      // Adjacent English words also make a phrase term, so "service outsourcing" ranks the phrase
      // above pages that merely contain both words.
      if (previous && isLetters(previous.text) && isLetters(seg.text) && /^[\s-]$/.test(folded.slice(previous.start + previous.text.length, seg.start))) {
        terms.push(phraseTerm(stemEnglish(previous.text), stemEnglish(seg.text)));
      }
    }
    previous = seg;
  }
  terms.push(...identifierKeys(folded));
  return terms;
}

function isLetters(word: string): boolean {
  return /^[a-z]+$/.test(word);
}

export type QueryPart = {
  /** The part as typed (folded). */
  text: string;
  /**
   * "phrase": the adjacent-word terms of consecutive English words, an extra part that adds rank.
   * "synonym": a stem the archive's English uses for a query word it does not (synonyms.ts); its
   * text is that stem, so highlighting marks the word found.
   */
  kind: "identifier" | "text" | "phrase" | "synonym";
  /** Terms that must all occur in a hit. */
  terms: string[];
  /** How much matching this part counts (default 1): a relaxed long query weighs a segment by its length (relax.ts). */
  weight?: number;
};

export type QueryPlan = { folded: string; parts: QueryPart[] };

// Dropped only when the query has other parts: "ministry of commerce" should not rank by "of".
const STOPWORDS = new Set(["a", "an", "and", "the", "of", "in", "on", "for", "to", "by", "or", "with", "at"]);

/**
 * Splits a query into parts: each identifier it names, then each space-separated remainder. A hit
 * must contain every term of a part (AND); parts are alternatives (OR), and hits matching more parts
 * rank higher (engine.ts). That keeps `成品油 SB/T` useful although no block contains both.
 */
export function planQuery(query: string): QueryPlan {
  const folded = fold(query, "query");
  const parts: QueryPart[] = [];
  let rest = "";
  let at = 0;
  for (const id of queryIdentifiers(folded)) {
    const key = id.keys[0];
    if (!key) continue;
    parts.push({ text: folded.slice(id.start, id.end), kind: "identifier", terms: [key] });
    rest += `${folded.slice(at, id.start)} `;
    at = id.end;
  }
  rest += folded.slice(at);
  const textParts: QueryPart[] = [];
  for (const chunk of rest.split(/[\s,，、;；]+/)) {
    const terms: string[] = [];
    for (const seg of segments(chunk)) {
      if (seg.kind === "han") terms.push(...hanQueryTerms(seg.text));
      else terms.push(...queryWordTerms(seg.text));
    }
    if (terms.length > 0) textParts.push({ text: chunk, kind: "text", terms: [...new Set(terms)] });
  }
  const words = textParts.filter((p) => isLetters(p.text)).map((p) => stemEnglish(p.text));
  const meaningful = textParts.filter((p) => !(p.terms.length === 1 && STOPWORDS.has(p.text)));
  parts.push(...(meaningful.length > 0 || parts.length > 0 ? meaningful : textParts));
  for (const word of textParts.filter((p) => isLetters(p.text))) {
    for (const stem of synonymStems(stemEnglish(word.text))) parts.push({ text: stem, kind: "synonym", terms: [stem] });
  }
  if (words.length >= 2 && words.length === textParts.length) {
    const pairs = words.slice(1).map((w, i) => phraseTerm(words[i] ?? "", w));
    parts.push({ text: textParts.map((p) => p.text).join(" "), kind: "phrase", terms: [...new Set(pairs)] });
  }
  return { folded, parts };
}

function queryWordTerms(word: string): string[] {
  if (/^[a-z]+$/.test(word)) return [stemEnglish(word)];
  if (/^[0-9]+$/.test(word)) return [word];
  // A mixed word is indexed whole (wordTerms), so the whole form is the precise query term.
  return [word];
}
