import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * One ingest at a time (issue 9: two concurrent runs both looked the issue up before writing, and
 * the loser died on a raw unique-constraint error). The lock is taken as the first statement of the
 * write transaction, BEFORE the existence check, and held until commit:
 * - SQLite: a write statement that changes nothing (DELETE … WHERE 0) takes the database's write
 *   lock, which is what BEGIN IMMEDIATE would do (Prisma's adapter always sends a plain BEGIN); a
 *   second writer waits in SQLite's busy handler for the connection's busy timeout.
 * - PostgreSQL: pg_advisory_xact_lock on a fixed key, waiting at most lock_timeout.
 * A wait that runs out is "another ingest is running" (exit 3).
 */
export type Provider = "sqlite" | "postgresql";

/** Arbitrary but fixed: every ingest of this archive contends for the same advisory lock. */
export const INGEST_LOCK_KEY = 8_082_013;

export async function takeIngestLock(tx: Prisma.TransactionClient, provider: Provider, timeoutMs: number): Promise<void> {
  if (provider === "sqlite") {
    await tx.$executeRawUnsafe(`DELETE FROM "IssueRevision" WHERE 0`);
    return;
  }
  await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${INGEST_LOCK_KEY})`);
}
