import { stemEnglish } from "@/lib/search/stem";

/**
 * Query-side synonyms: words a reader searches for that the archive's English deliberately does not
 * use for the same thing. 注销 is "cancel": cancellation of a licence (Administrative Licensing Law
 * Art. 70), not revocation (撤销 Art. 69, 吊销 as a penalty), so MOFCOM Announcement 2013 No. 3 and
 * its 29 decisions say "cancelled" (issue 15). Readers, and much secondary English, still say
 * "revoked": such a query also looks for the cancellation words. One way only: "cancel" never finds
 * a revocation, which in law is another act. Keys and values are stems (stem.ts), as queries are.
 */
const SYNONYMS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [["revoke", "revocation"], ["cancel", "cancellation"]],
  // 经营资格 is "business qualification" in the archive's English (term base); readers, and MOFCOM's
  // own English site, call the thing a licence, so "licence revoked" must reach the 29 cancelled
  // oil-wholesale qualifications of Announcement 2013 No. 3 (issue 14). One way: a search for
  // "qualification" has no reason to find every licence.
  [["licence", "license"], ["qualification"]],
];

const BY_STEM: ReadonlyMap<string, readonly string[]> = new Map(
  SYNONYMS.flatMap(([words, also]) => words.map((w) => [stemEnglish(w), also.map(stemEnglish)] as const)),
);

/** The other stems a one-word query part also looks for (none for most words). */
export function synonymStems(stem: string): readonly string[] {
  return BY_STEM.get(stem) ?? [];
}
