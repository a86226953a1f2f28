import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ContentsList } from "@/components/issue/contents-list";
import { DateText } from "@/components/date-text";
import { homePath, issuePath } from "@/lib/routes";
import { PageShell } from "@/components/page-shell";
import { localeAlternates } from "@/components/alternates";
import { otherLocale } from "@/i18n/locales";
import { getIssue, listIssuesByYear } from "@/lib/data/archive";
import { localeParamSchema } from "@/lib/data/params";

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

export default async function ArchivePage({ params }: PageProps<"/[locale]">) {
  const parsed = localeParamSchema.safeParse((await params).locale);
  if (!parsed.success) notFound();
  const locale = parsed.data;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const site = await getTranslations({ locale, namespace: "site" });
  const years = await listIssuesByYear();
  const latestRef = years[0]?.issues[0];
  const latest = latestRef ? await getIssue(latestRef.slug) : null;

  return (
    <PageShell locale={locale} alternatePath={homePath(otherLocale(locale))}>
      <h1 className="text-2xl font-bold sm:text-3xl">{site("name")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      <div className="mt-8 grid gap-10 lg:grid-cols-[16rem_1fr]">
        <section aria-labelledby="years-heading">
          <h2 id="years-heading" className="text-lg font-semibold">
            {t("years")}
          </h2>
          {years.map((group) => (
            <div key={group.year} className="mt-4">
              <h3 className="font-semibold tabular-nums">{group.year}</h3>
              <ul className="mt-1 space-y-1">
                {group.issues.map((issue) => (
                  <li key={issue.slug}>
                    <Link href={issuePath(locale, issue.slug)}>
                      {t("issueLabel", { year: issue.year, number: issue.number })}
                    </Link>{" "}
                    <span className="text-sm text-muted">
                      {t("seriesLabel", { series: issue.series })} · <DateText iso={issue.publishedOn} locale={locale} />
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        {latest ? (
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="text-lg font-semibold">
              {t("latest")}:{" "}
              <Link href={issuePath(locale, latest.slug)}>
                {t("issueLabel", { year: latest.year, number: latest.number })}
              </Link>
            </h2>
            <p className="mb-3 text-sm text-muted">
              {t("seriesLabel", { series: latest.series })} · <DateText iso={latest.publishedOn} locale={locale} /> ·{" "}
              {t("noticeCount", { count: latest.contents.length })}
            </p>
            <ContentsList locale={locale} entries={latest.contents} />
          </section>
        ) : null}
      </div>
    </PageShell>
  );
}
