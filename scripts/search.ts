/**
 * Terminal search over the built index, with the same files and query code as the browser:
 *   npm run search -- "成品油" [--locale zh|en] [--json] [--limit 10] [--index DIR]
 * --index reads another built index than public/search (the CLI test builds one into a temp dir).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { createSearchClient, type FetchLike } from "@/lib/search/client";
import { localeSchema } from "@/lib/search/format";
import { exitQuietlyOnClosedStdout } from "@/scripts/lib/stdout";

const argsSchema = z.object({
  query: z.string().trim().min(1, "give a query: npm run search -- \"成品油\""),
  locale: localeSchema,
  json: z.boolean(),
  limit: z.coerce.number().int().positive().max(100),
  index: z.string().min(1),
});

const ROOT = path.resolve(import.meta.dirname, "..");
const DEFAULT_INDEX_DIR = path.join(ROOT, "public", "search");

function parseArgs(argv: string[]) {
  const words: string[] = [];
  let locale = "zh";
  let json = false;
  let limit = "10";
  let index = DEFAULT_INDEX_DIR;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") json = true;
    else if (a === "--locale") locale = argv[++i] ?? "";
    else if (a === "--limit") limit = argv[++i] ?? "";
    else if (a === "--index") index = path.resolve(argv[++i] ?? "");
    else if (a !== undefined) words.push(a);
  }
  return argsSchema.safeParse({ query: words.join(" "), locale, json, limit, index });
}

/** Serves "<base>/<path>?v=…" from the index directory (public/search), like the static host would. */
const fileFetch = (indexDir: string): FetchLike => async (url) => {
  const file = path.join(indexDir, url.replace(/^file:\/\//, "").replace(/\?.*$/, ""));
  try {
    const body = await readFile(file, "utf8");
    return { ok: true, status: 200, text: async () => body };
  } catch {
    return { ok: false, status: 404, text: async () => "" };
  }
};

exitQuietlyOnClosedStdout();

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.success) {
    console.error(`❌ ${args.error.issues.map((i) => `${i.path.join(".") || "args"}: ${i.message}`).join("; ")}`);
    process.exit(2);
  }
  const { query, locale, json, limit, index } = args.data;
  const fetchFile = fileFetch(index);
  const client = createSearchClient({ baseUrl: "", fetch: (url) => fetchFile(url.replace(/^\//, "")) });
  let res;
  try {
    res = await client.search(query, { locale, limit });
  } catch (e) {
    console.error(`❌ ${e instanceof Error ? e.message : String(e)} (run \`npm run search:build\` first?)`);
    process.exit(1);
  }
  if (json) {
    console.log(JSON.stringify(res, null, 2));
    return;
  }
  if (res.shortened) console.log(`(query shortened to: ${res.query})`);
  if (res.convertedQuery) console.log(`(searched as ${res.convertedQuery})`);
  if (res.hits.length === 0) console.log("no results");
  res.hits.forEach((h, i) => {
    const s = h.snippet;
    let marked = "";
    let at = 0;
    for (const [a, b] of s.highlights) {
      marked += `${s.text.slice(at, a)}[${s.text.slice(a, b)}]`;
      at = b;
    }
    marked += s.text.slice(at);
    const where = `${h.noticeId} ${h.blockId ?? "title"}${h.row !== null ? ` ${h.kind === "licence" ? "decision" : "row"} ${h.row}` : ""}`;
    console.log(`${String(i + 1).padStart(2)}. ${where}  score ${h.score.toFixed(3)}  ${h.kind}${h.label ? ` · ${h.label}` : ""}`);
    console.log(`    ${s.clippedStart ? "…" : ""}${marked.replace(/\s+/g, " ")}${s.clippedEnd ? "…" : ""}`);
  });
}

void main();
