import { describe, expect, it } from "vitest";
import { formFamily, inconsistentHeadings, termVariants } from "@/lib/translations/consistency";

describe("formFamily: grammatical forms are one family, other renderings are not", () => {
  it("folds plurals, verb forms, case and hyphens", () => {
    expect(formFamily("demonstration cities")).toBe(formFamily("Demonstration City"));
    expect(formFamily("going global")).toBe(formFamily("go global"));
    expect(formFamily("issuing")).toBe(formFamily("issue"));
    expect(formFamily("deep-processing carry-over")).toBe(formFamily("deep processing carry over"));
  });

  it("keeps a longer or different rendering apart", () => {
    expect(formFamily("information technology service outsourcing")).not.toBe(formFamily("information technology outsourcing"));
    expect(formFamily("China's service outsourcing")).not.toBe(formFamily("China service outsourcing"));
    expect(formFamily("services exports")).not.toBe(formFamily("services trade exports"));
  });
});

describe("inconsistentHeadings", () => {
  const at = (blockId: string) => ({ noticeId: "n-1", blockId });
  it("ignores a contents entry's number and page and a final full stop, and names the first rendering", () => {
    const problems = inconsistentHeadings([
      { zh: "（一）国际环境。", en: "(I) International environment.", where: at("p-1") },
      { zh: "(一)国际环境", en: "(I) International environment.", where: at("outline-1") },
      { zh: "7. 关于印发《纲要》的通知 (10)", en: "7. Circular on Issuing the Outline (10)", where: at("contents") },
      { zh: "关于印发《纲要》的通知", en: "Circular on Printing and Distributing the Outline", where: at("header") },
    ]);
    expect(problems).toEqual([
      {
        where: at("header"),
        message:
          '"关于印发《纲要》的通知" is "Circular on Printing and Distributing the Outline" here but "Circular on Issuing the Outline" at n-1#contents: the same Chinese needs the same English',
      },
    ]);
  });
});

describe("termVariants", () => {
  it("reports the rarer family once per place it starts, and skips abbreviations", () => {
    const where = (blockId: string) => ({ noticeId: "n-1", blockId });
    const problems = termVariants(
      [
        { zh: "商务部", forms: ["ministry of commerce"], where: where("p-1") },
        { zh: "商务部", forms: ["mofcom"], where: where("p-2") },
        { zh: "服务贸易出口", forms: ["services trade export"], where: where("p-3") },
        { zh: "服务贸易出口", forms: ["services trade exports"], where: where("p-4") },
        { zh: "服务贸易出口", forms: ["services exports"], where: where("p-5") },
      ],
      new Set(["mofcom"]),
    );
    expect(problems).toEqual([
      {
        where: where("p-5"),
        message: '服务贸易出口 is "services exports" here (1×) but "services trade export" elsewhere (2×, first at n-1#p-3): a term has one English form',
      },
    ]);
  });
});
