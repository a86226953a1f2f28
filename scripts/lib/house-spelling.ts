import { createRequire } from "node:module";
import { getDefaultSettings, getDictionary, mergeSettings, readSettings } from "cspell-lib";
import type { SpellingLexicon } from "@/lib/translations/spelling";

/**
 * The house-spelling lexicon for translations:check, from cspell's maintained word lists. A word is
 * a US spelling when the British (-ise) list rejects it and one of the usual US → British rewrites
 * turns it into a word that list accepts (optimize → optimise, labor → labour, judgment →
 * judgement). Names and abbreviations that only the US list knows (Suzhou, SaaS) have no such
 * rewrite and pass. Coinages neither list knows ("informatization") follow the -ize → -ise rule.
 */

// -ize family endings.
const IZE = /iz(e|es|ed|ing|ation|ations|er|ers|able)$/i;

// Tried in order; a candidate counts only if the British (-ise) list accepts it.
const REWRITES: [RegExp, string][] = [
  [IZE, "is$1"],
  [/yz(e|es|ed|ing)$/i, "ys$1"],
  [/or(s|ed|ing|able|ite|ites|ful)?$/i, "our$1"],
  [/er(s)?$/i, "re$1"],
  [/og(s)?$/i, "ogue$1"],
  [/l(ed|ing|er|ers)$/i, "ll$1"],
  [/ense(s)?$/i, "ence$1"],
  [/ll$/i, "l"],
  [/gment(s)?$/i, "gement$1"],
];

export async function loadHouseSpelling(): Promise<SpellingLexicon> {
  const require = createRequire(import.meta.url);
  const gbSettings = await readSettings(require.resolve("@cspell/dict-en-gb-ise/cspell-ext.json"));
  const [us, gb] = await Promise.all([
    getDictionary(mergeSettings(await getDefaultSettings(), { dictionaries: ["en_us"] })),
    getDictionary({ ...gbSettings, dictionaries: ["en-gb"] }),
  ]);
  const has = (dictionary: typeof us, word: string) => dictionary.has(word) || dictionary.has(word.toLowerCase());
  return {
    britishFor: (word) => {
      if (has(gb, word)) return null;
      for (const [pattern, replacement] of REWRITES) {
        const candidate = word.replace(pattern, replacement);
        if (candidate !== word && has(gb, candidate)) return candidate;
      }
      return IZE.test(word) && !has(us, word) ? word.replace(IZE, "is$1") : null;
    },
  };
}
