import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { otherLocale } from "@/i18n/locales";
import { homePath } from "@/lib/routes";

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <PageShell locale={locale} alternatePath={homePath(otherLocale(locale))}>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-muted">{t("body")}</p>
      <p className="mt-6">
        <Link href={homePath(locale)}>{t("back")}</Link>
      </p>
    </PageShell>
  );
}
