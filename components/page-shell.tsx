import { API_BASE, citePath, feedPath, glossaryPath, recordsPath } from "@/lib/routes";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LANG_TAG, otherLocale, type Locale } from "@/i18n/locales";
import { homePath } from "@/lib/routes";
import { searchBoxLabels } from "@/messages/compiled";
import { LanguageLink } from "@/components/language-link";
import { SearchBox } from "@/components/search/search-box";

/**
 * Header, main and footer for every page. Each page passes `alternatePath`, the same page in the
 * other language, so the switch works without JS; the LanguageLink leaf adds the live query and
 * #p-N anchor on click. Links are plain <a>, as on the notice page itself: next/link would add 3.5 kB
 * gzip of client JS to every page (issue 14's 8 kB budget) for client-side hops between prerendered
 * pages that a full load serves as fast.
 */
export async function PageShell({
  locale,
  alternatePath,
  children,
}: {
  locale: Locale;
  alternatePath: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const site = await getTranslations({ locale, namespace: "site" });
  const other = otherLocale(locale);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:px-3 focus:py-2 focus:text-ink focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <header className="no-print border-b border-rule">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
          <a href={homePath(locale)} className="mr-auto font-semibold text-ink no-underline hover:underline">
            <span lang={LANG_TAG.zh}>中国对外经济贸易文告</span>
            {locale === "en" ? <span className="block text-xs font-normal text-muted">{site("shortName")}</span> : null}
          </a>
          <SearchBox locale={locale} labels={searchBoxLabels(locale)} />
          <nav aria-label={t("language")}>
            {/* Labelled apart from the reading-mode links ("Chinese text"), for screen readers too (issue 14). */}
            <LanguageLink href={alternatePath} locale={other} lang={LANG_TAG[other]} label={t("switchLanguageLabel")}>
              {t("switchLanguage")}
            </LanguageLink>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      {/* Printed too: the disclaimer says which English is official (issue 14). */}
      <footer className="mt-12 border-t border-rule">
        <nav aria-label={t("data")} className="no-print mx-auto max-w-6xl px-4 pt-6 text-sm">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li><a href={recordsPath(locale, "standards")}>{t("standards")}</a></li>
            <li><a href={recordsPath(locale, "licences")}>{t("licences")}</a></li>
            <li><a href={glossaryPath(locale)}>{t("glossary")}</a></li>
            <li><a href={citePath(locale)}>{t("cite")}</a></li>
            <li><a href={feedPath(locale)}>{t("feed")}</a></li>
            <li><a href={`${API_BASE}/openapi.json`}>{t("api")}</a></li>
          </ul>
        </nav>
        <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">{site("footer")}</p>
      </footer>
    </>
  );
}
