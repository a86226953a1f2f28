import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANG_TAG, otherLocale, type Locale } from "@/i18n/locales";
import type { QueryPart } from "@/lib/search/tokenize";
import { searchHref } from "@/lib/routes";

/**
 * What the results page says when there is nothing to list: before a query (what can be searched,
 * with examples), and after one that found nothing (the other language, how the query was read,
 * what to change). Server-rendered, links only.
 */

/** Queries that find something in the 2013-11 issue, one of each kind the engine handles. */
const EXAMPLES: Record<Locale, string[]> = {
  zh: ["成品油", "服务外包", "SB/T 10885", "2013年第3号", "自动进口许可证"],
  en: ["crude oil", "service outsourcing", "SB/T 10885", "medical devices", "customs"],
};

export async function SearchIntro({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <section aria-labelledby="search-intro" className="mt-8 max-w-2xl">
      <h2 id="search-intro" className="text-lg font-semibold">
        {t("emptyTitle")}
      </h2>
      <p className="mt-2 text-muted">{t("emptyBody")}</p>
      <h3 className="mt-5 text-sm font-semibold">{t("examples")}</h3>
      <ExampleLinks locale={locale} queries={[...EXAMPLES[locale], ...EXAMPLES[otherLocale(locale)].slice(0, 2)]} />
    </section>
  );
}

function ExampleLinks({ locale, queries }: { locale: Locale; queries: string[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {queries.map((q) => (
        <li key={q}>
          <Link
            href={searchHref(locale, { q, scope: /[\u3400-\u9fff]/.test(q) ? "zh" : /^[a-z ]+$/.test(q) ? "en" : null })}
            className="inline-flex min-h-8 items-center rounded-full border border-rule px-3 text-sm text-ink no-underline hover:bg-panel"
          >
            {q}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export async function NoResults({
  locale,
  query,
  scope,
  otherNotices,
  parts,
}: {
  locale: Locale;
  query: string;
  scope: Locale;
  otherNotices: number;
  parts: QueryPart[];
}) {
  const t = await getTranslations({ locale, namespace: "search" });
  const other = otherLocale(scope);
  const scopeName = (s: Locale) => t(s === "zh" ? "scopeZh" : "scopeEn");
  return (
    <section aria-labelledby="no-results" className="mt-6 max-w-2xl">
      <h2 id="no-results" className="text-lg font-semibold">
        {t("noResults", { query, scope: scopeName(scope) })}
      </h2>
      {otherNotices > 0 ? (
        <div className="mt-4 rounded border border-rule bg-panel p-4">
          <p>{t("otherHas", { count: otherNotices, scope: scopeName(other) })}</p>
          <p className="mt-3">
            <Link
              href={searchHref(locale, { q: query, scope: other })}
              className="inline-flex min-h-9 items-center rounded bg-ink px-4 font-medium text-paper no-underline hover:opacity-90"
            >
              {t("otherLink", { scope: scopeName(other) })}
            </Link>
          </p>
        </div>
      ) : null}
      <QueryReading locale={locale} parts={parts} open />
      <h3 className="mt-6 font-semibold">{t("tipsTitle")}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
        <li>{t("tipFewer")}</li>
        <li>{t("tipLanguage")}</li>
        <li>{t("tipNumbers")}</li>
      </ul>
      <h3 className="mt-6 text-sm font-semibold">{t("examples")}</h3>
      <ExampleLinks locale={locale} queries={EXAMPLES[scope]} />
    </section>
  );
}

/**
 * The parts and terms the engine actually ran (tokenize.ts planQuery): Chinese as character pairs,
 * English stemmed, codes as one identifier key. Shows a reader why 成品 油 and 成品油 differ.
 */
export async function QueryReading({ locale, parts, open = false }: { locale: Locale; parts: QueryPart[]; open?: boolean }) {
  const t = await getTranslations({ locale, namespace: "search" });
  if (parts.length === 0) return null;
  const hasHan = parts.some((p) => /[\u3400-\u9fff]/.test(p.text));
  return (
    <details open={open} className="mt-4 rounded border border-rule px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium">{t("readAs")}</summary>
      <p className="mt-2 text-muted">{t("readAsHelp")}</p>
      <ol className="mt-2 space-y-1.5">
        {parts.map((part, i) => (
          <li key={`${part.kind}-${i}`} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
            <span lang={/[\u3400-\u9fff]/.test(part.text) ? LANG_TAG.zh : undefined} className="font-medium">
              “{part.text}”
            </span>
            <span className="text-xs text-muted">
              {t(part.kind === "identifier" ? "partIdentifier" : part.kind === "phrase" ? "partPhrase" : "partText")}
            </span>
            <span className="flex flex-wrap gap-1">
              {part.terms.map((term) => (
                <code key={term} className="rounded bg-panel px-1.5 py-0.5 text-xs">
                  {term.replace(/_/g, " ")}
                </code>
              ))}
            </span>
          </li>
        ))}
      </ol>
      {hasHan ? <p className="mt-2 text-xs text-muted">{t("hanNote")}</p> : null}
    </details>
  );
}
