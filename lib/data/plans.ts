import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { planTargetSchema } from "@/lib/schema/parsed-issue";

/** A policy plan as data: its outline, numeric targets, demonstration cities and glossary. */

const bi = z.object({ zh: z.string().min(1), en: z.string().min(1).nullable() });

export const planDtoSchema = z.object({
  noticeId: z.string().min(1),
  title: bi,
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  outline: z.array(z.object({ level: z.number().int().min(1).max(3), numbering: z.string().nullable(), title: bi, page: z.number().int().nullable(), blockId: z.string().nullable() })),
  targets: z.array(
    z.object({
      seq: z.number().int().positive(),
      measure: bi,
      value: z.number(),
      valueMax: z.number().nullable(),
      unit: bi,
      comparator: planTargetSchema.shape.comparator,
      targetYear: z.number().int(),
      clause: bi,
      blockId: z.string().min(1),
    }),
  ),
  cities: z.array(z.object({ name: bi, blockId: z.string().min(1) })),
  glossary: z.array(z.object({ numbering: z.string().min(1), term: bi, headingBlockId: z.string().min(1), tableBlockIds: z.array(z.string()) })),
});
export type PlanDto = z.infer<typeof planDtoSchema>;

const pair = (zh: string, en: string | null) => ({ zh, en });
const blockIdsJson = z.array(z.string());

export async function listPlanIds(): Promise<string[]> {
  const rows = await getDb().plan.findMany({ select: { noticeId: true }, orderBy: { noticeId: "asc" } });
  return rows.map((r) => r.noticeId);
}

export async function getPlan(noticeId: string): Promise<PlanDto | null> {
  const db = getDb();
  const plan = await db.plan.findUnique({
    where: { noticeId },
    include: {
      outline: { orderBy: { seq: "asc" } },
      targets: { orderBy: { seq: "asc" } },
      cities: { orderBy: { seq: "asc" } },
      glossary: { orderBy: { seq: "asc" } },
    },
  });
  if (!plan) return null;
  const tables = new Set(
    (await db.block.findMany({ where: { noticeId, kind: "table" }, select: { blockId: true } })).map((b) => b.blockId),
  );
  return planDtoSchema.parse({
    noticeId,
    title: pair(plan.titleZh, plan.titleEn),
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    outline: plan.outline.map((o) => ({ level: o.level, numbering: o.numbering, title: pair(o.title, o.titleEn), page: o.page, blockId: o.blockId })),
    targets: plan.targets.map((t) => ({
      seq: t.seq, measure: pair(t.measure, t.measureEn), value: t.value, valueMax: t.valueMax, unit: pair(t.unit, t.unitEn),
      comparator: t.comparator, targetYear: t.targetYear, clause: pair(t.clause, t.clauseEn), blockId: t.blockId,
    })),
    cities: plan.cities.map((c) => ({ name: pair(c.name, c.nameEn), blockId: c.blockId })),
    glossary: plan.glossary.map((g) => ({
      numbering: g.numbering, term: pair(g.term, g.termEn), headingBlockId: g.headingBlockId,
      tableBlockIds: blockIdsJson.parse(g.blockIds).filter((id) => tables.has(id)),
    })),
  });
}
