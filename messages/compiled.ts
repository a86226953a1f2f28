import compile from "icu-minify/compile";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "./en";
import type { CompiledMessage } from "./format-compiled";
import { messagesByLocale } from "./messages";

type Box = Messages["search"]["box"];
/** The messages the search box fills in the browser, precompiled; the rest are plain strings. */
type Filled = "seeAll" | "count";
export type SearchBoxLabels = Omit<Box, Filled> & Record<Filled, CompiledMessage>;

/** The search box's message slice, for a client leaf: plain strings, and the filled ones compiled on the server. */
export function searchBoxLabels(locale: Locale): SearchBoxLabels {
  const box = messagesByLocale(locale).search.box;
  return { ...box, seeAll: compile(box.seeAll), count: compile(box.count) };
}

type Static = Messages["search"]["static"];
/** The static export's in-browser results line (components/search/static-search.tsx). */
export type StaticSearchLabels = Omit<Static, "none" | "found"> & Record<"none" | "found", CompiledMessage>;

export function staticSearchLabels(locale: Locale): StaticSearchLabels {
  const messages = messagesByLocale(locale).search.static;
  return { ...messages, none: compile(messages.none), found: compile(messages.found) };
}
