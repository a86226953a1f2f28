import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { LANG_TAG, LOCALES, isLocale } from "@/i18n/locales";
import { siteUrl } from "@/lib/env";
import { feedAlternate } from "@/components/alternates";
import "@/app/globals.css";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { template: `%s | ${t("shortName")}`, default: t("name") },
    description: t("description"),
    applicationName: t("shortName"),
    // Pages that set their own alternates (canonical, hreflang) repeat this through localeAlternates.
    alternates: { types: feedAlternate(locale) },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={LANG_TAG[locale]}>
      <body className="min-h-dvh bg-paper text-ink antialiased">{children}</body>
    </html>
  );
}
