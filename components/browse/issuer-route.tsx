import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { LOCALES, LANG_TAG, otherLocale } from "@/i18n/locales";
import { getIssuerPage, listIssuers } from "@/lib/data/browse";
import { pageCount } from "@/lib/data/browse-dto";
import { issuerCodeParamSchema, issuerPageSegmentsSchema, localeParamSchema } from "@/lib/data/params";
import { localeAlternates } from "@/components/alternates";
import { Breadcrumb } from "@/components/breadcrumb";
import { issuerPath } from "@/lib/routes";
import { PageShell } from "@/components/page-shell";
import { NoticeRows } from "@/components/browse/notice-rows";
import { Pager } from "@/components/browse/pager";

/**
 * /[locale]/issuers/[code] (page 1) and /[locale]/issuers/[code]/page/[n] (n ≥ 2). Path segments
 * rather than ?page= so every page is a static file (and exports to a static host); the page a
 * notice is on only moves when newer notices of the same issuer are added.
 */
type RawParams = { locale: string; code: string; page?: string[] };

async function resolve(raw: RawParams) {
  const locale = localeParamSchema.safeParse(raw.locale);
  const code = issuerCodeParamSchema.safeParse(raw.code);
  const page = issuerPageSegmentsSchema.safeParse(raw.page ?? []);
  if (!locale.success || !code.success || !page.success) notFound();
  const found = await getIssuerPage(code.data, page.data);
  if (!found) notFound();
  return { locale: locale.data, found };
}

/** Every page of every issuer in both locales: page 1 as [], page n as ["page", "n"]. */
export async function issuerStaticParams() {
  const issuers = await listIssuers();
  return LOCALES.flatMap((locale) =>
    issuers.flatMap(({ code, notices }) =>
      Array.from({ length: pageCount(notices) }, (_, i) => ({ locale, code, page: i === 0 ? [] : ["page", String(i + 1)] })),
    ),
  );
}

function issuerName(locale: "zh" | "en", issuer: { nameZh: string; nameEn: string }) {
  return locale === "zh" ? issuer.nameZh : issuer.nameEn;
}

export async function issuerMetadata(raw: RawParams): Promise<Metadata> {
  const { locale, found } = await resolve(raw);
  const t = await getTranslations({ locale, namespace: "browse" });
  const name = issuerName(locale, found.issuer);
  return {
    title: found.page === 1 ? name : `${name} · ${t("pageOf", { page: found.page, pages: found.pageCount })}`,
    alternates: localeAlternates(locale, (l) => issuerPath(l, found.issuer.code, found.page)),
  };
}

export async function IssuerRoute({ raw }: { raw: RawParams }) {
  const { locale, found } = await resolve(raw);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "browse" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const { issuer, page, pageCount: pages } = found;
  const name = issuerName(locale, issuer);
  const status = t("pageOf", { page, pages });
  return (
    <PageShell locale={locale} alternatePath={issuerPath(otherLocale(locale), issuer.code, page)}>
      <Breadcrumb label={nav("breadcrumb")} items={[{ href: `/${locale}`, label: nav("archive") }, { label: name }]} />
      <h1 className="mt-3 text-2xl font-bold sm:text-3xl">
        {name}
        <span lang={LANG_TAG[otherLocale(locale)]} className="block text-base font-normal text-muted">
          {issuerName(otherLocale(locale), issuer)}
        </span>
      </h1>
      <p className="mt-2 text-muted">
        {t("issuerIntro", { count: issuer.notices })} {pages > 1 ? status : null}
      </p>
      <div className="mt-6">
        <NoticeRows locale={locale} notices={found.notices} />
      </div>
      <Pager
        label={t("pagination")}
        status={status}
        previous={page > 1 ? { href: issuerPath(locale, issuer.code, page - 1), label: t("previousPage") } : null}
        next={page < pages ? { href: issuerPath(locale, issuer.code, page + 1), label: t("nextPage") } : null}
      />
    </PageShell>
  );
}
