/**
 * A deliberately light English stemmer: plurals, -ing, -ed and a final -e, so "devices"/"device",
 * "outsourcing"/"outsource" and "licences"/"licence" meet. Heavier stemmers (Porter) merge terms like
 * "commerce"/"commercial" that the gazette's titles keep apart.
 */
export function stemEnglish(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    // Bounded so a browser tab that searches all day does not keep every word it saw.
    if (stems.size >= STEM_CACHE_WORDS) stems.clear();
    stem = stemUncached(word);
    stems.set(word, stem);
  }
  return stem;
}

// The index build stems every English word of the archive (tens of millions at 1,000 issues) from
// a vocabulary of a few thousand, and the suffix regexes were 9 % of its CPU time.
const STEM_CACHE_WORDS = 50_000;
const stems = new Map<string, string>();

function stemUncached(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/(?:x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  // running → runn → run: undo the consonant doubling that -ing/-ed added.
  if (/([bdgmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return foldSpelling(w);
}

// British → US on stems, so either spelling finds the other: the archive's own English is British
// (-ise, licence, centre) while the gazette's official English and most readers' queries are US.
// Index and query fold alike, so a rule that also touches an unrelated word (basis → baziz) only
// renames that word's term; rules stay off short words (four, hour, your keep apart from for, …).
const SPELLING_FOLDS: [RegExp, string][] = [
  [/(\w{3})is(ation|er)?$/, "$1iz$2"], // optimis(e|ed|ing) / optimisation / organiser
  [/(\w{2})ys$/, "$1yz"], // analys(e|ed|ing)
  [/(\w{3})enc$/, "$1ens"], // licenc(e) / defenc(e) / offenc(e)
  [/(\w{3})our$/, "$1or"], // labour, favour, behaviour (not four, hour, your, tour)
  [/(\w{2})([bt])r$/, "$1$2er"], // centr(e), fibr(e), theatr(e): only -tre/-bre stems end so
  [/(\w{3})ogu$/, "$1og"], // catalogu(e)
  [/(\w{2})dgement$/, "$1dgment"], // judgement, acknowledgement
  [/(\w{3}[aeiou][^aeiou])l$/, "$1"], // travell(ed), modell(ing), fulfill → fulfil (doubling after one vowel)
];

function foldSpelling(stem: string): string {
  for (const [pattern, replacement] of SPELLING_FOLDS) {
    if (pattern.test(stem)) return stem.replace(pattern, replacement);
  }
  return stem;
}
