import { describe, expect, it } from "vitest";
import { highlightRanges } from "@/lib/search/highlight";
import { findIdentifiers } from "@/lib/search/identifiers";
import { fold, foldText } from "@/lib/search/normalize";
import { stemEnglish } from "@/lib/search/stem";
import { indexTerms, planQuery } from "@/lib/search/tokenize";

describe("fold", () => {
  it("folds full width, dashes and tortoise-shell brackets, and drops PDF spaces next to Han", () => {
    expect(fold("ＳＢ／Ｔ　１０８８５—２０１２")).toBe("sb/t 10885-2012");
    expect(fold("商服贸发〔2012〕431号")).toBe("商服贸发[2012]431号");
    expect(fold("2013 年第 3 号")).toBe("2013年第3号");
    expect(fold("前 言")).toBe("前言");
  });

  it("keeps a typed space between Han words in queries, but not between Han and digits", () => {
    expect(fold("服务 外包", "query")).toBe("服务 外包");
    expect(fold("成品油 SB/T", "query")).toBe("成品油 sb/t");
    expect(fold("2013 年第 3 号", "query")).toBe("2013年第3号");
  });

  it("maps every folded unit back to the printed text", () => {
    const f = foldText("ＳＢ 前 言");
    expect(f.text).toBe("sb前言");
    expect(f.source).toEqual([0, 1, 3, 5]);
  });

  // Values from the fold that first split the text into code points (before the one-pass fold).
  it("maps a character folded to two units, and a surrogate pair, to where they start; trims space runs at the ends", () => {
    expect(foldText("ﬁne 𠀀 前")).toEqual({ text: "fine 𠀀前", source: [0, 0, 1, 2, 3, 4, 4, 7] });
    expect(foldText("  a \u3000 b  ")).toEqual({ text: "a b", source: [2, 3, 6] });
    expect(foldText("Ａ ２０１３ 年", "query")).toEqual({ text: "a 2013年", source: [0, 1, 2, 3, 4, 5, 7] });
    expect(fold("服务 外包 ", "query")).toBe("服务 外包");
    expect(fold("ﬁne 𠀀 前")).toBe("fine 𠀀前");
  });
});

