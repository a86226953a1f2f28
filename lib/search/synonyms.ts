import { stemEnglish } from "./stem.ts";

/**
 * Query-side English synonyms: a query word also finds texts that use its partner. Both sides are
 * stemmed, so every inflection meets. Each pair is a rendering the archive's English and its readers
 * use for the same Chinese term (content/term-base.json):
 * - 经营资格 is translated "business qualification", while readers (and MOFCOM's own English site)
 *   call the thing a licence: "licence revoked" must find MOFCOM's oil-licence cancellations (issue 14);
 * - 注销 is translated "cancel" and 撤销/吊销 "revoke"; a reader asking for "revoked" licences means
 *   both, and the archive's older English said "revoked" for 注销.
 */
const PAIRS: [string, string[]][] = [
  ["licence", ["qualification", "permit"]],
  ["qualification", ["licence"]],
  ["permit", ["licence"]],
  ["revoke", ["cancel", "withdraw"]],
  ["cancel", ["revoke"]],
];

const BY_STEM = new Map(PAIRS.map(([word, others]) => [stemEnglish(word), others.map(stemEnglish)]));

/** The stemmed alternatives of a stemmed query word (empty when it has none). */
export function synonymsOf(stem: string): string[] {
  return BY_STEM.get(stem) ?? [];
}
