import { LICENCE_KIND_ZH } from "@/lib/parse/records";
import type { LicensingDecision, ParsedIssue } from "@/lib/schema/parsed-issue";
import type { TranslationFile } from "@/lib/translations/schema";
import { isCurrentTranslation } from "@/lib/translations/source-hash";
import type { EnglishLookup } from "@/lib/search/documents";

// The term base's renderings (content/term-base.json: 赋予 grant, 注销 cancel, 撤销/吊销 revoke).
const ACTION_EN = { grant: "granted", cancel: "cancelled", revoke: "revoked" } as const satisfies Record<LicensingDecision["action"], string>;

/**
 * The current translation file (content/<issue>/translation.en.json) as the search index's EnglishLookup.
 * Build-time only (hashing uses node:crypto). Like ingest, a block whose Chinese changed since it
 * was translated gets no English, so English search never finds text the page would not show.
 */
export function overlayFromTranslation(parsed: ParsedIssue, file: TranslationFile): EnglishLookup {
  const companies = new Map(file.records.companies.map((p) => [p.zh, p.en]));
  const licenceKinds = new Map(file.records.licenceKinds.map((p) => [p.zh, p.en]));
  const blockText = new Map<string, string>();
  for (const n of parsed.notices) for (const b of n.blocks) blockText.set(`${n.id}#${b.id}`, b.text);
  const decisions = new Map(parsed.licensingDecisions.map((d) => [`${d.noticeId}#${d.blockId}:${d.seq}`, d]));
  const official = new Map(parsed.notices.map((n) => [n.id, n.titleEn]));

  return (ref) => {
    const notice = file.notices[ref.noticeId];
    if (!notice) return undefined;
    if (ref.blockId === null) {
      // Both the gazette's own English title and the archive's fuller translation are searchable.
      return [official.get(ref.noticeId), notice.title, notice.number, notice.subject].filter(Boolean).join(" ");
    }
    const entry = notice.blocks[ref.blockId];
    const zh = blockText.get(`${ref.noticeId}#${ref.blockId}`);
    if (!entry || zh === undefined || !isCurrentTranslation(entry, zh)) return undefined;
    if (ref.decision !== undefined) {
      const d = decisions.get(`${ref.noticeId}#${ref.blockId}:${ref.decision}`);
      const company = d ? companies.get(d.company) : undefined;
      if (!d || !company) return undefined;
      const kindZh = LICENCE_KIND_ZH[d.licenceKind];
      const kind = (kindZh && licenceKinds.get(kindZh)) || "";
      return `${company} ${ACTION_EN[d.action]} ${kind}`.trim();
    }
    if ("rows" in entry) {
      if (ref.row !== undefined) return entry.rows[ref.row - 1]?.filter((c) => c.trim() !== "").join(" ");
      return entry.caption ?? undefined;
    }
    return entry.text;
  };
}
