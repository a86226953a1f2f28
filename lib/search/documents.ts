import type { Block, Notice, ParsedIssue } from "@/lib/schema/parsed-issue";
import type { DocKind, SearchDoc, SearchLocale } from "@/lib/search/format";

/**
 * ParsedIssue → search documents at block granularity: one per notice title, heading, paragraph,
 * list item and signature, one per table row, one per licensing decision. A reader searching a
 * standard number or a company wants that row, not the 51-row table or the whole notice.
 */

/**
 * Where an English text belongs: the notice title (blockId null), a block, a table row of it, or a
 * licensing decision printed in it (`decision` = its seq).
 */
export type BlockRef = { noticeId: string; blockId: string | null; row?: number; decision?: number };

/**
 * English text for a block/row, when a translation exists (not to be confused with ingest's
 * EnglishOverlay, the English columns of a whole issue). A plain function so the translation
 * format (not final yet) can change without touching search.
 */
export type EnglishLookup = (ref: BlockRef) => string | undefined;

export type DocumentOptions = { english?: EnglishLookup };

const LICENCE_LABEL: Record<ParsedIssue["licensingDecisions"][number]["licenceKind"], string> = {
  "product-oil-wholesale": "成品油批发经营资格",
  "product-oil-storage": "成品油仓储经营资格",
  "crude-oil-wholesale": "原油批发经营资格",
  "crude-oil-storage": "原油仓储经营资格",
};
// The verb a decision is printed with; 取消 also parses as "cancel" and is indexed under 注销 (records.ts).
const ACTION_LABEL = { grant: "赋予", cancel: "注销", revoke: "撤销" } as const;

export function issueDocuments(parsed: ParsedIssue, options: DocumentOptions = {}): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const english = options.english;
  for (const notice of parsed.notices) {
    const base = noticeBase(parsed, notice);
    const zh = (key: string, rest: Omit<SearchDoc, keyof typeof base | "key" | "locale" | "noticeTitle">) =>
      docs.push({ ...base, key, locale: "zh", noticeTitle: notice.titleZh, ...rest });
    const en = (key: string, text: string | undefined | null, rest: Omit<SearchDoc, keyof typeof base | "key" | "locale" | "noticeTitle">) => {
      if (text && text.trim() !== "") {
        docs.push({ ...base, ...rest, key, locale: "en", noticeTitle: notice.titleEn ?? notice.titleZh, text });
      }
    };

    const titleText = unique([notice.titleZh, notice.headerText, notice.number?.text, notice.documentNumber?.text, notice.subject]).join(" ");
    zh(`${notice.id}#title`, { blockId: null, row: null, kind: "title", label: null, text: titleText });
    en(`${notice.id}#title`, english?.({ noticeId: notice.id, blockId: null }) ?? notice.titleEn, { blockId: null, row: null, kind: "title", label: null, text: "" });

    for (const block of notice.blocks) {
      for (const d of blockDocs(notice, block, parsed)) {
        zh(d.key, d.fields);
        const row = d.fields.row;
        const ref: BlockRef =
          row === null ? { noticeId: notice.id, blockId: block.id }
          : d.fields.kind === "licence" ? { noticeId: notice.id, blockId: block.id, decision: row }
          : { noticeId: notice.id, blockId: block.id, row };
        en(d.key, english?.(ref), {
          ...d.fields,
          // English labels would need their own overlay entry; the snippet carries the text.
          label: null,
        });
      }
    }
  }
  return docs;
}

type DocFields = Omit<SearchDoc, "key" | "locale" | "noticeTitle" | "issue" | "noticeId" | "noticeKind" | "issuers" | "year">;

function blockDocs(notice: Notice, block: Block, parsed: ParsedIssue): Array<{ key: string; fields: DocFields }> {
  const key = `${notice.id}#${block.id}`;
  const simple = (kind: DocKind, label: string | null = null): Array<{ key: string; fields: DocFields }> => [
    { key, fields: { blockId: block.id, row: null, kind, label, text: block.text } },
  ];
  switch (block.kind) {
    case "heading":
      return simple("heading", block.title);
    case "paragraph":
    case "list-item":
    case "signature": {
      const out = simple(block.kind);
      for (const d of parsed.licensingDecisions) {
        if (d.noticeId !== notice.id || d.blockId !== block.id) continue;
        out.push({
          key: `${key}:d${d.seq}`,
          fields: {
            blockId: block.id,
            row: d.seq,
            kind: "licence",
            label: d.company,
            text: `${d.company} ${ACTION_LABEL[d.action]}${LICENCE_LABEL[d.licenceKind]}`,
          },
        });
      }
      return out;
    }
    case "table": {
      const out: Array<{ key: string; fields: DocFields }> = [];
      if (block.caption) out.push({ key, fields: { blockId: block.id, row: null, kind: "heading", label: block.caption, text: block.caption } });
      block.rows.forEach((row, i) => {
        const n = i + 1;
        const standard = parsed.standards.find((s) => s.noticeId === notice.id && s.blockId === block.id && s.row === n);
        const text = row.clean.filter((c) => c.trim() !== "").join(" ");
        if (text === "") return;
        out.push({
          key: `${key}:r${n}`,
          fields: { blockId: block.id, row: n, kind: standard ? "standard" : "row", label: standard?.nameZh ?? null, text },
        });
      });
      return out;
    }
  }
}

function noticeBase(parsed: ParsedIssue, notice: Notice) {
  const year =
    notice.number?.year ??
    notice.documentNumber?.year ??
    (notice.signingDates[0] ? Number(notice.signingDates[0].slice(0, 4)) : parsed.issue.year);
  return {
    issue: parsed.issue.slug,
    noticeId: notice.id,
    noticeKind: notice.kind,
    issuers: notice.issuers.map((i) => i.code),
    year,
  };
}

function unique(parts: Array<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (!p) continue;
    const squashed = p.replace(/\s+/g, "");
    if (out.some((o) => o.replace(/\s+/g, "").includes(squashed))) continue;
    out.push(p);
  }
  return out;
}

/** Locales a doc list has documents in. */
export function docLocales(docs: SearchDoc[]): SearchLocale[] {
  return [...new Set(docs.map((d) => d.locale))];
}
