import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { IssuerList } from "@/components/browse/issuer-list";
import { NoticeRows } from "@/components/browse/notice-rows";
import { YearsIndex } from "@/components/browse/years-index";
import { ContentsList } from "@/components/issue/contents-list";
import { DateText } from "@/components/date-text";
import { homePath, issuePath, yearPath } from "@/lib/routes";
import { PageShell } from "@/components/page-shell";
import { localeAlternates } from "@/components/alternates";
import { otherLocale } from "@/i18n/locales";
import { getIssue, listIssues } from "@/lib/data/archive";
import { listIssuers, listRecentNotices, listYears } from "@/lib/data/browse";
import { RECENT_NOTICES } from "@/lib/data/browse-dto";
import { localeParamSchema } from "@/lib/data/params";
import { listSourceNotes } from "@/lib/data/source-notes";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) return {};
  const t = await getTranslations({ locale: locale.data, namespace: "site" });
  return {
    title: { absolute: t("name") },
    description: t("description"),
    alternates: localeAlternates(locale.data, homePath),
  };
}

/**
 * The archive's front page stays the same size at any archive size (issue 11: ≤ 30 kB gzip at
 * 1,000 issues): the latest issue's contents, the newest notices before it, one link per year and
 * per issuing body. Every issue is one click further, on its year page.
 */
export default async function ArchivePage({ params }: PageProps<"/[locale]">) {
  const parsed = localeParamSchema.safeParse((await params).locale);
  if (!parsed.success) notFound();
  const locale = parsed.data;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const site = await getTranslations({ locale, namespace: "site" });
  const [latestRef] = await listIssues();
  const latest = latestRef ? await getIssue(latestRef.slug) : null;
  const latestNotes = latest ? ((await listSourceNotes(latest.slug)) ?? []) : [];
  const [years, issuers, recent] = await Promise.all([
    listYears(),
    listIssuers(),
    latest ? listRecentNotices(RECENT_NOTICES, latest.slug) : [],
  ]);

  return (
    <PageShell locale={locale} alternatePath={homePath(otherLocale(locale))}>
      <h1 className="text-2xl font-bold sm:text-3xl">{site("name")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          {latest ? (
            <section aria-labelledby="latest-heading">
              <h2 id="latest-heading" className="text-lg font-semibold">
                {t("latest")}:{" "}
                <Link href={issuePath(locale, latest.slug)}>{t("issueLabel", { year: latest.year, number: latest.number })}</Link>
              </h2>
              <p className="mb-3 text-sm text-muted">
                {t("seriesLabel", { series: latest.series })} · <DateText iso={latest.publishedOn} locale={locale} /> ·{" "}
                {t("noticeCount", { count: latest.contents.length })} ·{" "}
                <Link href={yearPath(locale, latest.year)}>{t("allIssues", { year: latest.year })}</Link>
              </p>
              <ContentsList locale={locale} slug={latest.slug} entries={latest.contents} notes={latestNotes} />
            </section>
          ) : null}
          {recent.length > 0 ? (
            <section aria-labelledby="recent-heading" className="mt-10">
              <h2 id="recent-heading" className="mb-3 text-lg font-semibold">
                {t("recent")}
              </h2>
              <NoticeRows locale={locale} notices={recent} />
            </section>
          ) : null}
        </div>
        <div className="space-y-10">
          <section aria-labelledby="years-heading">
            <h2 id="years-heading" className="mb-3 text-lg font-semibold">
              {t("years")}
            </h2>
            <YearsIndex locale={locale} years={years} />
          </section>
          <section aria-labelledby="issuers-heading">
            <h2 id="issuers-heading" className="mb-3 text-lg font-semibold">
              {t("issuers")}
            </h2>
            <IssuerList locale={locale} issuers={issuers} />
          </section>
        </div>
      </div>
    </PageShell>
  );
}
