// Writes prisma/postgres/schema.prisma from prisma/schema.prisma (the one schema to edit).
//   node --import tsx scripts/generate-postgres-schema.ts [--check]
// --check: exit 1 when the committed file differs from what would be generated, writing nothing.
import fs from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "@/scripts/lib/postgres-schema";

const root = path.resolve(import.meta.dirname, "..");
const target = path.join(root, POSTGRES_SCHEMA);
let generated: string;
try {
  generated = postgresSchema(fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
} catch (error) {
  console.error(`❌ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
if (process.argv.includes("--check")) {
  if (current !== generated) console.error(`❌ ${POSTGRES_SCHEMA} is stale: run npm run db:generate`);
  process.exitCode = current === generated ? 0 : 1;
} else if (current !== generated) {
  fs.writeFileSync(target, generated);
  console.log(`✅ ${POSTGRES_SCHEMA} regenerated from ${SQLITE_SCHEMA}`);
}
