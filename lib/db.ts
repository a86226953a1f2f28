import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-pg/client";
import { isPostgresUrl, readEnv } from "@/lib/env";

/**
 * The one database client type for the whole app. It is the SQLite client's type: the Postgres client
 * is generated from identical models (tests/unit/prisma-schemas.test.ts), and the two types differ
 * only in $transaction's isolationLevel union, so code written against Db runs on both.
 */
export type Db = PrismaClient;

/** Which schema (and lock) a database URL uses. */
export function dbProvider(url: string): "sqlite" | "postgresql" {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

/**
 * A new client for `url` (default: validated DATABASE_URL). Scripts and tests own and disconnect it.
 * `busyTimeoutMs` (SQLite): how long a statement waits for another connection's write lock before
 * failing with "database is locked" (better-sqlite3's default is 5 s).
 */
export function createDb(url: string = readEnv().DATABASE_URL, options: { busyTimeoutMs?: number } = {}): Db {
  if (isPostgresUrl(url)) return asDb(new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) }));
  // Relative SQLite paths resolve against the working directory, which is the project root for npm
  // scripts, Vitest and `next start` alike; scripts/migrate.ts resolves them against the root too.
  const file = path.resolve(url.slice("file:".length));
  const timeout = options.busyTimeoutMs === undefined ? {} : { timeout: options.busyTimeoutMs };
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}`, ...timeout }) });
}

// The bridge between the two generated client types described on Db: same models and methods, only
// the Postgres isolation levels are a wider union. A client, not data, so no schema can check it.
function asDb(client: PostgresPrismaClient): Db {
  return client as unknown as Db;
}

// A global declaration must be `var` to live on globalThis.
declare global {
  var archiveDb: Db | undefined;
}

/**
 * The process-wide client for Next server components and route handlers. Kept on globalThis so dev
 * hot reloads do not open a new connection per edit.
 */
export function getDb(): Db {
  globalThis.archiveDb ??= createDb();
  return globalThis.archiveDb;
}
