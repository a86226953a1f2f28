import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { otherLocale, type Locale } from "@/i18n/locales";
import { homePath } from "@/lib/routes";

/** The localized "page not found" page: one view for Next's not-found boundary and the proxy's 404. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <PageShell locale={locale} alternatePath={homePath(otherLocale(locale))}>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-muted">{t("body")}</p>
      <p className="mt-6">
        <a href={homePath(locale)}>{t("back")}</a>
      </p>
    </PageShell>
  );
}
