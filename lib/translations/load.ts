import { createHash } from "node:crypto";
import type { EnglishOverlay } from "@/lib/ingest/english-overlay";
import type { ParsedIssue } from "@/lib/schema/parsed-issue";
import type { TranslationFile } from "@/lib/translations/schema";
import { isCurrentTranslation } from "@/lib/translations/source-hash";
import type { OtherTitle } from "@/lib/schema/other-title";

/**
 * Translation file → the English columns ingest stores beside the Chinese. A block whose Chinese has
 * changed since it was translated (source hash mismatch) gets no English: the site then marks it
 * "translation not available" rather than showing English for text that no longer says the same.
 */
export type AppliedTranslation = { overlay: Omit<EnglishOverlay, "translationSha256">; stale: string[] };

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

export function applyTranslation(parsed: ParsedIssue, file: TranslationFile): AppliedTranslation {
  const stale: string[] = [];
  const byZh = (pairs: readonly { zh: string; en: string }[]) => new Map(pairs.map((p) => [p.zh, p.en]));
  const companies = byZh(file.records.companies);
  const matterEn = byZh(file.matter);

  const overlay: AppliedTranslation["overlay"] = {
    issue: {},
    matter: [
      ...parsed.frontMatter.flatMap((m, i) => {
        const en = matterEn.get(m.text);
        return en ? [{ part: "front" as const, order: i + 1, textEn: en }] : [];
      }),
      ...parsed.backMatter.flatMap((m, i) => {
        const en = matterEn.get(m.text);
        return en ? [{ part: "back" as const, order: i + 1, textEn: en }] : [];
      }),
    ],
    contents: file.contents.map((c) => ({ position: c.position, titleEnTranslated: c.en })),
    notices: [],
    attachments: [],
    blocks: [],
    standards: [],
    licensingDecisions: [],
    plans: [],
    planOutline: file.outline.map((o) => ({ noticeId: o.noticeId, seq: o.seq, titleEn: o.en })),
    planTargets: file.records.targets.map((t) => ({ noticeId: t.noticeId, seq: t.seq, measureEn: t.measure, clauseEn: t.clause })),
    planCities: [],
    glossary: [],
  };

  for (const notice of parsed.notices) {
    const t = file.notices[notice.id];
    if (t) applyNotice(parsed, notice, t, overlay, stale, otherTitles(file, notice.id));
  }
  for (const d of parsed.licensingDecisions) {
    const en = companies.get(d.company);
    if (en) overlay.licensingDecisions.push({ noticeId: d.noticeId, seq: d.seq, companyEn: en });
  }
  applyPlans(parsed, overlay, byZh(file.records.cities), byZh(file.records.glossaryTerms));
  return { overlay, stale };
}

type Overlay = AppliedTranslation["overlay"];
type NoticeTranslation = TranslationFile["notices"][string];

/** One notice's title, header, blocks, standards names and attachment titles; stale blocks listed. */
/** The notice's other English titles (alsoKnownAs), in the file's order. */
function otherTitles(file: TranslationFile, noticeId: string): OtherTitle[] {
  return file.alsoKnownAs.filter((a) => a.noticeId === noticeId).map(({ title, note }) => ({ title, note }));
}

function applyNotice(
  parsed: ParsedIssue,
  notice: ParsedIssue["notices"][number],
  t: NoticeTranslation,
  overlay: Overlay,
  stale: string[],
  others: OtherTitle[],
): void {
  overlay.notices.push({
    noticeId: notice.id,
    titleEnTranslated: t.title,
    ...(t.header ? { headerTextEn: t.number ? `${t.header}\n${t.number}` : t.header } : {}),
    ...(t.subject ? { subjectEn: t.subject } : {}),
    ...(t.sourceNote ? { sourceNoteEn: t.sourceNote } : {}),
    ...(others.length ? { otherTitlesEn: others } : {}),
  });
  const english = new Map<string, string>();
  for (const block of notice.blocks) {
    const entry = t.blocks[block.id];
    if (!entry) continue;
    if (!isCurrentTranslation(entry, block.text)) {
      stale.push(`${notice.id}#${block.id}`);
      continue;
    }
    const base = { noticeId: notice.id, blockId: block.id, enSourceHash: sha256(block.text) };
    if ("rows" in entry) {
      const textEn = [entry.caption, entry.header.join("\t"), ...entry.rows.map((r) => r.join("\t"))].filter(Boolean).join("\n");
      overlay.blocks.push({ ...base, textEn, ...(entry.caption ? { captionEn: entry.caption } : {}), tableHeaderEn: entry.header, tableRowsEn: entry.rows });
      english.set(block.id, textEn);
      if (block.kind === "table") {
        const nameCol = block.header.clean.findIndex((c) => c === "标准名称");
        for (const s of parsed.standards.filter((x) => x.noticeId === notice.id && x.blockId === block.id)) {
          const nameEn = entry.rows[s.row - 1]?.[nameCol];
          if (nameCol >= 0 && nameEn) overlay.standards.push({ noticeId: notice.id, seq: s.seq, nameEn });
        }
      }
    } else {
      const signersEn = block.kind === "signature" ? entry.text.split("\n").slice(0, block.signers.length) : [];
      overlay.blocks.push({
        ...base,
        textEn: entry.text,
        ...(block.kind === "heading" ? { titleEn: entry.text.replace(/^[IVXLC]+\.\s*|^\([IVXLC]+\)\s*/, "") } : {}),
        ...(signersEn.length ? { signersEn } : {}),
      });
      english.set(block.id, entry.text);
    }
  }
  notice.attachments.forEach((a, i) => {
    // The attachment's printed title is the heading right after its 附件 label.
    const labelIndex = notice.blocks.findIndex((b) => b.id === a.blockId);
    const titleBlock = labelIndex >= 0 ? notice.blocks[labelIndex + 1] : undefined;
    const en = titleBlock ? english.get(titleBlock.id) : undefined;
    if (en) overlay.attachments.push({ noticeId: notice.id, order: i + 1, titleEn: en });
  });
}

/** Plan titles (from the translated title heading), demonstration cities and glossary terms. */
function applyPlans(parsed: ParsedIssue, overlay: Overlay, cities: Map<string, string>, terms: Map<string, string>): void {
  for (const plan of parsed.plans) {
    const notice = parsed.notices.find((n) => n.id === plan.noticeId);
    const titleBlock = notice?.blocks.find((b) => b.kind === "heading" && b.title === plan.titleZh.replace(/\(.*$/, ""));
    const titleEn = titleBlock ? overlay.blocks.find((b) => b.noticeId === plan.noticeId && b.blockId === titleBlock.id)?.textEn : undefined;
    if (titleEn) overlay.plans.push({ noticeId: plan.noticeId, titleEn: titleEn.replace(/\n/g, " ") });
    for (const c of plan.cities) {
      const en = cities.get(c.name);
      if (en) overlay.planCities.push({ noticeId: plan.noticeId, seq: c.seq, nameEn: en });
    }
    for (const g of plan.glossary) {
      const en = terms.get(g.term);
      if (en) overlay.glossary.push({ noticeId: plan.noticeId, seq: g.seq, termEn: en });
    }
  }
}
