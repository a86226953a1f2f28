import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANG_TAG, otherLocale, type Locale } from "@/i18n/locales";
import type { SearchInput } from "@/lib/data/search-params";
import type { IssuerLabel } from "@/lib/data/dto";
import { ISSUE_SLUG } from "@/lib/schema/ids";
import type { FacetValue, ResultHit, Results } from "@/lib/search/results";
import { MarkedText } from "@/components/search/marked-text";
import { hitHref, searchHref } from "@/lib/routes";

/**
 * The results page's body, rendered on the server: scope switch, facets and notices with their
 * matching passages in both languages. Every control is a link to a shareable URL, so it all works
 * without JS; with JS, next/link swaps the page in place and the status line is re-announced.
 */

type T = Awaited<ReturnType<typeof getTranslations<"search">>>;
type IssuerLabels = Record<string, IssuerLabel>;

export async function ScopeSwitch({ locale, input, counts }: { locale: Locale; input: SearchInput; counts: Record<Locale, number> }) {
  const t = await getTranslations({ locale, namespace: "search" });
  const scopes: Locale[] = [locale, otherLocale(locale)];
  return (
    <nav aria-label={t("scope")} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="sr-only text-muted sm:not-sr-only">{t("scope")}</span>
      {scopes.map((scope) => {
        const current = scope === input.scope;
        return (
          <Link
            key={scope}
            href={searchHref(locale, { q: input.q, scope, pinScope: true })}
            aria-current={current ? "page" : undefined}
            className={`rounded-full border px-3 py-1 no-underline ${current ? "border-ink bg-ink text-paper" : "border-rule text-ink hover:bg-panel"}`}
          >
            {t(scope === "zh" ? "scopeZh" : "scopeEn")} <span className="tabular-nums">({counts[scope]})</span>
          </Link>
        );
      })}
    </nav>
  );
}

type Facet = { key: "issuer" | "kind" | "year"; title: string; values: FacetValue[]; selected: string | null; label: (v: string) => string };

/** Facets that can narrow the results: a single value with nothing chosen would filter nothing. */
function usefulFacets(locale: Locale, input: SearchInput, results: Results, issuers: IssuerLabels, t: T): Facet[] {
  const all: Facet[] = [
    { key: "issuer", title: t("facetIssuer"), values: results.facets.issuer, selected: input.issuer, label: (v) => issuerLabel(issuers, v, locale) },
    { key: "kind", title: t("facetKind"), values: results.facets.kind, selected: input.kind, label: (v) => kindLabel(v, t) },
    { key: "year", title: t("facetYear"), values: results.facets.year, selected: input.year === null ? null : String(input.year), label: (v) => v },
  ];
  return all.filter((f) => f.selected !== null || f.values.length > 1);
}

export async function hasFacets(locale: Locale, input: SearchInput, results: Results): Promise<boolean> {
  const t = await getTranslations({ locale, namespace: "search" });
  return usefulFacets(locale, input, results, {}, t).length > 0;
}

