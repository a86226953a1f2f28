import fs from "node:fs";
import { expect, test } from "vitest";

// Prisma fixes the provider per schema file, so SQLite and Postgres need two files; the models in
// them must not drift apart (lib/db.ts presents both clients through one type).
const MARKER = "// ==== models (keep identical in prisma/postgres/schema.prisma) ====";

test("the SQLite and Postgres schemas declare identical models", () => {
  const models = (file: string) => {
    const text = fs.readFileSync(file, "utf8");
    const start = text.indexOf(MARKER);
    expect(start, `${file} lacks the models marker`).toBeGreaterThan(0);
    return text.slice(start);
  };
  expect(models("prisma/postgres/schema.prisma")).toBe(models("prisma/schema.prisma"));
});
