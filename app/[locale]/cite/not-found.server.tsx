import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { CiteList } from "@/components/cite/cite-list";
import { PageShell } from "@/components/page-shell";
import { DEFAULT_LOCALE, otherLocale } from "@/i18n/locales";
import { parseCitation } from "@/lib/citations/parse-citation";
import { resolveCitation } from "@/lib/data/cite";
import { localeParamSchema } from "@/lib/data/params";
import { CITE_HEADERS, citePath, searchHref } from "@/lib/routes";

/**
 * 404 for a citation that names nothing in the archive: the nearest candidates and a search link.
 * A not-found page gets no props, so proxy.ts passes the query and locale as request headers.
 */
async function miss() {
  const h = await headers();
  const locale = localeParamSchema.catch(DEFAULT_LOCALE).parse(h.get(CITE_HEADERS.locale));
  let q = "";
  try {
    q = decodeURIComponent(h.get(CITE_HEADERS.query) ?? "").trim();
  } catch {
    // The proxy encoded it; anything else is not ours to trust.
  }
  const citation = parseCitation(q);
  const nearest = citation ? (await resolveCitation(citation)).nearest : [];
  return { locale, q, nearest };
}

export default async function CiteNotFound() {
  const { locale, q, nearest } = await miss();
  const t = await getTranslations({ locale, namespace: "cite" });
  return (
    <PageShell locale={locale} alternatePath={citePath(otherLocale(locale), q)}>
      <h1 className="text-2xl font-bold">{t("none")}</h1>
      <p className="mt-3 text-muted">{q ? t("noneBody", { q }) : t("empty")}</p>
      {nearest.length > 0 ? (
        <>
          <h2 className="mt-6 text-lg font-semibold">{t("nearest")}</h2>
          <CiteList locale={locale} targets={nearest} />
        </>
      ) : null}
      {q ? (
        <p className="mt-6">
          <Link href={searchHref(locale, { q })}>{t("searchInstead", { q })}</Link>
        </p>
      ) : null}
    </PageShell>
  );
}
