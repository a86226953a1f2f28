/**
 * prisma/postgres/schema.prisma is generated from prisma/schema.prisma (issue 10: it used to be a
 * hand-kept twin). Prisma fixes the datasource provider per schema file, so PostgreSQL needs its own
 * file; it differs only in its header, the provider and the client's output folder. Pure: text in,
 * text out; scripts/generate-postgres-schema.ts does the I/O.
 */
export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

const HEADER = `// GENERATED from ${SQLITE_SCHEMA} by scripts/generate-postgres-schema.ts (run by npm run db:generate).
// Do not edit: change ${SQLITE_SCHEMA} and regenerate. The PostgreSQL schema (DATABASE_URL=postgres://…)
// differs only in provider and client output; tests/unit/prisma-schemas.test.ts checks it is current.
`;

const EDITS: [from: string, to: string][] = [
  ['provider = "sqlite"', 'provider = "postgresql"'],
  ['output       = "../lib/generated/prisma"', 'output       = "../../lib/generated/prisma-pg"'],
];

export function postgresSchema(sqlite: string): string {
  const start = sqlite.indexOf("generator client {");
  if (start < 0) throw new Error(`${SQLITE_SCHEMA}: expected a "generator client {" block`);
  let body = sqlite.slice(start);
  for (const [from, to] of EDITS) {
    const count = body.split(from).length - 1;
    if (count !== 1) throw new Error(`${SQLITE_SCHEMA}: expected ${JSON.stringify(from)} exactly once, found it ${count} times`);
    body = body.replace(from, to);
  }
  return `${HEADER}\n${body}`;
}
