import type { SearchLocale } from "@/lib/search/format";
import { planQuery } from "@/lib/search/tokenize";

/**
 * Which language's text a query is written for: Han characters mean the Chinese original, English
 * words the English translation, whatever page it was typed on (issue 14: 成品油 on /en found
 * nothing). Codes and numbers alone (SB/T 10885, 2013年第3号 is Han) are the same in both: the page's
 * language decides.
 */
export function queryScope(query: string, pageLocale: SearchLocale): SearchLocale {
  if (/[\u3400-\u9fff\uf900-\ufaff]/.test(query)) return "zh";
  const words = planQuery(query).parts.some((p) => p.kind === "text" && /[a-z]{2,}/.test(p.text));
  return words ? "en" : pageLocale;
}
