import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { GlossaryView } from "@/components/data/glossary-view";
import { PageShell } from "@/components/page-shell";
import { otherLocale } from "@/i18n/locales";
import { glossaryPath } from "@/lib/routes";
import { listGlossary } from "@/lib/data/glossary";
import { localeParamSchema } from "@/lib/data/params";

async function localeOf(params: PageProps<"/[locale]/glossary">["params"]) {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) notFound();
  return locale.data;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary">): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "glossary" });
  return { title: t("title"), description: t("intro") };
}

export default async function GlossaryPage({ params }: PageProps<"/[locale]/glossary">) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  return (
    <PageShell locale={locale} alternatePath={glossaryPath(otherLocale(locale))}>
      <GlossaryView locale={locale} terms={await listGlossary()} />
    </PageShell>
  );
}
