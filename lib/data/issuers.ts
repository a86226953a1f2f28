import { ISSUERS } from "@/lib/parse/issuers";
import type { IssuerLabel } from "@/lib/data/dto";

/**
 * Short issuer names for labels and citations: 商务部, not 中华人民共和国商务部; "Ministry of Commerce",
 * not "… of the People's Republic of China". A facet list or a citation of full names is mostly the
 * same words.
 */
export function shortIssuerNames(nameZh: string, nameEn: string): { zh: string; en: string } {
  return { zh: nameZh.replace(/^中华人民共和国/, ""), en: nameEn.replace(/ of the People's Republic of China$/, "") };
}

/**
 * Labels for issuer codes found in the search index, from the same issuer table the parser reads
 * (lib/parse/issuers.ts). A code the table does not know (an index built by a newer parser) shows
 * as its upper-cased code rather than disappearing.
 */
export function issuerLabels(codes: Iterable<string>): Record<string, IssuerLabel> {
  const labels: Record<string, IssuerLabel> = {};
  for (const code of codes) {
    const info = ISSUERS.find((i) => i.code === code);
    labels[code] = info ? shortIssuerNames(info.nameZh, info.nameEn) : { zh: code.toUpperCase(), en: code.toUpperCase() };
  }
  return labels;
}
