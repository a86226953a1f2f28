import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { termBaseSchema } from "@/lib/translations/schema";

/**
 * The term base (content/term-base.json) with where each term occurs: the first few passages whose
 * Chinese contains it, and how many there are. Read at build time; the page is static.
 */
const USAGES = 5;

export const glossaryTermSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  accept: z.array(z.string()),
  note: z.string().nullable(),
  count: z.number().int().nonnegative(),
  usages: z.array(z.object({ noticeId: z.string().min(1), blockId: z.string().min(1) })),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export async function listGlossary(): Promise<GlossaryTerm[]> {
  const file = path.join(process.cwd(), "content", "term-base.json");
  const base = termBaseSchema.parse(JSON.parse(await fs.readFile(file, "utf8")));
  const db = getDb();
  const terms = await Promise.all(
    base.terms.map(async (term) => {
      const where = { text: { contains: term.zh } };
      const [count, usages] = await Promise.all([
        db.block.count({ where }),
        db.block.findMany({ where, select: { noticeId: true, blockId: true }, orderBy: [{ noticeId: "asc" }, { order: "asc" }], take: USAGES }),
      ]);
      return { zh: term.zh, en: term.en, accept: term.accept, note: term.note ?? null, count, usages };
    }),
  );
  return z.array(glossaryTermSchema).parse(terms);
}
