import { describe, expect, it } from "vitest";
import { queryScope } from "@/lib/search/scope";
import { stemEnglish } from "@/lib/search/stem";
import { planQuery } from "@/lib/search/tokenize";

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
  it("lets licence also look for the archive's qualification, one way (issue 14)", () => {
    const synonyms = (q: string) => planQuery(q).parts.filter((p) => p.kind === "synonym").map((p) => p.text);
    expect(synonyms("licence revoked")).toEqual([stemEnglish("qualification"), "cancel", "cancellation"]);
    expect(synonyms("qualification")).toEqual([]);
  });
});
