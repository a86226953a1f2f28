// One benchmark report for the whole project (issue 11): bench/report.json holds one object per
// measurement; every bench adds its figures with ONE call of `record`, and
// `npm run bench:report` prints the table and rewrites the README's BENCH:START/END block from it.
//
//   import { record } from "./report.ts";
//   record({ name: "ingest/1000/sqlite", value: 41.2, unit: "s", target: { max: 60 }, note: "wall; load 3.1" });
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

export const REPORT = path.resolve(import.meta.dirname, "report.json");

const targetSchema = z.object({ max: z.number().optional(), min: z.number().optional() });
export const measurementSchema = z.object({
  name: z.string().min(1),
  value: z.number(),
  unit: z.string(),
  target: targetSchema.nullable(),
  pass: z.boolean().nullable(),
  machine: z.string(),
  date: z.string(),
  note: z.string().optional(),
});
export type Measurement = z.infer<typeof measurementSchema>;
const reportSchema = z.object({ measurements: z.array(measurementSchema) });

export type RecordInput = { name: string; value: number; unit: string; target?: { max?: number; min?: number }; note?: string };

/** The machine a figure was measured on, with the load average at that moment (it is shared). */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  const load = os.loadavg().map((l) => l.toFixed(1)).join("/");
  return `${os.availableParallelism()}× ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${load}`;
}

export function passes(value: number, target: RecordInput["target"]): boolean | null {
  if (!target || (target.max === undefined && target.min === undefined)) return null;
  return (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
}

export function readReport(file = REPORT): Measurement[] {
  if (!existsSync(file)) return [];
  return reportSchema.parse(JSON.parse(readFileSync(file, "utf8"))).measurements;
}

/** Adds (or replaces, by name) one measurement in bench/report.json; returns it. */
export function record(input: RecordInput, file = REPORT): Measurement {
  const m: Measurement = measurementSchema.parse({
    ...input,
    target: input.target ?? null,
    pass: passes(input.value, input.target),
    machine: machine(),
    date: new Date().toISOString(),
  });
  const others = readReport(file).filter((x) => x.name !== m.name);
  const measurements = [...others, m].sort((a, b) => a.name.localeCompare(b.name));
  writeFileSync(file, `${JSON.stringify({ measurements }, null, 2)}\n`);
  return m;
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(v === Math.round(v) ? 0 : 3));

export function targetText(t: Measurement["target"], unit: string): string {
  if (!t) return "";
  return [t.min !== undefined ? `≥ ${fmt(t.min)} ${unit}` : "", t.max !== undefined ? `≤ ${fmt(t.max)} ${unit}` : ""].filter(Boolean).join(", ");
}

/** The report as a Markdown table (README) — one row per measurement. */
export function markdownTable(ms: readonly Measurement[]): string {
  const rows = ms.map((m) => {
    const verdict = m.pass === null ? "" : m.pass ? " ✅" : " ❌";
    return `| ${m.name} | ${fmt(m.value)} ${m.unit} | ${targetText(m.target, m.unit)}${verdict} | ${m.date.slice(0, 16).replace("T", " ")} UTC | ${m.machine} | ${m.note ?? ""} |`;
  });
  return ["| measurement | value | target | measured | machine (load 1/5/15 min) | note |", "| --- | ---: | --- | --- | --- | --- |", ...rows].join("\n");
}
