import { stemEnglish } from "@/lib/search/stem";
import type { ParsedIssue } from "@/lib/schema/parsed-issue";
import type { TranslationFile } from "@/lib/translations/schema";
import { foldChineseForTerms, foldEnglishForTerms } from "@/lib/translations/text-facts";

/**
 * The same Chinese gets the same English (issue 15: 9 of the plan's 37 outline entries differed
 * from the body headings with identical Chinese, and 印发 was "Printing and Distributing" in the
 * contents but "Issuing" in the header). Two rules, both across the whole issue:
 * - headings: every heading block, plan outline entry, notice header, notice title and contents
 *   title whose Chinese is the same (as folded for terms, without a contents entry's number and
 *   page, without a final full stop) has the same English;
 * - terms: a term-base term is written in one English form throughout; its accepted forms are
 *   grammatical variants (city/cities, go/going) or abbreviations, never a second rendering.
 */

export type Where = { noticeId: string; blockId: string | null };

/** One place a Chinese heading is rendered in English. */
export type Rendering = { zh: string; en: string; where: Where };

/** Every heading-like text of an issue with its English, where the file has one. */
export function headingRenderings(parsed: ParsedIssue, file: TranslationFile): Rendering[] {
  const out: Rendering[] = [];
  const add = (zh: string | null, en: string | null | undefined, where: Where) => {
    if (zh !== null && en) out.push({ zh, en, where });
  };
  for (const n of parsed.notices) {
    const t = file.notices[n.id];
    add(n.titleZh, t?.title, { noticeId: n.id, blockId: "title" });
    add(n.headerText, t?.header, { noticeId: n.id, blockId: "header" });
    for (const b of n.blocks) {
      const entry = t?.blocks[b.id];
      if (b.kind === "heading" && entry && "text" in entry) add(b.text, entry.text, { noticeId: n.id, blockId: b.id });
    }
  }
  for (const c of parsed.contents) {
    add(c.titleZh, file.contents.find((x) => x.position === c.position)?.en, { noticeId: c.noticeId ?? parsed.issue.slug, blockId: "contents" });
  }
  for (const p of parsed.plans) {
    for (const o of p.outline) {
      const en = file.outline.find((x) => x.noticeId === p.noticeId && x.seq === o.seq)?.en;
      add(`${o.numbering ?? ""}${o.title}`, en, { noticeId: p.noticeId, blockId: `outline-${o.seq}` });
    }
  }
  return out;
}

// A contents entry carries its position and page ("7. …的通知 (10)"), which the title it names does not.
const CONTENTS_NUMBER = /^\d+\.\s*/;
const CONTENTS_PAGE = /\s*[(（]\d+[)）]$/;

function headingKey(zh: string): string {
  return foldChineseForTerms(zh.trim().replace(CONTENTS_NUMBER, "").replace(CONTENTS_PAGE, "")).replace(/\s+/g, "").replace(/[。.]$/, "");
}

function headingEnglish(en: string): string {
  return en.trim().replace(CONTENTS_NUMBER, "").replace(CONTENTS_PAGE, "").replace(/\s+/g, " ");
}

export type Inconsistency = { where: Where; message: string };

/** Renderings whose Chinese matches an earlier one but whose English does not; each names the first. */
export function inconsistentHeadings(renderings: readonly Rendering[]): Inconsistency[] {
  const first = new Map<string, Rendering>();
  const out: Inconsistency[] = [];
  for (const r of renderings) {
    const key = headingKey(r.zh);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    const [here, there] = [headingEnglish(r.en), headingEnglish(earlier.en)];
    if (here !== there) {
      const from = firstDifference(here, there);
      out.push({
        where: r.where,
        message: `"${excerpt(r.zh)}" is "${excerpt(here, from)}" here but "${excerpt(there, from)}" at ${place(earlier.where)}: the same Chinese needs the same English`,
      });
    }
  }
  return out;
}

/** One occurrence of a term-base term, with the accepted English forms found beside it. */
export type TermUse = { zh: string; forms: string[]; where: Where };

/**
 * A form's family: its words stemmed as search stems them (plural, -ed, -ing), so "demonstration
 * city" and "demonstration cities" are one form and "information technology service outsourcing"
 * is another than "information technology outsourcing".
 */
export function formFamily(form: string): string {
  return foldEnglishForTerms(form)
    .split(/[^a-z0-9']+/)
    .filter(Boolean)
    .map((w) => stemEnglish(w).replace(/(?<=\w{2})ing$/, ""))
    .join(" ");
}

/** Terms written in more than one family of forms across the issue: one problem per term. */
export function termVariants(uses: readonly TermUse[], abbreviations: ReadonlySet<string>): Inconsistency[] {
  const byTerm = new Map<string, Map<string, { form: string; where: Where; count: number }>>();
  for (const use of uses) {
    const families = byTerm.get(use.zh) ?? new Map<string, { form: string; where: Where; count: number }>();
    byTerm.set(use.zh, families);
    for (const form of use.forms) {
      if (abbreviations.has(foldEnglishForTerms(form))) continue;
      const family = formFamily(form);
      const seen = families.get(family);
      if (seen) seen.count += 1;
      else families.set(family, { form, where: use.where, count: 1 });
    }
  }
  const out: Inconsistency[] = [];
  for (const [zh, families] of byTerm) {
    if (families.size < 2) continue;
    const list = [...families.values()];
    const [main, ...others] = list.sort((a, b) => b.count - a.count);
    if (!main) continue;
    for (const o of others) {
      out.push({
        where: o.where,
        message: `${zh} is "${o.form}" here (${o.count}×) but "${main.form}" elsewhere (${main.count}×, first at ${place(main.where)}): a term has one English form`,
      });
    }
  }
  return out;
}

function place(where: Where): string {
  return where.blockId === null ? where.noticeId : `${where.noticeId}#${where.blockId}`;
}

/** Where two strings start to differ, backed up a little so the excerpt shows some context. */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return Math.max(0, i - 12);
}

function excerpt(text: string, from = 0): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const tail = flat.slice(from);
  const shown = tail.length > 50 ? `${tail.slice(0, 50)}…` : tail;
  return from > 0 ? `…${shown}` : shown;
}
