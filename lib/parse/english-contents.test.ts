import { describe, expect, it } from "vitest";
import { englishNumberDiscrepancy } from "@/lib/parse/english-contents";

describe("englishNumberDiscrepancy", () => {
  it("flags the year the gazette's English got wrong", () => {
    expect(englishNumberDiscrepancy("Announcement No. 64, 2011 of the Ministry of Industry", { year: 2012, number: 64 })).toEqual({
      printed: "No. 64, 2011",
      printedNumber: 64,
      printedYear: 2011,
    });
  });
  it("is silent when number and year agree, or when the English carries no number", () => {
    expect(englishNumberDiscrepancy("Announcement No. 3, 2013 of the Ministry of Commerce", { year: 2013, number: 3 })).toBeNull();
    expect(englishNumberDiscrepancy("Circular of the Ministry of Commerce", { year: 2012, number: 431 })).toBeNull();
  });
});
