import type { Db } from "../db.ts";
import { insertRows, type Provider } from "./bulk-insert.ts";
import type { IssueRows } from "./to-rows.ts";

export type WriteOutcome = "created" | "replaced" | "unchanged";

/**
 * Writes one issue's rows in ONE transaction: the old issue (and through cascades every row under it)
 * is deleted and the new rows inserted (bulk-insert.ts), so readers see the old issue or the new one,
 * never a mix. An issue whose rows hash is unchanged is left alone (ids stay as they are) unless
 * `force` is set.
 */
export async function writeIssue(db: Db, rows: IssueRows, options: { force?: boolean; provider?: Provider } = {}): Promise<WriteOutcome> {
  const provider = options.provider ?? "sqlite";
  const existing = await db.issue.findUnique({ where: { slug: rows.issue.slug }, select: { id: true, rowsSha256: true } });
  if (existing && existing.rowsSha256 === rows.issue.rowsSha256 && !options.force) return "unchanged";

  // Notice ids are global: one already stored under another issue would fail the insert half-way
  // with a bare unique-constraint error, so name it before starting.
  const taken = await db.notice.findMany({
    where: { id: { in: rows.notices.map((n) => n.id) }, issue: { slug: { not: rows.issue.slug } } },
    select: { id: true, issue: { select: { slug: true } } },
  });
  if (taken.length > 0) {
    const list = taken.map((n) => `${n.id} (issue ${n.issue.slug})`).join(", ");
    throw new Error(`notice ids already belong to another issue: ${list}`);
  }

  await db.$transaction(
    async (tx) => {
      if (existing) await tx.issue.delete({ where: { id: existing.id } });
      // Issuers are shared reference rows, not owned by an issue: upsert so names stay current.
      for (const issuer of rows.issuers) await tx.issuer.upsert({ where: { code: issuer.code }, create: issuer, update: issuer });

      const { id: issueId } = await tx.issue.create({ data: rows.issue, select: { id: true } });
      await insertRows(tx, provider, "IssueMatter", rows.matter.map((r) => ({ ...r, issueId })));
      await insertRows(tx, provider, "Notice", rows.notices.map((r) => ({ ...r, issueId })));
      await insertRows(tx, provider, "ContentsEntry", rows.contents.map((r) => ({ ...r, issueId })));
      await insertRows(tx, provider, "NoticeIssuer", rows.noticeIssuers);
      await insertRows(tx, provider, "NoticeAttachment", rows.attachments);
      await insertRows(tx, provider, "Block", rows.blocks);
      await insertRows(tx, provider, "Standard", rows.standards);
      await insertRows(tx, provider, "LicensingDecision", rows.licensingDecisions);
      await insertRows(tx, provider, "ParseWarning", rows.warnings.map((r) => ({ ...r, issueId })));

      const plans = await tx.plan.createManyAndReturn({ data: rows.plans, select: { id: true, noticeId: true } });
      const planIds = new Map(plans.map((p) => [p.noticeId, p.id]));
      const withPlanId = <T extends { noticeId: string }>(row: T) => {
        const { noticeId, ...rest } = row;
        const planId = planIds.get(noticeId);
        if (planId === undefined) throw new Error(`plan row for ${noticeId}, which has no plan`);
        return { ...rest, planId };
      };
      await insertRows(tx, provider, "PlanOutlineEntry", rows.planOutline.map(withPlanId));
      await insertRows(tx, provider, "PlanTarget", rows.planTargets.map(withPlanId));
      await insertRows(tx, provider, "PlanCity", rows.planCities.map(withPlanId));
      await insertRows(tx, provider, "GlossaryEntry", rows.glossary.map(withPlanId));
    },
    // One issue is a few thousand rows; the 5 s default is too tight on a loaded 2-core CI machine.
    { timeout: 60_000, maxWait: 10_000 },
  );
  return existing ? "replaced" : "created";
}
