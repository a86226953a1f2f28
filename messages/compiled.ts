import compile from "icu-minify/compile";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "./en";
import type { CompiledMessage } from "./format-compiled";
import { messagesByLocale } from "./messages";

type Box = Messages["search"]["box"];
/** The messages the search box fills in the browser, precompiled; the rest are plain strings. */
type Filled = "seeAll" | "count" | "notFound";
export type SearchBoxLabels = Omit<Box, Filled> & Record<Filled, CompiledMessage>;

/** The search box's message slice, for a client leaf: plain strings, and the filled ones compiled on the server. */
export function searchBoxLabels(locale: Locale): SearchBoxLabels {
  const box = messagesByLocale(locale).search.box;
  return { ...box, seeAll: compile(box.seeAll), count: compile(box.count), notFound: compile(box.notFound) };
}
