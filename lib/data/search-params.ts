import { z } from "zod";
import { LOCALES, type Locale } from "@/i18n/locales";
import { capQuery } from "@/lib/search/cap-query";
import { queryScope } from "@/lib/search/scope";

/**
 * The results page's query string, the public (shareable) contract:
 *   /{locale}/search?q=成品油&in=zh&body=mofcom&kind=announcement&year=2013
 * A malformed facet is dropped rather than answered with a 404: the query is still worth answering.
 * A repeated parameter (?q=a&q=b) counts once, the first. The query is bounded by capQuery, the
 * search client's own rule, so the page can say what was searched.
 */

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

const rawSchema = z.object({
  q: z.preprocess(first, z.string().optional()).catch(undefined),
  in: optional(z.enum(LOCALES)),
  body: optional(z.string().regex(/^[a-z]{2,16}$/)),
  kind: optional(z.string().regex(/^[a-z][a-z-]{1,31}$/)),
  year: optional(z.coerce.number().int().min(1949).max(2100)),
});

export type SearchInput = {
  q: string;
  /** capQuery left part of the query out (repeats, parts past the limit, characters past 200). */
  shortened: boolean;
  scope: Locale;
  /** No `in=` was given and the query's script chose a scope other than the page's (scope.ts). */
  scopeFromQuery: boolean;
  issuer: string | null;
  kind: string | null;
  year: number | null;
};

export function parseSearchParams(params: Record<string, string | string[] | undefined>, locale: Locale): SearchInput {
  const raw = rawSchema.parse(params);
  const { query, shortened } = capQuery(raw.q ?? "");
  const scope = raw.in ?? queryScope(query, locale);
  return {
    q: query,
    shortened,
    scope,
    scopeFromQuery: raw.in === undefined && scope !== locale,
    issuer: raw.body ?? null,
    kind: raw.kind ?? null,
    year: raw.year ?? null,
  };
}
