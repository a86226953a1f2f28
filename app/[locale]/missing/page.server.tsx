import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { NotFoundView } from "@/components/not-found-view";
import { localeParamSchema } from "@/lib/data/params";

/**
 * The 404 page as a prerendered page, so its text is in the HTML: the proxy rewrites every locale
 * path the build does not answer to this page with status 404 (lib/http/known-paths.ts says why), and
 * answers this page's own URL with 404 too. Not linked, not in the sitemap, not indexed.
 */
type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) return {};
  const t = await getTranslations({ locale: locale.data, namespace: "notFound" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function MissingPage({ params }: Props) {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) notFound();
  setRequestLocale(locale.data);
  return <NotFoundView locale={locale.data} />;
}
