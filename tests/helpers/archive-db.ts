import { createDb } from "@/lib/db";
import { runIngest } from "@/tests/helpers/run-ingest";
import { copyBaseDb, type TestDb } from "@/tests/helpers/test-db";

/**
 * A test database holding the real archive (content/ ingested), installed as the process-wide client
 * that lib/data reads through getDb(). For tests of the read side: pages' data, the API, feeds.
 */
export async function useArchiveDb(label: string): Promise<TestDb> {
  const db = copyBaseDb(label);
  const run = await runIngest({ contentDir: "content", databaseUrl: db.url });
  if (run.code !== 0) throw new Error(`ingest for ${label} failed:\n${run.stderr}`);
  await globalThis.archiveDb?.$disconnect();
  globalThis.archiveDb = createDb(db.url);
  return {
    ...db,
    remove: () => {
      void globalThis.archiveDb?.$disconnect();
      globalThis.archiveDb = undefined;
      db.remove();
    },
  };
}
