// npm run bench:report — prints bench/report.json as a table and rewrites the README's
// <!-- BENCH:START --> … <!-- BENCH:END --> block from it (the README's numbers come from the report,
// never typed in). Exit 1 when a measurement misses its target, so a miss is never silent.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { markdownTable, readReport, rewriteBenchBlock } from "@/bench/report";

const README = path.resolve(import.meta.dirname, "..", "README.md");
const measurements = readReport();
const table = markdownTable(measurements);
console.log(table);
writeFileSync(README, rewriteBenchBlock(readFileSync(README, "utf8"), table));
const missed = measurements.filter((m) => m.pass === false);
console.log(`\n${measurements.length} measurement(s), ${missed.length} missing their target → README.md updated`);
if (missed.length > 0) process.exitCode = 1;
