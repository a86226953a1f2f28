import { Converter } from "opencc-js/t2cn";

/**
 * Traditional → simplified for queries, with opencc-js (its phrase tables get 乾燥/乾隆-type cases
 * right, which a character table cannot). Imported lazily by client.ts: only a query that found
 * nothing as typed pays for loading it.
 */
let convert: ((s: string) => string) | undefined;

export function toSimplified(text: string): string {
  convert ??= Converter({ from: "t", to: "cn" });
  return convert(text);
}
