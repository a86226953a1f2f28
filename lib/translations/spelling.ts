import type { TermBase } from "@/lib/translations/schema";

/**
 * House spelling of the archive's own English: British with -ise ("optimise", "organisation",
 * "licence" — the term base's rule), so a reader never meets "optimize" in one paragraph and
 * "optimise" in the next. The word lists come from the caller (scripts/lib/house-spelling.ts loads
 * cspell's en-GB-ise and en-US dictionaries), which keeps this module pure and testable with a stub.
 */
export type SpellingLexicon = {
  /** The house (British -ise) spelling when `word` is a US spelling; null for any other word. */
  britishFor(word: string): string | null;
};

export type SpellingSlip = { word: string; british: string };

const WORD = /[A-Za-z]+/g;

/**
 * The term base's English forms as one pattern: official names keep their own spelling inside the
 * name ("Quota and License Administrative Bureau", "China E-Port Data Center") and only there.
 */
export function keptPhrases(termBase: TermBase): RegExp | null {
  const phrases = termBase.terms.flatMap((term) => [term.en, ...term.accept]).sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return null;
  const escaped = phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`\\b(?:${escaped.join("|")})\\b`, "gi");
}

/** The US spellings in `en` outside kept phrases, each once, in order of appearance. */
export function usSpellings(en: string, lexicon: SpellingLexicon, kept: RegExp | null): SpellingSlip[] {
  const text = kept ? en.replace(kept, " ") : en;
  const slips: SpellingSlip[] = [];
  const seen = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    if (seen.has(word)) continue;
    seen.add(word);
    const british = lexicon.britishFor(word);
    if (british !== null) slips.push({ word, british });
  }
  return slips;
}
