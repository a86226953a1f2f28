import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CiteList } from "@/components/cite/cite-list";
import { PageShell } from "@/components/page-shell";
import { otherLocale } from "@/i18n/locales";
import { citePath, searchHref } from "@/lib/routes";
import { citeMissOfRequest } from "@/lib/data/cite";
import { localeParamSchema } from "@/lib/data/params";

/** 404 for a citation that names nothing in the archive: the nearest candidates and a search link. */
export default async function CiteNotFound() {
  const recorded = citeMissOfRequest().miss;
  const locale = recorded?.locale ?? localeParamSchema.parse(await getLocale());
  const t = await getTranslations({ locale, namespace: "cite" });
  const miss = recorded ?? { q: "", nearest: [] };
  return (
    <PageShell locale={locale} alternatePath={citePath(otherLocale(locale), miss.q)}>
      <h1 className="text-2xl font-bold">{t("none")}</h1>
      <p className="mt-3 text-muted">{miss.q ? t("noneBody", { q: miss.q }) : t("empty")}</p>
      {miss.nearest.length > 0 ? (
        <>
          <h2 className="mt-6 text-lg font-semibold">{t("nearest")}</h2>
          <CiteList locale={locale} targets={miss.nearest} />
        </>
      ) : null}
      {miss.q ? (
        <p className="mt-6">
          <Link href={searchHref(locale, { q: miss.q })}>{t("searchInstead", { q: miss.q })}</Link>
        </p>
      ) : null}
    </PageShell>
  );
}
