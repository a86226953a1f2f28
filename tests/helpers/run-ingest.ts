import { ingest } from "@/scripts/ingest";
import type { CliRun } from "@/tests/helpers/run-cli";

/**
 * The ingest CLI in-process, with its output collected as a spawned run would give it (spawning tsx
 * costs seconds per run on a loaded machine). Used for SQLite and PostgreSQL alike.
 */
export async function runIngest(options: { contentDir: string; databaseUrl: string; force?: boolean; lockTimeoutMs?: number }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await ingest({ ...options, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
