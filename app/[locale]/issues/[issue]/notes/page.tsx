import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SourceNotesView } from "@/components/issue/source-notes-view";
import { PageShell } from "@/components/page-shell";
import { LOCALES, otherLocale } from "@/i18n/locales";
import { sourceNotesPath } from "@/lib/routes";
import { listIssues } from "@/lib/data/archive";
import { issueParamSchema, localeParamSchema } from "@/lib/data/params";
import { listSourceNotes } from "@/lib/data/source-notes";

// One page per stored issue, built with the site; other slugs are 404s that write nothing.
export const dynamicParams = false;

export async function generateStaticParams() {
  const issues = await listIssues();
  return LOCALES.flatMap((locale) => issues.map((issue) => ({ locale, issue: issue.slug })));
}

async function resolve(params: PageProps<"/[locale]/issues/[issue]/notes">["params"]) {
  const raw = await params;
  const locale = localeParamSchema.safeParse(raw.locale);
  const key = issueParamSchema.safeParse(raw.issue);
  if (!locale.success || !key.success || key.data.kind !== "slug") notFound();
  const slug = key.data.slug;
  const notes = await listSourceNotes(slug);
  if (!notes) notFound();
  const [year, number] = slug.split("-");
  return { locale: locale.data, slug, notes, year, number };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/issues/[issue]/notes">): Promise<Metadata> {
  const { locale, year, number } = await resolve(params);
  const t = await getTranslations({ locale, namespace: "issue" });
  const s = await getTranslations({ locale, namespace: "sourceNotes" });
  return { title: s("title", { issue: t("title", { year: year ?? "", number: number ?? "" }) }) };
}

export default async function SourceNotesPage({ params }: PageProps<"/[locale]/issues/[issue]/notes">) {
  const { locale, slug, notes, year, number } = await resolve(params);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "issue" });
  return (
    <PageShell locale={locale} alternatePath={sourceNotesPath(otherLocale(locale), slug)}>
      <SourceNotesView locale={locale} slug={slug} title={t("title", { year: year ?? "", number: number ?? "" })} notes={notes} />
    </PageShell>
  );
}
