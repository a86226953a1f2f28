import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { CitationHint } from "@/components/cite/citation-hint";
import { PageShell } from "@/components/page-shell";
import { SearchBox } from "@/components/search/search-box";
import { NoResults, QueryReading, SearchIntro } from "@/components/search/search-help";
import { Facets, ResultList, ScopeSwitch, hasFacets } from "@/components/search/search-results";
import { searchHref, searchPath } from "@/lib/routes";
import { otherLocale, type Locale } from "@/i18n/locales";
import { localeParamSchema } from "@/lib/data/params";
import { searchArchive, type ArchiveSearch } from "@/lib/data/search";
import { parseSearchParams, type SearchInput } from "@/lib/data/search-params";
import { MAX_QUERY_CHARS, MAX_QUERY_PARTS } from "@/lib/search/cap-query";
import { searchBoxLabels } from "@/messages/compiled";

// Next's route types only cover files named page.tsx, so this page.server.tsx spells its props out.
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Reading searchParams makes this one route dynamic; every other page stays statically generated.
// Server-rendered so the plain GET form of the header works without JS.

async function resolve({ params, searchParams }: Props) {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) notFound();
  return { locale: locale.data, input: parseSearchParams(await searchParams, locale.data) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, input } = await resolve(props);
  const t = await getTranslations({ locale, namespace: "search" });
  // Result pages are endless and change with the index: keep them out of search engines' indexes.
  return { title: input.q ? t("metaTitle", { query: input.q }) : t("title"), robots: { index: false, follow: true } };
}

export default async function SearchPage(props: Props) {
  const { locale, input } = await resolve(props);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "search" });
  const labels = searchBoxLabels(locale);
  let found: ArchiveSearch | null = null;
  let failed = false;
  if (input.q) {
    try {
      found = await searchArchive(input.q, input.scope, { issuer: input.issuer, kind: input.kind, year: input.year });
    } catch (e) {
      // A missing or stale index (search:build not run) is a message on the page, not a 500.
      console.error("search failed:", e);
      failed = true;
    }
  }
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} alternatePath={input.q ? searchHref(other, { q: input.q }) : searchPath(other)}>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <div className="mt-4 max-w-2xl">
        {/* Keyed by the query so a new search from the header resets what this box shows. */}
        <SearchBox key={input.q} locale={locale} labels={labels} id="search-page-q" defaultValue={input.q} variant="page" shortcut={false} />
      </div>
      {input.shortened ? (
        <p className="mt-2 text-sm text-muted" data-testid="query-shortened">
          {t("shortened", { chars: MAX_QUERY_CHARS, parts: MAX_QUERY_PARTS, query: input.q })}
        </p>
      ) : null}
      {input.q ? <CitationHint locale={locale} q={input.q} /> : null}
      {/* Always in the DOM, so a change after a facet or scope click is announced. */}
      <p role="status" aria-live="polite" className="mt-4 text-sm text-muted empty:hidden">
        {found ? summary(t, input, found) : ""}
      </p>
      {!input.q ? (
        <SearchIntro locale={locale} />
      ) : failed || !found ? (
        <p className="mt-6 rounded border border-rule bg-warn-bg p-4 text-warn-ink">{t("unavailable")}</p>
      ) : (
        <Found locale={locale} input={input} found={found} />
      )}
    </PageShell>
  );
}

async function Found({ locale, input, found }: { locale: Locale; input: SearchInput; found: ArchiveSearch }) {
  const t = await getTranslations({ locale, namespace: "search" });
  const { results, otherNotices, issuers } = found;
  const facets = await hasFacets(locale, input, results);
  const counts: Record<Locale, number> =
    input.scope === "zh" ? { zh: results.totalNotices, en: otherNotices } : { en: results.totalNotices, zh: otherNotices };
  return (
    <>
      <div className="mt-3">
        <ScopeSwitch locale={locale} input={input} counts={counts} />
      </div>
      {input.scopeFromQuery ? (
        <p className="mt-3 text-sm">
          {t("scopeFromQuery", {
            language: t(input.scope === "zh" ? "languageZh" : "languageEn"),
            scope: t(input.scope === "zh" ? "scopeZh" : "scopeEn"),
          })}
        </p>
      ) : null}
      {results.convertedQuery ? <p className="mt-3 text-sm">{t("converted", { query: results.convertedQuery })}</p> : null}
      {results.notFound.length ? (
        <p className="mt-3 rounded border border-rule bg-panel px-3 py-2 text-sm">
          {t("notFound", { parts: results.notFound.join(locale === "zh" ? "、" : ", ") })}
        </p>
      ) : null}
      {results.allNotices === 0 ? (
        <NoResults locale={locale} query={input.q} scope={input.scope} otherNotices={otherNotices} parts={results.parts} />
      ) : (
        <div className={`mt-6 grid gap-6 lg:gap-10 ${facets ? "lg:grid-cols-[15rem_minmax(0,1fr)]" : "max-w-4xl"}`}>
          {facets ? (
            <aside>
              <Facets locale={locale} input={input} results={results} issuers={issuers} />
            </aside>
          ) : null}
          <div className="min-w-0">
            <ResultList locale={locale} results={results} issuers={issuers} query={input.q} />
            <QueryReading locale={locale} parts={results.parts} />
          </div>
        </div>
      )}
    </>
  );
}

function summary(t: Awaited<ReturnType<typeof getTranslations<"search">>>, input: SearchInput, found: ArchiveSearch): string {
  const { results } = found;
  const filtered = input.issuer !== null || input.kind !== null || input.year !== null;
  const line = t("summary", {
    notices: results.groups.length,
    passages: results.passages,
    scope: t(input.scope === "zh" ? "scopeZh" : "scopeEn"),
  });
  return filtered ? `${line} ${t("filtered")}` : line;
}
