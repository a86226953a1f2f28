import { hanQueryTerms, type QueryPart, type QueryPlan } from "@/lib/search/tokenize";

const HAN_RUN = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/** Whether a part finds anything in the index searched (client.ts runs it on the loaded shards). */
type Finds = (part: QueryPart) => Promise<boolean>;

/**
 * A long query typed as a question finds nothing when one part of it is not in the text. Keep what
 * is: each Han part of 4+ characters is cut into its longest runs that occur somewhere (weighted by
 * length, so 注销成品油批发经营资格 outranks 企业), and the parts found nowhere are reported.
 */
export async function relaxPlan(plan: QueryPlan, finds: Finds): Promise<{ plan: QueryPlan; notFound: string[] }> {
  const parts: QueryPart[] = [];
  const notFound: string[] = [];
  for (const part of plan.parts) {
    if (await finds(part)) parts.push(part);
    else if (part.kind === "text" && HAN_RUN.test(part.text) && Array.from(part.text).length >= 4) {
      const cut = await longestRuns(part.text, finds);
      parts.push(...cut.found);
      notFound.push(...cut.missing);
    } else if (part.kind !== "phrase") notFound.push(part.text);
  }
  return { plan: { folded: plan.folded, parts }, notFound };
}

async function longestRuns(text: string, finds: Finds): Promise<{ found: QueryPart[]; missing: string[] }> {
  const chars = Array.from(text);
  const found: QueryPart[] = [];
  const missing: string[] = [];
  let gap = "";
  for (let i = 0; i < chars.length; ) {
    let end = 0;
    for (let j = chars.length; j >= i + 2 && end === 0; j--) {
      const run = chars.slice(i, j).join("");
      const part: QueryPart = { text: run, kind: "text", terms: [...new Set(hanQueryTerms(run))], weight: j - i };
      if (HAN_RUN.test(run) && (await finds(part))) {
        found.push(part);
        end = j;
      }
    }
    if (end === 0) {
      gap += chars[i] ?? "";
      i += 1;
      continue;
    }
    if (gap) missing.push(gap);
    gap = "";
    i = end;
  }
  if (gap) missing.push(gap);
  return { found, missing };
}

