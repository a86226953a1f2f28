import { routeParams } from "@/lib/data/archive-params";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { SourceNotesView } from "@/components/issue/source-notes-view";
import { PageShell } from "@/components/page-shell";
import { otherLocale } from "@/i18n/locales";
import { sourceNotesPath } from "@/lib/routes";
import { issueParamSchema, localeParamSchema } from "@/lib/data/params";
import { listSourceNotes } from "@/lib/data/source-notes";

// An archive route (lib/routes.ts ON_DEMAND_ROUTES), open to params it did not prerender (no
// `dynamicParams = false`): the newest issues are prerendered, older ones render on first request and
// are cached. The proxy lets through only paths the archive has, so an unknown param is the 404 page
// and writes nothing (README "Build strategy", "Unknown URLs").
export async function generateStaticParams() {
  return routeParams("/[locale]/issues/[issue]/notes", "prerender");
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
