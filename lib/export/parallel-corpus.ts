import { create } from "xmlbuilder2";
import { z } from "zod";
import { LANG_TAG } from "@/i18n/locales";
import type { BlockDto, NoticeDto } from "@/lib/data/dto";

/**
 * A notice as a parallel corpus for translators: every block (and every table row) that has both
 * Chinese and current English, as aligned pairs with their permalink ids. Untranslated blocks are
 * left out rather than paired with nothing. Two formats: JSON Lines (one pair a line) and TMX 1.4,
 * whose XML is built by xmlbuilder2 so text is always escaped by the library.
 */
export const alignedPairSchema = z.object({
  notice: z.string().min(1),
  /** p-N, or p-N-rM for row M of table p-N. */
  id: z.string().regex(/^p-[1-9]\d*(?:-r[1-9]\d*)?$/),
  kind: z.enum(["heading", "paragraph", "list-item", "table-row", "signature"]),
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type AlignedPair = z.infer<typeof alignedPairSchema>;

function blockPairs(notice: string, block: BlockDto): AlignedPair[] {
  switch (block.kind) {
    case "table":
      return block.rows.flatMap((row, i) => {
        if (row.some((cell) => cell.zh !== "" && cell.en === null)) return [];
        return [{ notice, id: `${block.id}-r${i + 1}`, kind: "table-row" as const, zh: row.map((c) => c.zh).join("\t"), en: row.map((c) => c.en ?? "").join("\t") }];
      });
    case "signature":
      return block.en ? [{ notice, id: block.id, kind: "signature", zh: [...block.signers, block.dateText ?? ""].filter(Boolean).join("\n"), en: block.en }] : [];
    default:
      return block.text.en ? [{ notice, id: block.id, kind: block.kind, zh: block.text.zh, en: block.text.en }] : [];
  }
}

export function alignedPairs(notice: NoticeDto): AlignedPair[] {
  return z.array(alignedPairSchema).parse(notice.blocks.flatMap((b) => blockPairs(notice.id, b)));
}

export function toJsonl(pairs: AlignedPair[]): string {
  return pairs.map((p) => `${JSON.stringify(p)}\n`).join("");
}

/** TMX 1.4 (LISA): one <tu> per pair, tuid = notice/id, source language Chinese. */
export function toTmx(pairs: AlignedPair[], meta: { created: string }): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" }).ele("tmx", { version: "1.4" });
  doc.ele("header", {
    creationtool: "gazette-archive",
    creationtoolversion: "1",
    segtype: "paragraph",
    "o-tmf": "none",
    adminlang: "en",
    srclang: LANG_TAG.zh,
    datatype: "plaintext",
    creationdate: meta.created,
  });
  const body = doc.ele("body");
  for (const p of pairs) {
    const tu = body.ele("tu", { tuid: `${p.notice}/${p.id}` });
    tu.ele("prop", { type: "x-kind" }).txt(p.kind);
    tu.ele("tuv", { "xml:lang": LANG_TAG.zh }).ele("seg").txt(p.zh);
    tu.ele("tuv", { "xml:lang": LANG_TAG.en }).ele("seg").txt(p.en);
  }
  return doc.end({ prettyPrint: true });
}
