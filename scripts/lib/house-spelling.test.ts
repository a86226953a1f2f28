import { beforeAll, describe, expect, it } from "vitest";
import type { SpellingLexicon } from "@/lib/translations/spelling";
import { loadHouseSpelling } from "@/scripts/lib/house-spelling";

let lexicon: SpellingLexicon;
beforeAll(async () => {
  lexicon = await loadHouseSpelling();
});

describe("the house-spelling lexicon (cspell en-GB -ise against en-US)", () => {
  it("gives the British (-ise) form of US spellings, keeping the case", () => {
    const expected: [string, string][] = [
      ["optimize", "optimise"],
      ["Optimizing", "Optimising"],
      ["organization", "organisation"],
      ["analyze", "analyse"],
      ["labor", "labour"],
      ["favorable", "favourable"],
      ["judgment", "judgement"],
      ["catalog", "catalogue"],
      ["traveled", "travelled"],
      ["defense", "defence"],
      ["fulfill", "fulfil"],
      // Coinages no dictionary lists follow the -ize → -ise rule.
      ["informatization", "informatisation"],
      ["marketization", "marketisation"],
    ];
    for (const [us, british] of expected) expect(lexicon.britishFor(us), us).toBe(british);
  });

  it("passes British spellings, words both lists accept, and names and abbreviations only the US list knows", () => {
    for (const word of ["optimise", "licence", "license", "centre", "center", "programme", "program", "enterprises", "size", "citizen", "Suzhou", "Xiamen", "SaaS", "etc", "gov", "Shang"]) {
      expect(lexicon.britishFor(word), word).toBeNull();
    }
  });
});
