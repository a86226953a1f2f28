import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertRows } from "@/lib/ingest/bulk-insert";
import { takeIngestLock, type Provider } from "@/lib/ingest/ingest-lock";
import { countRows, countStored, countsTable, shrunkKinds, type IssueCounts } from "@/lib/ingest/issue-counts";
import type { IssueRows } from "@/lib/ingest/to-rows";

export type WriteOutcome = "created" | "replaced" | "unchanged";

export type WriteOptions = {
  /** Rewrite an unchanged issue, and accept a version with fewer rows than the stored one. */
  force?: boolean;
  provider?: Provider;
  /** How long to wait for another ingest's lock (SQLite: also set as the connection's busy timeout). */
  lockTimeoutMs?: number;
};

/**
 * An input the database must not take as it stands, with the exit code the CLI gives it: 2 for a
 * refused input (a shrinking replacement, a notice id owned by another issue), 3 for a lock held by
 * another ingest. `details` are extra lines for the terminal (the before → after table).
 */
export class IngestRefusal extends Error {
  override readonly name = "IngestRefusal";
  constructor(message: string, readonly exitCode: 2 | 3, readonly details: string[] = []) {
    super(message);
  }
}

export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

/**
 * Writes one issue's rows in ONE transaction that first takes the ingest lock, then looks the issue
 * up: the old issue (and through cascades every row under it) is deleted and the new rows inserted,
 * so readers see the old issue or the new one, never a mix. An issue whose rows hash is unchanged is
 * left alone unless `force` is set; a replacement with fewer rows of any kind is refused unless
 * `force` is set; every replacement that changes the rows leaves an IssueRevision row.
 */
export async function writeIssue(db: Db, rows: IssueRows, options: WriteOptions = {}): Promise<WriteOutcome> {
  const { force = false, provider = "sqlite", lockTimeoutMs = DEFAULT_LOCK_TIMEOUT_MS } = options;
  return db.$transaction(
    async (tx) => {
      await takeIngestLock(tx, provider, lockTimeoutMs);
      const existing = await tx.issue.findUnique({ where: { slug: rows.issue.slug } });
      if (existing && existing.rowsSha256 === rows.issue.rowsSha256 && !force) return "unchanged";
      await refuseTakenNoticeIds(tx, rows);
      if (existing) {
        const loss = await lossAgainst(tx, existing.id, rows);
        if (loss.refusal && !force) throw loss.refusal;
        if (existing.rowsSha256 !== rows.issue.rowsSha256) await recordRevision(tx, existing, loss.before, rows, loss.after, loss.refusal !== null);
        await tx.issue.delete({ where: { id: existing.id } });
      }
      await insertIssue(tx, rows, provider);
      return existing ? "replaced" : "created";
    },
    // One issue is a few thousand rows; the 5 s default is too tight on a loaded 2-core CI machine,
    // and the time spent waiting for another ingest's lock counts against the transaction too.
    { timeout: lockTimeoutMs + 60_000, maxWait: lockTimeoutMs + 10_000 },
  );
}

type Loss = { before: IssueCounts; after: IssueCounts; refusal: IngestRefusal | null };

/**
 * What replacing the stored issue with `rows` would lose: rows of some kind, or notice ids (a
 * notice whose number line was damaged parses under a fallback id, and its old URL would die).
 */
async function lossAgainst(tx: Prisma.TransactionClient, issueId: number, rows: IssueRows): Promise<Loss> {
  const before = await countStored(tx, issueId);
  const after = countRows(rows);
  const kept = new Set(rows.notices.map((n) => n.id));
  const stored = await tx.notice.findMany({ where: { issueId }, select: { id: true }, orderBy: { position: "asc" } });
  const lostIds = stored.map((n) => n.id).filter((id) => !kept.has(id));
  const kinds = shrunkKinds(before, after);
  if (kinds.length === 0 && lostIds.length === 0) return { before, after, refusal: null };
  const what = [...kinds.map((k) => `${k} (${before[k]} → ${after[k]})`), ...lostIds.map((id) => `notice ${id}`)].join(", ");
  const slug = rows.issue.slug;
  const refusal = new IngestRefusal(
    `${slug}: replacing the stored issue would lose ${what}; nothing was written (re-run with --force to replace it anyway)`,
    2,
    [`${slug} stored → new`, ...countsTable(before, after)],
  );
  return { before, after, refusal };
}

/** Notice ids are global: one already stored under another issue would fail the insert half-way. */
async function refuseTakenNoticeIds(tx: Prisma.TransactionClient, rows: IssueRows): Promise<void> {
  const taken = await tx.notice.findMany({
    where: { id: { in: rows.notices.map((n) => n.id) }, issue: { slug: { not: rows.issue.slug } } },
    select: { id: true, issue: { select: { slug: true } } },
  });
  if (taken.length === 0) return;
  const list = taken.map((n) => `${n.id} (issue ${n.issue.slug})`).join(", ");
  throw new IngestRefusal(`${rows.issue.slug}: notice ids already belong to another issue: ${list}`, 2);
}

type StoredIssue = { sourceSha256: string; rowsSha256: string; translationSha256: string | null; ingestedAt: Date };

async function recordRevision(tx: Prisma.TransactionClient, previous: StoredIssue, before: IssueCounts, rows: IssueRows, after: IssueCounts, forced: boolean): Promise<void> {
  await tx.issueRevision.create({
    data: {
      slug: rows.issue.slug,
      previousSourceSha256: previous.sourceSha256,
      previousRowsSha256: previous.rowsSha256,
      previousTranslationSha256: previous.translationSha256,
      previousIngestedAt: previous.ingestedAt,
      previousCounts: before,
      sourceSha256: rows.issue.sourceSha256,
      rowsSha256: rows.issue.rowsSha256,
      translationSha256: rows.issue.translationSha256 ?? null,
      counts: after,
      forced,
    },
  });
}

async function insertIssue(tx: Prisma.TransactionClient, rows: IssueRows, provider: Provider): Promise<void> {
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
  await insertRows(tx, provider, "NoticeReference", rows.references);
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
}

/**
 * The shrink check without writing or locking, for the CLI to run over every issue before it writes
 * any (so a refused issue leaves the whole database untouched). writeIssue checks again under the lock.
 */
export async function shrinkAgainstStored(db: Db, rows: IssueRows): Promise<IngestRefusal | null> {
  const existing = await db.issue.findUnique({ where: { slug: rows.issue.slug }, select: { id: true, rowsSha256: true } });
  if (!existing || existing.rowsSha256 === rows.issue.rowsSha256) return null;
  return (await lossAgainst(db, existing.id, rows)).refusal;
}
