import type { PrismaConfig } from "prisma/config";
import { isPostgresUrl, readEnv } from "./lib/env.ts";

// SQLite by default; PostgreSQL when DATABASE_URL is a postgres:// URL. The provider is fixed per
// schema file, hence two schema folders with their own migrations. The default URL and the
// PostgreSQL test come from lib/env.ts, the one place environment variables are read.
// A plain object with a type-only prisma/config import: scripts/migrate.ts imports this file without
// loading the prisma/config runtime (about 1.3 s of startup), and the Prisma CLI accepts it as it is.
// The relative import: the Prisma CLI loads this file without the tsconfig `@/` alias.
const url = readEnv().DATABASE_URL;
const dir = isPostgresUrl(url) ? "prisma/postgres" : "prisma";

export default {
  schema: `${dir}/schema.prisma`,
  migrations: { path: `${dir}/migrations` },
  datasource: { url },
} satisfies PrismaConfig;
