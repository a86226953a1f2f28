import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { PageShell } from "@/components/page-shell";
import { SearchBox } from "@/components/search/search-box";
import { SearchIntro } from "@/components/search/search-help";
import { StaticSearchResults } from "@/components/search/static-search";
import { LOCALES, otherLocale } from "@/i18n/locales";
import { localeParamSchema } from "@/lib/data/params";
import { searchBoxLabels, staticSearchLabels } from "@/messages/compiled";
import { messagesByLocale } from "@/messages/messages";

// The static export's /{locale}/search (npm run export): no server reads ?q=, so the page is one
// file per locale and the results are found in the browser from the exported index. The server
// build uses page.server.tsx, rendered per query, which also works without JS.
// Next's route types only cover files named page.tsx, so this page.export.tsx spells its props out.
type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

async function localeOf(params: Props["params"]) {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) notFound();
  return locale.data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "search" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function StaticSearchPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "search" });
  const noScript = messagesByLocale(locale).search.static.noScript;
  return (
    <PageShell locale={locale} alternatePath={`/${otherLocale(locale)}/search`}>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <div className="mt-4 max-w-2xl">
        <SearchBox locale={locale} labels={searchBoxLabels(locale)} id="search-page-q" variant="page" shortcut={false} />
      </div>
      <noscript>
        <p className="mt-4 rounded border border-rule bg-warn-bg p-4 text-warn-ink">{noScript}</p>
      </noscript>
      {/* useSearchParams needs a Suspense boundary in a static export; the fallback is the empty page. */}
      <Suspense fallback={null}>
        <StaticSearchResults locale={locale} labels={staticSearchLabels(locale)} />
      </Suspense>
      <SearchIntro locale={locale} />
    </PageShell>
  );
}
