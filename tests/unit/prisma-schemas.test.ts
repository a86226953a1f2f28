import fs from "node:fs";
import { expect, test } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "@/scripts/lib/postgres-schema";

// Prisma fixes the provider per schema file, so PostgreSQL needs a second file; it is generated from
// the SQLite one by `npm run db:generate`, and the committed copy must be what that writes (lib/db.ts
// presents both clients through one type, so their models must not drift apart).
const sqlite = fs.readFileSync(SQLITE_SCHEMA, "utf8");

test("the committed PostgreSQL schema is exactly the one generated from the SQLite schema", () => {
  expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(sqlite));
});

test("the generated schema differs from the SQLite one only in header, provider and client output", () => {
  const pg = postgresSchema(sqlite);
  const body = (text: string) => text.slice(text.indexOf("generator client {"));
  expect(body(pg).replace('"postgresql"', '"sqlite"').replace("../../lib/generated/prisma-pg", "../lib/generated/prisma")).toBe(body(sqlite));
  expect(pg).toMatch(/^\/\/ GENERATED from prisma\/schema\.prisma/);
  expect(pg).toContain('provider = "postgresql"');
});

test("a schema the generator does not recognise is refused, not half-converted", () => {
  expect(() => postgresSchema(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/expected "provider = \\"sqlite\\"" exactly once, found it 0 times/);
  expect(() => postgresSchema("model X { id Int @id }")).toThrow(/generator client/);
});
