/**
 * A deliberately light English stemmer: plurals, -ing, -ed and a final -e, so "devices"/"device",
 * "outsourcing"/"outsource" and "licences"/"licence" meet. Heavier stemmers (Porter) merge terms like
 * "commerce"/"commercial" that the gazette's titles keep apart.
 */
export function stemEnglish(word: string): string {
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
  return w;
}
