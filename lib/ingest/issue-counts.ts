import type { Prisma } from "@/lib/generated/prisma/client";
import type { IssueRows } from "@/lib/ingest/to-rows";

/**
 * Row counts of one issue, stored or about to be written, by kind. A re-ingest that would leave
 * fewer rows of any kind than are stored needs --force (issue 9: a truncated file used to replace a
 * complete issue silently); the before → after table is what the editor sees.
 */
export const COUNT_KINDS = [
  "contents", "notices", "blocks", "attachments", "matter", "standards", "licensingDecisions", "references",
  "plans", "planOutline", "planTargets", "planCities", "glossary",
] as const;

export type CountKind = (typeof COUNT_KINDS)[number];
export type IssueCounts = Record<CountKind, number>;

export function countRows(rows: IssueRows): IssueCounts {
  return {
    contents: rows.contents.length, notices: rows.notices.length, blocks: rows.blocks.length,
    attachments: rows.attachments.length, matter: rows.matter.length, standards: rows.standards.length,
    licensingDecisions: rows.licensingDecisions.length, references: rows.references.length, plans: rows.plans.length, planOutline: rows.planOutline.length,
    planTargets: rows.planTargets.length, planCities: rows.planCities.length, glossary: rows.glossary.length,
  };
}

/** The counts of the issue stored under `issueId`, read inside the caller's transaction. */
export async function countStored(tx: Prisma.TransactionClient, issueId: number): Promise<IssueCounts> {
  const notice = { issueId };
  const plan = { notice };
  const [contents, notices, blocks, attachments, matter, standards, licensingDecisions, references, plans, planOutline, planTargets, planCities, glossary] = await Promise.all([
    tx.contentsEntry.count({ where: { issueId } }),
    tx.notice.count({ where: notice }),
    tx.block.count({ where: { notice } }),
    tx.noticeAttachment.count({ where: { notice } }),
    tx.issueMatter.count({ where: { issueId } }),
    tx.standard.count({ where: { notice } }),
    tx.licensingDecision.count({ where: { notice } }),
    tx.noticeReference.count({ where: { notice } }),
    tx.plan.count({ where: plan }),
    tx.planOutlineEntry.count({ where: { plan } }),
    tx.planTarget.count({ where: { plan } }),
    tx.planCity.count({ where: { plan } }),
    tx.glossaryEntry.count({ where: { plan } }),
  ]);
  return { contents, notices, blocks, attachments, matter, standards, licensingDecisions, references, plans, planOutline, planTargets, planCities, glossary };
}

/** The kinds of row the new version has fewer of. */
export function shrunkKinds(before: IssueCounts, after: IssueCounts): CountKind[] {
  return COUNT_KINDS.filter((kind) => after[kind] < before[kind]);
}

/** `kind  before → after` lines, the shrinking ones marked, aligned for a terminal. */
export function countsTable(before: IssueCounts, after: IssueCounts): string[] {
  const width = Math.max(...COUNT_KINDS.map((k) => k.length));
  const num = Math.max(...COUNT_KINDS.map((k) => String(before[k]).length));
  return COUNT_KINDS.map((kind) => {
    const mark = after[kind] < before[kind] ? `  ▼ ${after[kind] - before[kind]}` : "";
    return `${kind.padEnd(width)}  ${String(before[kind]).padStart(num)} → ${after[kind]}${mark}`;
  });
}
