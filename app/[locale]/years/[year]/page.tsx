import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { localeAlternates } from "@/components/alternates";
import { Breadcrumb } from "@/components/breadcrumb";
import { Pager } from "@/components/browse/pager";
import { YearsIndex } from "@/components/browse/years-index";
import { formatDate } from "@/components/format";
import { issuePath, yearPath } from "@/lib/routes";
import { PageShell } from "@/components/page-shell";
import { LOCALES, otherLocale } from "@/i18n/locales";
import { listIssuesOfYear, listYears } from "@/lib/data/browse";
import { localeParamSchema, yearParamSchema } from "@/lib/data/params";

// Every year is known at build time and there are few (one per year since 1993): all are
// prerendered, and an unknown year is a 404 that writes nothing to the cache (issue 9).
export const dynamicParams = false;

export async function generateStaticParams() {
  const years = await listYears();
  return LOCALES.flatMap((locale) => years.map(({ year }) => ({ locale, year: String(year) })));
}

async function resolve(params: PageProps<"/[locale]/years/[year]">["params"]) {
  const raw = await params;
  const locale = localeParamSchema.safeParse(raw.locale);
  const year = yearParamSchema.safeParse(raw.year);
  if (!locale.success || !year.success) notFound();
  const issues = await listIssuesOfYear(year.data);
  if (issues.length === 0) notFound();
  return { locale: locale.data, year: year.data, issues };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/years/[year]">): Promise<Metadata> {
  const { locale, year } = await resolve(params);
  const t = await getTranslations({ locale, namespace: "browse" });
  return { title: t("yearTitle", { year }), alternates: localeAlternates(locale, (l) => yearPath(l, year)) };
}

export default async function YearPage({ params }: PageProps<"/[locale]/years/[year]">) {
  const { locale, year, issues } = await resolve(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "browse" });
  const home = await getTranslations({ locale, namespace: "home" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const years = await listYears();
  const index = years.findIndex((y) => y.year === year);
  const older = years[index + 1];
  const newer = years[index - 1];
  const title = t("yearTitle", { year });

  return (
    <PageShell locale={locale} alternatePath={yearPath(otherLocale(locale), year)}>
      <Breadcrumb label={nav("breadcrumb")} items={[{ href: `/${locale}`, label: nav("archive") }, { label: String(year) }]} />
      <h1 className="mt-3 text-2xl font-bold sm:text-3xl">{title}</h1>
      <p className="mt-2 text-muted">{t("yearIntro", { year, count: issues.length })}</p>
      <ol className="mt-6 divide-y divide-rule border-y border-rule">
        {issues.map((issue) => (
          <li key={issue.slug} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-3">
            <Link href={issuePath(locale, issue.slug)} prefetch={false} className="font-medium">
              {home("issueLabel", { year: issue.year, number: issue.number })}
            </Link>
            <span className="text-sm text-muted">
              {home("seriesLabel", { series: issue.series })} · {formatDate(issue.publishedOn, locale)} ·{" "}
              {home("noticeCount", { count: issue.notices })}
            </span>
          </li>
        ))}
      </ol>
      <Pager
        label={t("yearsNav")}
        previous={older ? { href: yearPath(locale, older.year), label: t("olderYear", { year: older.year }) } : null}
        next={newer ? { href: yearPath(locale, newer.year), label: t("newerYear", { year: newer.year }) } : null}
      />
      <section aria-labelledby="years-heading" className="mt-10">
        <h2 id="years-heading" className="mb-3 text-lg font-semibold">
          {home("years")}
        </h2>
        <YearsIndex locale={locale} years={years} current={year} />
      </section>
    </PageShell>
  );
}
