import { routeParams } from "@/lib/data/archive-params";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound, permanentRedirect } from "next/navigation";
import { localeAlternates } from "@/components/alternates";
import { Badge } from "@/components/badge";
import { Breadcrumb } from "@/components/breadcrumb";
import { Pager } from "@/components/browse/pager";
import { ContentsList } from "@/components/issue/contents-list";
import { DateText } from "@/components/date-text";
import { formatDate } from "@/components/format";
import { homePath, issuePath, sourceNotesPath, yearPath } from "@/lib/routes";
import { listSourceNotes } from "@/lib/data/source-notes";
import { PageShell } from "@/components/page-shell";
import { LANG_TAG, otherLocale } from "@/i18n/locales";
import { findIssueBySeries, getIssue } from "@/lib/data/archive";
import { getIssueNeighbours } from "@/lib/data/browse";
import { issueParamSchema, localeParamSchema } from "@/lib/data/params";

// An archive route (lib/routes.ts ON_DEMAND_ROUTES), open to params it did not prerender (no
// `dynamicParams = false`): the newest issues are prerendered, older ones render on first request and
// are cached. The proxy lets through only paths the archive has, so an unknown param is the 404 page
// and writes nothing (README "Build strategy", "Unknown URLs").
export async function generateStaticParams() {
  return routeParams("/[locale]/issues/[issue]", "prerender");
}

async function resolve(params: PageProps<"/[locale]/issues/[issue]">["params"]) {
  const raw = await params;
  const locale = localeParamSchema.safeParse(raw.locale);
  const key = issueParamSchema.safeParse(raw.issue);
  if (!locale.success || !key.success) notFound();
  if (key.data.kind === "series") {
    // /zh/issues/808 is how the gazette itself numbers issues (总第808期): send it to the canonical URL.
    const ref = await findIssueBySeries(key.data.series);
    if (!ref) notFound();
    permanentRedirect(issuePath(locale.data, ref.slug));
  }
  const issue = await getIssue(key.data.slug);
  if (!issue) notFound();
  return { locale: locale.data, issue };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/issues/[issue]">): Promise<Metadata> {
  const { locale, issue } = await resolve(params);
  const t = await getTranslations({ locale, namespace: "issue" });
  const m = await getTranslations({ locale, namespace: "meta" });
  return {
    title: t("title", { year: issue.year, number: issue.number }),
    description: m("issueDescription", {
      year: issue.year,
      number: issue.number,
      series: issue.series,
      date: formatDate(issue.publishedOn, locale),
    }),
    alternates: localeAlternates(locale, (l) => issuePath(l, issue.slug)),
  };
}

export default async function IssuePage({ params }: PageProps<"/[locale]/issues/[issue]">) {
  const { locale, issue } = await resolve(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "issue" });
  const n = await getTranslations({ locale, namespace: "notice" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const s = await getTranslations({ locale, namespace: "sourceNotes" });
  const notes = (await listSourceNotes(issue.slug)) ?? [];
  const title = t("title", { year: issue.year, number: issue.number });
  const { older, newer } = await getIssueNeighbours(issue.year, issue.number);
  const neighbour = (ref: typeof older, key: "older" | "newer") =>
    ref ? { href: issuePath(locale, ref.slug), label: `${t(key)}: ${t("title", { year: ref.year, number: ref.number })}` } : null;

  return (
    <PageShell locale={locale} alternatePath={issuePath(otherLocale(locale), issue.slug)}>
      <Breadcrumb
        label={nav("breadcrumb")}
        items={[
          { href: homePath(locale), label: nav("archive") },
          { href: yearPath(locale, issue.year), label: String(issue.year) },
          { label: title },
        ]}
      />
      <h1 className="mt-3 text-2xl font-bold sm:text-3xl">
        <span lang={LANG_TAG.zh} className="block text-base font-normal text-muted">
          {issue.titleZh}
        </span>
        {title}
      </h1>
      <section aria-labelledby="cover-heading" className="mt-6 rounded border border-rule bg-panel p-4">
        <h2 id="cover-heading" className="sr-only">
          {t("cover")}
        </h2>
        <p lang={LANG_TAG.en} className="text-sm tracking-wide text-muted">
          {issue.titleEn} <Badge tone="official">{n("official")}</Badge>
        </p>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t("published")}</dt>
          <dd>
            <DateText iso={issue.publishedOn} locale={locale} />
          </dd>
          {issue.correctedOn ? (
            <>
              <dt className="text-muted">{t("corrected")}</dt>
              <dd>
                <DateText iso={issue.correctedOn} locale={locale} />
              </dd>
            </>
          ) : null}
          <dt className="text-muted">{t("series")}</dt>
          <dd className="tabular-nums">{issue.series}</dd>
          <dt className="text-muted">{t("publisher")}</dt>
          <dd>
            <span lang={LANG_TAG.zh}>{issue.publisherZh}</span>
            {issue.publisherEn ? (
              <>
                {" · "}
                <span lang={LANG_TAG.en}>{issue.publisherEn}</span>
              </>
            ) : null}
          </dd>
          {issue.supervisorZh ? (
            <>
              <dt className="text-muted">{t("supervisor")}</dt>
              <dd lang={LANG_TAG.zh}>{issue.supervisorZh}</dd>
            </>
          ) : null}
          {issue.website ? (
            <>
              <dt className="text-muted">{t("website")}</dt>
              <dd>
                <a href={issue.website} rel="external">
                  {issue.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="contents-heading" className="mt-8">
        <h2 id="contents-heading" className="mb-3 text-lg font-semibold">
          {t("contents")}
        </h2>
        <ContentsList locale={locale} slug={issue.slug} entries={issue.contents} notes={notes} />
        {notes.length ? (
          <p className="mt-3 text-sm">
            <a href={sourceNotesPath(locale, issue.slug)}>{s("link", { count: notes.length })}</a>
          </p>
        ) : null}
      </section>
      <Pager label={t("issueNav")} previous={neighbour(older, "older")} next={neighbour(newer, "newer")} />
      <p className="mt-6">
        <Link href={homePath(locale)}>← {nav("archive")}</Link>
      </p>
    </PageShell>
  );
}
