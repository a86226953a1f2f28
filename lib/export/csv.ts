import { stringify } from "csv-stringify/sync";

/**
 * CSV as spreadsheet programs read it: RFC 4180 quoting by csv-stringify, CRLF record ends, and a
 * UTF-8 byte-order mark, without which Excel opens Chinese text as mojibake.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return `\uFEFF${stringify(rows.map((r) => r.map((c) => c ?? "")), { record_delimiter: "\r\n" })}`;
}

export function downloadHeaders(filename: string, format: "csv" | "json" | "jsonl" | "tmx"): Record<string, string> {
  const type = { csv: "text/csv", json: "application/json", jsonl: "application/x-ndjson", tmx: "application/x-tmx+xml" }[format];
  return { "content-type": `${type}; charset=utf-8`, "content-disposition": `attachment; filename="${filename}.${format}"` };
}
