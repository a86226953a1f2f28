import "server-only";
import { getDb } from "@/lib/db";
import type { NoticeDto, ReferenceLink } from "@/lib/data/dto";

/**
 * Citations inside notices, resolved against the archive when read (not when ingested): a notice
 * ingested later turns the older notices' citations of it into links, and shows them as "cited by",
 * without re-ingesting anything. A reference's `target` is what the parser normalised it to: the
 * notice id it would have (gacc-2016-52) or the 文号 in the gazette's form (国发〔2009〕38号).
 */

type Stored = { kind: string; printed: string; target: string; blockId: string };
const KINDS = ["notice", "order", "document-number", "law", "title"] as const;
const isKind = (kind: string): kind is ReferenceLink["kind"] => KINDS.some((k) => k === kind);

/** target → the archive notice it names, for the references that can name one. */
async function resolveTargets(refs: Stored[]): Promise<Map<string, string>> {
  const byId = refs.filter((r) => r.kind === "notice").map((r) => r.target);
  const byNumber = refs.filter((r) => r.kind === "document-number").map((r) => r.target);
  if (byId.length + byNumber.length === 0) return new Map();
  const found = await getDb().notice.findMany({
    where: { OR: [{ id: { in: byId } }, { docNumberNormalized: { in: byNumber } }] },
    select: { id: true, docNumberNormalized: true },
  });
  const out = new Map<string, string>();
  for (const n of found) {
    out.set(n.id, n.id);
    if (n.docNumberNormalized) out.set(n.docNumberNormalized, n.id);
  }
  return out;
}

/** Block id → the links its Chinese text carries, for one notice. A notice never links to itself. */
export async function referenceLinks(noticeId: string, refs: Stored[]): Promise<Map<string, ReferenceLink[]>> {
  const targets = await resolveTargets(refs);
  const byBlock = new Map<string, ReferenceLink[]>();
  for (const r of refs) {
    if (!isKind(r.kind)) continue;
    const resolved = targets.get(r.target) ?? null;
    const link = { kind: r.kind, printed: r.printed, noticeId: resolved === noticeId ? null : resolved };
    byBlock.set(r.blockId, [...(byBlock.get(r.blockId) ?? []), link]);
  }
  return byBlock;
}

/** The notices whose text cites this one, by its id or its 文号, in archive order. */
export async function citedBy(notice: { id: string; docNumberNormalized: string | null }): Promise<NoticeDto["citedBy"]> {
  const targets = [notice.id, ...(notice.docNumberNormalized ? [notice.docNumberNormalized] : [])];
  const rows = await getDb().noticeReference.findMany({
    where: { target: { in: targets }, kind: { in: ["notice", "document-number"] }, noticeId: { not: notice.id } },
    select: { blockId: true, printed: true, notice: { select: { id: true, titleZh: true, titleEnOfficial: true, titleEnTranslated: true } } },
    orderBy: [{ notice: { issue: { year: "desc" } } }, { notice: { issue: { number: "desc" } } }, { seq: "asc" }],
  });
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    if (seen.has(r.notice.id)) return [];
    seen.add(r.notice.id);
    return [{ id: r.notice.id, titleZh: r.notice.titleZh, titleEn: r.notice.titleEnOfficial ?? r.notice.titleEnTranslated, blockId: r.blockId, printed: r.printed }];
  });
}