describe("terms", () => {
  it("indexes Han runs as unigrams and bigrams, so any substring of ≥ 2 characters is an AND of bigrams", () => {
    expect(indexTerms("成品油")).toEqual(["成", "品", "油", "成品", "品油"]);
    expect(planQuery("成品油").parts).toEqual([{ text: "成品油", kind: "text", terms: ["成品", "品油"] }]);
    expect(planQuery("油").parts[0]?.terms).toEqual(["油"]);
  });

  it("stems English lightly", () => {
    expect(stemEnglish("devices")).toBe(stemEnglish("device"));
    expect(stemEnglish("outsourcing")).toBe(stemEnglish("outsource"));
    expect(stemEnglish("licences")).toBe(stemEnglish("licence"));
    expect(stemEnglish("companies")).toBe("company");
  });

  it("stems a word the same before and after the stem cache (50,000 words) is cleared", () => {
    const before = ["companies", "running", "licences"].map(stemEnglish);
    for (let i = 0; i < 60_000; i++) stemEnglish(`word${i}s`);
    expect(["companies", "running", "licences"].map(stemEnglish)).toEqual(before);
    expect(before).toEqual(["company", "runn", "licens"]);
  });

  it("folds British and US spellings to one term, either way round", () => {
    const pairs: [string, string][] = [
      ["optimised", "optimized"],
      ["organisations", "organizations"],
      ["informatisation", "informatization"],
      ["analyse", "analyze"],
      ["licence", "license"],
      ["licences", "licensing"],
      ["labour", "labor"],
      ["centres", "centers"],
      ["catalogue", "catalog"],
      ["judgement", "judgment"],
      ["travelled", "traveled"],
      ["fulfil", "fulfill"],
    ];
    for (const [british, us] of pairs) expect(stemEnglish(british), `${british} / ${us}`).toBe(stemEnglish(us));
  });

  it("leaves short and unrelated words apart", () => {
    expect(stemEnglish("four")).not.toBe(stemEnglish("for"));
    expect(stemEnglish("hour")).toBe("hour");
    expect(stemEnglish("your")).toBe("your");
    expect(stemEnglish("commerce")).not.toBe(stemEnglish("commercial"));
    expect(stemEnglish("premise")).not.toBe(stemEnglish("promise"));
    expect(stemEnglish("small")).toBe("small");
  });

  it("gives codes identifier keys however they are printed or typed", () => {
    const keysOf = (s: string) => findIdentifiers(fold(s)).flatMap((m) => m.keys);
    expect(keysOf("SB/T 10885—2012")).toEqual(["#sbt10885-2012", "#sbt10885"]);
    expect(keysOf("(GB21344)")).toEqual(["#gb21344"]);
    expect(keysOf("商服贸发〔2012〕431号")).toEqual(expect.arrayContaining(["#dn2012-431", "#n431"]));
    expect(keysOf("2013年 第3号")).toEqual(expect.arrayContaining(["#no2013-3", "#n3"]));
    expect(keysOf("Announcement No. 3, 2013 of the Ministry")).toEqual(expect.arrayContaining(["#no2013-3"]));
    expect(keysOf("year 2013")).toEqual([]);
  });

  it("makes each named code its own query part, searched by its most specific key", () => {
    expect(planQuery("SB/T 10885").parts).toEqual([{ text: "sb/t 10885", kind: "identifier", terms: ["#sbt10885"] }]);
    expect(planQuery("ＳＢ／Ｔ　１０８８５—２０１２").parts[0]?.terms).toEqual(["#sbt10885-2012"]);
    expect(planQuery("〔2012〕431号").parts[0]?.terms).toEqual(["#dn2012-431"]);
    const mixed = planQuery("成品油 SB/T 10885");
    expect(mixed.parts.map((p) => p.kind)).toEqual(["identifier", "text"]);
  });

  it("splits typed parts (OR) and adds a phrase part for consecutive English words", () => {
    expect(planQuery("服务 外包").parts.map((p) => p.terms)).toEqual([["服务"], ["外包"]]);
    const en = planQuery("crude oil");
    expect(en.parts.map((p) => p.kind)).toEqual(["text", "text", "phrase"]);
    expect(en.parts[2]?.terms).toEqual(["crud_oil"]);
    expect(indexTerms("Crude oil")).toContain("crud_oil");
    expect(planQuery("ministry of commerce").parts.map((p) => p.text)).not.toContain("of");
  });

  it("adds the archive's words for revoke/revocation as synonym parts, one way only (issue 15: 注销 is cancel)", () => {
    const synonyms = (q: string) => planQuery(q).parts.filter((p) => p.kind === "synonym").map((p) => p.terms);
    expect(synonyms("revoked")).toEqual([["cancel"], ["cancellation"]]);
    expect(synonyms("Revocation")).toEqual([["cancel"], ["cancellation"]]);
    expect(synonyms("revokes the licence")).toEqual([["cancel"], ["cancellation"], ["qualification"]]);
    // licence also looks for "qualification" (经营资格, issue 14): one more synonym part.
    expect(planQuery("revoked licence").parts.map((p) => p.kind)).toEqual(["text", "text", "synonym", "synonym", "synonym", "phrase"]);
    // A cancellation is not a revocation in law: the other way round adds nothing.
    expect(synonyms("cancelled")).toEqual([]);
    expect(synonyms("cancellation")).toEqual([]);
    expect(synonyms("注销")).toEqual([]);
  });

  it("highlights the word a synonym part found", () => {
    const text = "PetroChina Company Limited Hebi Branch cancelled refined oil products wholesale business qualification";
    expect(highlightRanges(text, planQuery("revoked")).map(([a, b]) => text.slice(a, b))).toEqual(["cancelled"]);
  });
});
