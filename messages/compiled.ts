import compile from "icu-minify/compile";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/messages/en";
import type { CompiledMessage } from "@/messages/format-compiled";
import { messagesByLocale } from "@/messages/messages";

type Box = Messages["search"]["box"];
/** The messages the search box fills in the browser, precompiled; the rest are plain strings. */
type Filled = "seeAll" | "count" | "notFound";
export type SearchBoxLabels = Omit<Box, Filled> & Record<Filled, CompiledMessage>;

/** The search box's message slice, for a client leaf: plain strings, and the filled ones compiled on the server. */
export function searchBoxLabels(locale: Locale): SearchBoxLabels {
  const box = messagesByLocale(locale).search.box;
  return { ...box, seeAll: compiled(box.seeAll), count: compiled(box.count), notFound: compiled(box.notFound) };
}

// icu-minify builds plural/select options with Object.create(null), and React refuses null-prototype
// objects as client component props: structuredClone copies them as plain objects.
function compiled(message: string): CompiledMessage {
  return structuredClone(compile(message));
}

type Static = Messages["search"]["static"];
/** The static export's in-browser results line (components/search/static-search.tsx). */
export type StaticSearchLabels = Omit<Static, "none" | "found"> & Record<"none" | "found", CompiledMessage>;

export function staticSearchLabels(locale: Locale): StaticSearchLabels {
  const messages = messagesByLocale(locale).search.static;
  return { ...messages, none: compiled(messages.none), found: compiled(messages.found) };
}
