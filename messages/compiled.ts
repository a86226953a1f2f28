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
  return { ...box, seeAll: plain(compile(box.seeAll)), count: plain(compile(box.count)), notFound: plain(compile(box.notFound)) };
}

/**
 * icu-minify builds a plural's branches as a null-prototype object, which React refuses to pass to a
 * client component ("Only plain objects … can be passed"; `next build` failed prerendering /en with
 * the English count message's plural). A JSON round trip gives the same data as plain objects.
 */
function plain(message: CompiledMessage): CompiledMessage {
  return JSON.parse(JSON.stringify(message));
}
