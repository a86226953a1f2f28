import { z } from "zod";
import { ISSUERS, matchIssuers } from "@/lib/parse/issuers";
import { foldForMatching } from "@/lib/parse/text";

/**
 * What a reader pastes to find a notice or an issue, read into one structured citation. Pure: the
 * lookup is lib/data/cite.ts. The forms come from how people cite the gazette (issue 13):
 *   商务部公告2013年第3号 · 商务部 海关总署公告2013年第2号 · 工信部公告2012年第64号 · 2013年第3号
 *   商服贸发〔2012〕431号 (any brackets) · MOFCOM Announcement No. 3, 2013 · Announcement No. 3 [2013]
 *   No. 3 of 2013 · [2012] No. 431 · 文告2013年第11期 · 总第808期
 * Traditional characters and full-width digits are folded first (foldForMatching), so 商務部公告
 * 2013年第３號 reads the same.
 */

const year = z.number().int().min(1949).max(2100);
const positive = z.number().int().positive();

export const citationSchema = z.discriminatedUnion("kind", [
  /** A numbered announcement; `issuers` are registry codes in printed order, empty when not given. */
  z.object({ kind: z.literal("notice"), issuers: z.array(z.string().min(1)), year, number: positive }),
  /** A 文号: prefix (商服贸发) when printed, year in brackets, number. */
  z.object({ kind: z.literal("document"), prefix: z.string().min(1).nullable(), year, number: positive }),
  z.object({ kind: z.literal("issue"), year, number: positive }),
  z.object({ kind: z.literal("series"), series: positive }),
]);
export type Citation = z.infer<typeof citationSchema>;

/** Longer than any real citation: a pasted paragraph is a search, not a citation. */
const MAX_CITATION = 80;

const BRACKETS = /[〔［【（([]/g;
const CLOSING = /[〕］】）)\]]/g;

function fold(input: string): string {
  return foldForMatching(input).replace(BRACKETS, "[").replace(CLOSING, "]").replace(/\s+/g, " ").trim();
}

/** Leading issuer names (Chinese registry names, or English abbreviations such as MOFCOM). */
function readIssuers(text: string): { codes: string[]; rest: string } {
  const zh = matchIssuers(text);
  if (zh) return { codes: zh.issuers.map((i) => i.info.code), rest: zh.rest };
  const codes: string[] = [];
  let rest = text;
  for (;;) {
    const hit = ISSUERS.find((i) => new RegExp(`^${i.abbr}\\b`, "i").test(rest));
    if (!hit) break;
    codes.push(hit.code);
    rest = rest.slice(hit.abbr.length).replace(/^(?:[\s,&/-]|and\b)+/i, "");
  }
  return { codes, rest };
}

type Reader = (text: string) => Citation | null;

const notice = (issuers: string[], y: string, n: string): Citation => ({ kind: "notice", issuers, year: Number(y), number: Number(n) });

// Each reader sees the folded text after the issuer names; the first that matches wins.
const READERS: Array<(issuers: string[]) => Reader> = [
  (issuers) => (t) => {
    const m = /^(?:联合)?(?:公告)?(\d{4})年(?:第)?(\d+)号(?:公告)?$/.exec(t);
    return m ? notice(issuers, m[1]!, m[2]!) : null;
  },
  (issuers) => (t) => {
    const m = /^(?:joint )?(?:announcement )?no\.? ?(\d+)(?:,| of|,? \[| \()? ?(\d{4})\]?\)?$/i.exec(t);
    return m ? notice(issuers, m[2]!, m[1]!) : null;
  },
  (issuers) => (t) => {
    const m = /^(?:joint )?announcement (?:\[)?(\d{4})\]?,? no\.? ?(\d+)$/i.exec(t);
    return m ? notice(issuers, m[1]!, m[2]!) : null;
  },
  () => (t) => {
    const m = /^([\u4e00-\u9fff]{1,10})? ?\[(\d{4})\] ?第?(\d+)号$/.exec(t) ?? /^()\[(\d{4})\] ?no\.? ?(\d+)$/i.exec(t);
    return m ? { kind: "document", prefix: m[1] || null, year: Number(m[2]), number: Number(m[3]) } : null;
  },
  () => (t) => {
    const m = /^(?:中国对外经济贸易)?(?:文告)?(\d{4})年第(\d+)期$/.exec(t);
    return m ? { kind: "issue", year: Number(m[1]), number: Number(m[2]) } : null;
  },
  () => (t) => {
    const m = /^(?:文告)?总第(\d+)期$/.exec(t);
    return m ? { kind: "series", series: Number(m[1]) } : null;
  },
];

/** The citation `input` names, or null when it is not one (then it is an ordinary search). */
export function parseCitation(input: string): Citation | null {
  if (input.length > MAX_CITATION) return null;
  const folded = fold(input);
  const { codes, rest } = readIssuers(folded);
  const text = rest.replace(/^(?:的)?/, "").trim();
  for (const reader of READERS) {
    const found = reader(codes)(text);
    // A bare 文号 or issue reference after issuer names is not a form anyone writes.
    if (!found || (found.kind !== "notice" && codes.length > 0)) continue;
    // 第0号 or year 0013 reads like a citation but names nothing that can exist.
    const checked = citationSchema.safeParse(found);
    return checked.success ? checked.data : null;
  }
  return null;
}
