import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/csv";

describe("toCsv", () => {
  const rows = [
    ["标准号", "名称", "note"],
    ["SB/T 10885—2012", "香蕉、菠萝等热带水果", 'says "hello", then\nbreaks'],
    [1, null, ""],
  ];
  const csv = toCsv(rows);

  it("starts with a UTF-8 byte-order mark and ends records with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith("\r\n")).toBe(true);
    // 3 records, each ended by CRLF; the LF inside the quoted field is data, not a record end.
    expect(csv.split("\r\n")).toHaveLength(4);
  });

  it("quotes fields with commas, quotes and line breaks (RFC 4180)", () => {
    expect(csv).toContain('"says ""hello"", then\nbreaks"');
    expect(csv).toContain("SB/T 10885—2012,");
  });

  it("round-trips Chinese through a CSV parser", () => {
    const back = parse(csv, { bom: true });
    expect(back).toEqual([
      ["标准号", "名称", "note"],
      ["SB/T 10885—2012", "香蕉、菠萝等热带水果", 'says "hello", then\nbreaks'],
      ["1", "", ""],
    ]);
  });
});
