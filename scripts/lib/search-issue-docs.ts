import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { parseIssue } from "@/lib/parse/parse-issue";
import { issueDocuments, type EnglishLookup } from "@/lib/search/documents";
import { searchDocSchema } from "@/lib/search/format";
import { overlayFromTranslation } from "@/lib/search/translation-overlay";
import { translationFileSchema } from "@/lib/translations/schema";
import { tsWorker, workerExit } from "@/scripts/lib/ts-worker";

/** What parsing one issue gave: its search documents, or why it failed. */
export const issueDocsSchema = z.union([
  z.object({ issue: z.string(), docs: z.array(searchDocSchema) }),
  z.object({ issue: z.string(), error: z.string() }),
]);
export type IssueDocs = z.infer<typeof issueDocsSchema>;

/** The search documents of content/<issue>/ (gazette.zh.txt, with translation.en.json if there is one). */
export function readIssueDocs(content: string, issue: string, root: string): IssueDocs {
  const file = path.join(content, issue, "gazette.zh.txt");
  try {
    const parsed = parseIssue(readFileSync(file, "utf8"), { file: path.relative(root, file) });
    const translation = path.join(content, issue, "translation.en.json");
    let english: EnglishLookup | undefined;
    if (existsSync(translation)) {
      english = overlayFromTranslation(parsed, translationFileSchema.parse(JSON.parse(readFileSync(translation, "utf8"))));
    }
    return { issue, docs: issueDocuments(parsed, english ? { english } : {}) };
  } catch (e) {
    return { issue, error: e instanceof Error ? e.message : String(e) };
  }
}

export const workerJobSchema = z.object({ content: z.string(), root: z.string(), issues: z.array(z.string()) });
export type WorkerJob = z.infer<typeof workerJobSchema>;

/**
 * Parses the issues, every other one in a worker thread: parsing was a quarter of the build's CPU
 * time at 1,000 issues and the machine has two cores. Results come back in the issues' order.
 */
export async function readAllIssueDocs(content: string, issues: string[], root: string): Promise<IssueDocs[]> {
  const results: IssueDocs[] = [];
  const job: WorkerJob = { content, root, issues: issues.filter((_, i) => i % 2 === 1) };
  const fromWorker = new Map<string, IssueDocs>();
  const worker = tsWorker(new URL("./search-parse-worker.ts", import.meta.url), job);
  worker.on("message", (m: unknown) => {
    const parsed = issueDocsSchema.parse(m);
    fromWorker.set(parsed.issue, parsed);
  });
  const finished = workerExit(worker, "search parse");
  const ours = new Map(issues.filter((_, i) => i % 2 === 0).map((issue) => [issue, readIssueDocs(content, issue, root)]));
  await finished;
  for (const issue of issues) results.push(ours.get(issue) ?? fromWorker.get(issue) ?? { issue, error: "not parsed" });
  return results;
}
