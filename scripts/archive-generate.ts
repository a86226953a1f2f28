// npm run archive:generate -- --issues N --out DIR [--seed S]
// Writes a SYNTHETIC archive (bench and tests only, never content/): DIR/<year>-<number>/gazette.zh.txt
// and translation.en.json for N issues recombined from the real seed issue (bench/archive/).
import path from "node:path";
import { z } from "zod";
import { writeArchive } from "@/bench/archive/load-seed";
import { progress } from "@/scripts/lib/progress";

const argsSchema = z.object({
  issues: z.coerce.number().int().min(1).max(100_000),
  out: z.string().min(1),
  seed: z.coerce.number().int().default(1),
});

function readArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(\w+)$/.exec(argv[i] ?? "");
    if (m?.[1] && argv[i + 1] !== undefined) out[m[1]] = argv[++i] ?? "";
  }
  return out;
}

const parsed = argsSchema.safeParse(readArgs(process.argv.slice(2)));
if (!parsed.success) {
  console.error(`usage: npm run archive:generate -- --issues N --out DIR [--seed S]\n${z.prettifyError(parsed.error)}`);
  process.exit(2);
}
const { issues, out, seed } = parsed.data;
const started = performance.now();
const bar = progress({ label: "generated", total: issues });
try {
  writeArchive(out, { issues, seed }, bar.tick);
} catch (error) {
  console.error(`❌ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
bar.done();
console.log(`✅ ${issues} synthetic issue(s) (seed ${seed}) → ${path.relative(process.cwd(), path.resolve(out)) || "."}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
