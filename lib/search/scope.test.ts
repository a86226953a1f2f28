import { describe, expect, it } from "vitest";
import { queryScope } from "./scope.ts";
import { synonymsOf } from "./synonyms.ts";
import { stemEnglish } from "./stem.ts";
import { planQuery } from "./tokenize.ts";

describe("queryScope", () => {
  it("sends Han queries to the Chinese original and English words to the translation, on either page", () => {
    expect(queryScope("成品油", "en")).toBe("zh");
    expect(queryScope("2013年第3号", "en")).toBe("zh");
    expect(queryScope("oil wholesale licence", "zh")).toBe("en");
    // Codes and numbers read the same in both languages: the page decides.
    expect(queryScope("SB/T 10885", "zh")).toBe("zh");
    expect(queryScope("SB/T 10885", "en")).toBe("en");
    expect(queryScope("10885", "en")).toBe("en");
  });
});

describe("synonyms", () => {
  it("gives a query word its partners as alternatives, stemmed like the index", () => {
    expect(synonymsOf(stemEnglish("revoked"))).toEqual([stemEnglish("cancel"), stemEnglish("withdraw")]);
    const licence = planQuery("licence revoked").parts.find((p) => p.text === "licence");
    expect(licence?.alternatives).toEqual([[stemEnglish("qualification")], [stemEnglish("permit")]]);
    expect(synonymsOf(stemEnglish("banana"))).toEqual([]);
  });
});
