import type { Notice, ParsedIssue } from "@/lib/schema/parsed-issue";
import { translationFileSchema, type BlockEntry, type NoticeTranslation, type TranslationFile } from "@/lib/translations/schema";
import { sourceHash } from "@/lib/translations/source-hash";
import type { Seed, Template } from "@/bench/archive/generate-archive";

/**
 * English for a generated issue: the archive's own translation wherever the Chinese is unchanged
 * (same source hash, lib/translations/source-hash.ts), nothing elsewhere — a perturbed block shows
 * as untranslated, as a newly added issue would. Notice titles use the generated issue's own
 * English contents line (the gazette's official English, restated with the new number).
 */
export function englishFor(seed: Seed, parsed: ParsedIssue, templates: readonly Template[]): TranslationFile {
  const entries = blockEntries(seed.translation);
  const notices: Record<string, NoticeTranslation> = {};
  parsed.notices.forEach((notice, i) => {
    const template = templates[i];
    const t = template ? seed.translation.notices[template.notice.id] : undefined;
    if (!template || !t || !notice.titleEn) return;
    const blocks: Record<string, BlockEntry> = {};
    for (const b of notice.blocks) {
      const entry = entries.get(sourceHash(b.text));
      if (entry) blocks[b.id] = entry;
    }
    notices[notice.id] = {
      title: notice.titleEn,
      header: notice.headerText === template.notice.headerText ? t.header : null,
      number: null,
      subject: notice.subject === template.notice.subject ? t.subject : null,
      sourceNote: notice.sourceNote === template.notice.sourceNote ? t.sourceNote : null,
      blocks,
    };
  });
  const zhTexts = new Set([...parsed.frontMatter, ...parsed.backMatter].map((m) => m.text));
  const companies = new Set(parsed.licensingDecisions.map((d) => d.company));
  const { records } = seed.translation;
  return translationFileSchema.parse({
    issue: parsed.issue.slug,
    language: "en",
    provenance: `SYNTHETIC issue for benchmarks and tests (bench/archive), recombined from ${seed.parsed.issue.slug}; English reused from that issue's archive translation where the Chinese is unchanged, otherwise absent.`,
    matter: seed.translation.matter.filter((p) => zhTexts.has(p.zh)),
    contents: [],
    notices,
    outline: planRecords(seed, parsed, templates, (noticeId, seedId) =>
      seed.translation.outline.filter((o) => o.noticeId === seedId && sameOutline(seed, parsed, seedId, noticeId, o.seq)).map((o) => ({ ...o, noticeId }))),
    records: {
      ...records,
      companies: records.companies.filter((c) => companies.has(c.zh)),
      targets: planRecords(seed, parsed, templates, (noticeId, seedId) =>
        records.targets.filter((x) => x.noticeId === seedId && sameTarget(seed, parsed, seedId, noticeId, x.seq)).map((x) => ({ ...x, noticeId }))),
    },
    alsoKnownAs: [],
  });
}

function blockEntries(file: TranslationFile): Map<string, BlockEntry> {
  const map = new Map<string, BlockEntry>();
  for (const notice of Object.values(file.notices)) for (const entry of Object.values(notice.blocks)) map.set(entry.source, entry);
  return map;
}

/** Runs `pick` for every generated plan notice with the seed notice it was built from. */
function planRecords<T>(seed: Seed, parsed: ParsedIssue, templates: readonly Template[], pick: (noticeId: string, seedId: string) => T[]): T[] {
  return parsed.notices.flatMap((n: Notice, i) => {
    const t = templates[i];
    return t?.role === "plan" && parsed.plans.some((p) => p.noticeId === n.id) ? pick(n.id, t.notice.id) : [];
  });
}

const planOf = (p: ParsedIssue, id: string) => p.plans.find((x) => x.noticeId === id);

function sameOutline(seed: Seed, parsed: ParsedIssue, seedId: string, id: string, seq: number): boolean {
  const a = planOf(seed.parsed, seedId)?.outline[seq - 1];
  const b = planOf(parsed, id)?.outline[seq - 1];
  return a !== undefined && b !== undefined && a.title === b.title;
}

function sameTarget(seed: Seed, parsed: ParsedIssue, seedId: string, id: string, seq: number): boolean {
  const a = planOf(seed.parsed, seedId)?.targets[seq - 1];
  const b = planOf(parsed, id)?.targets[seq - 1];
  return a !== undefined && b !== undefined && a.clause === b.clause;
}
