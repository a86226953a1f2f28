import type { Hit } from "@/lib/search/engine";
import type { DocChunk } from "@/lib/search/format";
import { HAN, fold } from "@/lib/search/normalize";
import { indexTerms, type QueryPart, type QueryPlan } from "@/lib/search/tokenize";

/**
 * Checking hits against their text (client.ts runs this when a part was searched without some of
 * its common terms, so its candidates are a superset). A hit is kept when its text holds every term
 * of a part; its cover is re-counted from the parts it holds.
 */

/** A hit to check, with the most cover its text can turn out to have. */
export type Candidate = { hit: Hit; bound: number };
type Kept = { hit: Hit; exact: number };

const NOT_EXACT = Number.MAX_SAFE_INTEGER;
const squash = (folded: string) => folded.replace(/\s+/g, "");

/**
 * Among hits holding as many parts, a text with the query as typed comes first, the shortest first:
 * a name typed whole (第2部分：机动车典当) is the row that is that name, not a longer one containing it.
 */
function rank(a: Kept, b: Kept): number {
  return b.hit.cover - a.hit.cover || a.exact - b.exact || b.hit.score - a.hit.score || a.hit.doc - b.hit.doc;
}

function check(plan: QueryPlan, hit: Hit, text: string): Kept | null {
  const terms = new Set(indexTerms(text));
  const held = plan.parts.filter((p) => p.terms.every((t) => terms.has(t)));
  if (held.length === 0) return null;
  const typed = squash(plan.folded);
  const exact = typed !== "" && squash(fold(text)).includes(typed) ? text.length : NOT_EXACT;
  return { hit: { ...hit, parts: held.length, cover: held.reduce((n, p) => n + (p.weight ?? 1), 0) }, exact };
}

const HAN_BOUNDED = new RegExp(`^[${HAN}]([^]*[${HAN}])?$`);

/**
 * Whether a text holding the whole typed query must hold every part. True when each part is text
 * that starts and ends with a Han character: its terms then come out of the same runs in any text
 * that contains it (tokenize.ts splits runs at script changes). A Latin part could be the middle of
 * a longer word there ("abc" in "xabcx").
 */
function typedImpliesAll(plan: QueryPlan): boolean {
  return plan.parts.every((p: QueryPart) => p.kind === "text" && HAN_BOUNDED.test(squash(p.text)));
}

/** The cover of a hit holding every part. */
export function planWeight(plan: QueryPlan): number {
  return plan.parts.reduce((n, p) => n + (p.weight ?? 1), 0);
}

/**
 * One part: checked in rank order until `limit` are kept (whether a part finds anything at all
 * costs one chunk), the kept ones ranked as above.
 */
async function verifyInOrder(plan: QueryPlan, pool: Candidate[], limit: number, chunkFor: (doc: number) => Promise<DocChunk>): Promise<Hit[]> {
  const kept: Kept[] = [];
  const batch = Math.max(limit, 4);
  for (let at = 0; at < pool.length && kept.length < limit; at += batch) {
    kept.push(...(await checkBatch(plan, pool.slice(at, at + batch), chunkFor)));
  }
  return kept.sort(rank).slice(0, limit).map((k) => k.hit);
}

async function checkBatch(plan: QueryPlan, slice: Candidate[], chunkFor: (doc: number) => Promise<DocChunk>): Promise<Kept[]> {
  const chunks = await Promise.all(slice.map((c) => chunkFor(c.hit.doc)));
  return slice.flatMap((c, i) => {
    const chunk = chunks[i];
    const k = check(plan, c.hit, chunk?.docs[c.hit.doc - chunk.start]?.text ?? "");
    return k ? [k] : [];
  });
}

/** The best rank a candidate can reach once checked. */
function best(c: Candidate, full: number, typedHoldsAll: boolean): Kept {
  const couldBeExact = !typedHoldsAll || c.bound >= full;
  return { hit: { ...c.hit, cover: c.bound }, exact: couldBeExact ? 0 : NOT_EXACT };
}

/**
 * Checks candidates best bound first, a batch of chunks at a time, and stops once `limit` kept hits
 * all rank above anything an unchecked candidate could become: the answer is that of checking every
 * candidate, from far fewer doc chunks (a 3-part standard name at 1,000 issues checked 300).
 */
export async function verifyCandidates(plan: QueryPlan, pool: Candidate[], limit: number, chunkFor: (doc: number) => Promise<DocChunk>): Promise<Hit[]> {
  if (plan.parts.length === 1) return verifyInOrder(plan, pool, limit, chunkFor);
  const full = planWeight(plan);
  const typedHoldsAll = typedImpliesAll(plan);
  const order = pool.map((c) => ({ c, best: best(c, full, typedHoldsAll) })).sort((a, b) => rank(a.best, b.best));
  const kept: Kept[] = [];
  const batch = Math.max(limit, 4);
  for (let at = 0; at < order.length; at += batch) {
    const next = order[at];
    const kth = kept[limit - 1];
    if (next && kth && rank(kth, next.best) <= 0) break;
    kept.push(...(await checkBatch(plan, order.slice(at, at + batch).map((o) => o.c), chunkFor)));
    kept.sort(rank);
  }
  return kept.slice(0, limit).map((k) => k.hit);
}
