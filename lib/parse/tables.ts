import type { ParseWarning, TableRow } from "@/lib/schema/parsed-issue";
import { compactChinese } from "@/lib/parse/text";

/**
 * What a table's rows mean beyond their cells, for any printed form: grouped cells that lost their
 * rowspan are carried down in `clean` (the printed `cells` stay as printed), 其中 sub-rows point at
 * the row they break down, and 合计/总计/小计 rows are checked against the sum of their column.
 */

const TOTAL = /^(合计|总计|共计|总共)[:：]?$/;
const SUBTOTAL = /^(小计)[:：]?$/;
const CHILD = /^其中[:：]?/;
// Printed indentation or a dash marks the further rows of a 其中 breakdown.
const INDENTED = /^([\u3000 ]|[—–-]{1,2}|·)/;
const NUMBER = /^([-+]?\d[\d,]*(?:\.\d+)?)\s*[\u4e00-\u9fff%‰]{0,3}$/;
// Columns that hold identifiers, not quantities: never summed.
const NOT_SUMMED = /序号|编号|代码|年份|年度|电话|邮编|证号|文号/;

export function cellNumber(clean: string): number | null {
  const m = NUMBER.exec(clean.trim());
  return m?.[1] ? Number(m[1].replace(/,/g, "")) : null;
}

/** Leading cells a row lost (fewer cells than the header) or printed empty are taken from the row above. */
function carryDown(header: TableRow, rows: readonly TableRow[]): TableRow[] {
  const width = header.cells.length;
  const out: TableRow[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    const missing = Math.max(0, width - row.clean.length);
    let clean = [...Array<string>(missing).fill(""), ...row.clean];
    const carried: number[] = [];
    // An empty cell with printed cells after it stands under a grouped cell when the row above has
    // text there (a number above is a sequence or a quantity, never grouped); trailing empty cells
    // (an empty 备注) are left alone.
    const lastFilled = clean.reduce((last, v, k) => (v !== "" ? k : last), -1);
    for (let c = 0; c < lastFilled && prev; c++) {
      const above = prev.clean[c] ?? "";
      if (clean[c] !== "" || above === "" || cellNumber(above) !== null || TOTAL.test(above) || SUBTOTAL.test(above)) continue;
      clean = clean.map((v, k) => (k === c ? above : v));
      carried.push(c);
    }
    // A total row is never part of a group: an empty leading cell there stays empty.
    const isTotal = clean.some((v) => TOTAL.test(compactChinese(v)) || SUBTOTAL.test(compactChinese(v)));
    if (isTotal || carried.length === 0) out.push(missing ? { ...row, clean: row.clean } : row);
    else out.push({ ...row, clean, carried });
  }
  return out;
}

function firstText(row: TableRow): string {
  const k = row.clean.findIndex((v, i) => v !== "" && !(row.carried ?? []).includes(i));
  return compactChinese(row.clean[k] ?? "");
}

function markChildrenAndTotals(rows: TableRow[]): TableRow[] {
  let parent: number | null = null;
  let inBreakdown = false;
  return rows.map((row, i) => {
    const lead = firstText(row);
    if (TOTAL.test(lead)) return ((parent = null), (inBreakdown = false), { ...row, total: "total" as const });
    if (SUBTOTAL.test(lead)) return ((parent = null), (inBreakdown = false), { ...row, total: "subtotal" as const });
    if (CHILD.test(lead) && i > 0) {
      parent ??= i - 1;
      inBreakdown = true;
      return { ...row, parent };
    }
    if (inBreakdown && parent !== null && INDENTED.test(lead)) return { ...row, parent };
    inBreakdown = false;
    parent = i;
    return row;
  });
}

export type TableContext = { blockId: string; warn: (w: ParseWarning) => void };

/** Checks every total row against the rows it totals: all rows above for 合计, those since the last subtotal for 小计. */
function checkTotals(header: TableRow, rows: readonly TableRow[], ctx: TableContext): void {
  let groupStart = 0;
  rows.forEach((row, i) => {
    if (!row.total) return;
    const counted = rows.slice(row.total === "subtotal" ? groupStart : 0, i).filter((r) => !r.total && r.parent === undefined);
    for (let c = 0; c < header.clean.length; c++) {
      const stated = cellNumber(row.clean[c] ?? "");
      const name = header.clean[c] ?? "";
      if (stated === null || NOT_SUMMED.test(name)) continue;
      const values = counted.map((r) => cellNumber(r.clean[c] ?? ""));
      if (values.some((v) => v === null) || values.length === 0) continue;
      const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (Math.abs(sum - stated) > 1e-6 * Math.max(1, Math.abs(stated))) {
        const label = firstText(row);
        ctx.warn({
          line: row.lines.start,
          code: "total-mismatch",
          message: `table ${ctx.blockId} row ${i + 1} (${label}): column "${name}" sums to ${formatNumber(sum)} but the row says ${formatNumber(stated)}`,
        });
      }
    }
    if (row.total === "subtotal") groupStart = i + 1;
  });
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

/** Rows with carried-down cells, 其中 children and totals marked; total mismatches reported through ctx.warn. */
export function structureTable(header: TableRow, rows: readonly TableRow[], ctx: TableContext): TableRow[] {
  const structured = markChildrenAndTotals(carryDown(header, rows));
  checkTotals(header, structured, ctx);
  return structured;
}
