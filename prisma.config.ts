import type { PrismaConfig } from "prisma/config";

// SQLite by default; PostgreSQL when DATABASE_URL is a postgres:// URL. The provider is fixed per
// schema file, hence two schema folders with their own migrations.
// A plain object with a type-only import: scripts/migrate.ts imports this file without loading the
// prisma/config runtime (about 1.3 s of startup), and the Prisma CLI accepts it as it is.
// lib/env.ts holds the same default; keep them equal.
const url = process.env.DATABASE_URL ?? "file:./data/archive.db";
const dir = /^postgres(ql)?:\/\//.test(url) ? "prisma/postgres" : "prisma";

export default {
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  datasource: { url },
} satisfies PrismaConfig;