export async function Facets({
  locale,
  input,
  results,
  issuers,
}: {
  locale: Locale;
  input: SearchInput;
  results: Results;
  issuers: IssuerLabels;
}) {
  const t = await getTranslations({ locale, namespace: "search" });
  const filtered = input.issuer !== null || input.kind !== null || input.year !== null;
  const base = { q: input.q, scope: input.scope, pinScope: !input.scopeFromQuery, issuer: input.issuer, kind: input.kind, year: input.year };
  const facets = usefulFacets(locale, input, results, issuers, t);
  return (
    <section aria-labelledby="refine-heading" className="text-sm">
      <h2 id="refine-heading" className="font-semibold">
        {t("refine")}
      </h2>
      {facets.map((facet) => (
        <div key={facet.key} className="mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-1 lg:mt-4 lg:block">
          <h3 id={`facet-${facet.key}`} className="text-xs uppercase tracking-wide text-muted">
            {facet.title}
          </h3>
          <ul aria-labelledby={`facet-${facet.key}`} className="mt-1 flex flex-wrap gap-1.5 lg:flex-col lg:gap-0.5">
            {facet.values.map((v) => {
              const current = facet.selected === v.value;
              // Choosing the chosen value again clears that facet.
              const next = current ? null : v.value;
              const href = searchHref(locale, { ...base, [facet.key]: facet.key === "year" ? (next === null ? null : Number(next)) : next });
              return (
                <li key={v.value}>
                  <Link
                    href={href}
                    scroll={false}
                    aria-current={current ? "true" : undefined}
                    className={`flex min-h-8 items-center justify-between gap-3 rounded border px-2 py-1 no-underline lg:border-transparent ${
                      current ? "border-ink bg-ink text-paper lg:border-ink" : "border-rule text-ink hover:bg-panel"
                    }`}
                  >
                    <span>{facet.label(v.value)}</span>
                    <span className={`tabular-nums ${current ? "" : "text-muted"}`}>{v.count}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {filtered ? (
        <p className="mt-3">
          <Link href={searchHref(locale, { q: input.q, scope: input.scope, pinScope: !input.scopeFromQuery })} scroll={false}>
            {t("clear")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export async function ResultList({
  locale,
  results,
  issuers,
  query,
}: {
  locale: Locale;
  results: Results;
  issuers: IssuerLabels;
  query: string;
}) {
  const t = await getTranslations({ locale, namespace: "search" });
  // The notice page marks what the engine searched: the simplified form of a traditional query.
  const hl = results.convertedQuery ?? query;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="sr-only">
        {t("results")}
      </h2>
      <ol className="divide-y divide-rule">
        {results.groups.map((g) => (
          <li key={g.noticeId} className="py-5 first:pt-0">
            <article aria-labelledby={`r-${g.noticeId}`}>
              <p className="text-xs text-muted">
                {[kindLabel(g.kind, t), g.issuers.map((i) => issuerLabel(issuers, i, locale)).join(locale === "zh" ? "、" : ", "), issueLabel(g.issue, t)]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <h3 id={`r-${g.noticeId}`} className="mt-1 text-lg font-semibold leading-snug">
                <Link href={hitHref(locale, g.lang, { noticeId: g.noticeId, blockId: null }, hl)} lang={LANG_TAG[g.lang]}>
                  <MarkedText text={g.title} ranges={g.titleHighlights} />
                </Link>
              </h3>
              {g.otherTitle && g.otherTitle !== g.title ? (
                <p lang={LANG_TAG[otherLocale(g.lang)]} className="mt-0.5 text-sm text-muted">
                  <MarkedText text={g.otherTitle} ranges={g.otherTitleHighlights} />
                </p>
              ) : null}
              <ul className="mt-3 space-y-2 empty:hidden">
                {g.hits.map((hit) => (
                  <li key={hit.key}>
                    <HitLink locale={locale} hit={hit} hl={hl} t={t} />
                  </li>
                ))}
              </ul>
              {g.moreHits > 0 ? (
                <p className="mt-2 text-sm">
                  <Link href={hitHref(locale, g.lang, { noticeId: g.noticeId, blockId: null }, hl)}>{t("moreHits", { count: g.moreHits })}</Link>
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One passage: where it is, which language it matched in, the text, and the other language's. */
function HitLink({ locale, hit, hl, t }: { locale: Locale; hit: ResultHit; hl: string; t: T }) {
  const scope = hit.lang;
  const other = otherLocale(scope);
  const s = hit.snippet;
  const c = hit.counterpart;
  return (
    <Link
      href={hitHref(locale, scope, hit, hl)}
      className="block rounded border-l-2 border-rule py-1 pl-3 pr-2 text-ink no-underline hover:border-accent hover:bg-panel focus-visible:border-accent"
    >
      <span className="block text-xs text-muted">
        {placeLabel(hit, t)}
        {hit.label && hit.kind !== "heading" ? ` · ${hit.label}` : ""}
        {` · ${t("matchedIn", { scope: t(scope === "zh" ? "scopeZh" : "scopeEn") })}`}
      </span>
      <span lang={LANG_TAG[scope]} className="block leading-relaxed">
        <MarkedText text={s.text} ranges={s.highlights} clippedStart={s.clippedStart} clippedEnd={s.clippedEnd} />
      </span>
      {c ? (
        <span lang={LANG_TAG[other]} className="mt-0.5 block text-sm leading-relaxed text-muted">
          <MarkedText text={c.text} ranges={c.highlights} clippedStart={c.clippedStart} clippedEnd={c.clippedEnd} />
        </span>
      ) : hit.kind !== "title" ? (
        <span className="mt-0.5 block text-xs italic text-muted">{t("noCounterpart")}</span>
      ) : null}
    </Link>
  );
}

function placeLabel(hit: ResultHit, t: T): string {
  if (hit.blockId === null) return t("inTitle");
  const n = Number(hit.blockId.slice(2));
  if (hit.row === null) return t("paragraph", { n });
  return t(hit.kind === "licence" ? "decision" : "row", { n, row: hit.row });
}

function issuerLabel(issuers: IssuerLabels, code: string, locale: Locale): string {
  return issuers[code]?.[locale] ?? code;
}

function kindLabel(kind: string, t: T): string {
  return kind === "announcement" || kind === "circular" ? t(kind) : kind;
}

function issueLabel(slug: string, t: T): string {
  if (!ISSUE_SLUG.test(slug)) return slug;
  const [year = "", number = ""] = slug.split("-");
  return t("issue", { year: Number(year), number: Number(number) });
}

