import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageShell } from "@/components/page-shell";
import { LOCALES, otherLocale, type Locale } from "@/i18n/locales";
import { localeParamSchema } from "@/lib/data/params";
import { RECORDS_PAGE_SIZE, recordsQuery } from "@/lib/data/record-params";

type RouteProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * One route shape for every data page (standards, licences): validate the locale, parse the query
 * string, load and sort the rows, render the view. Filtering reads the query string, so these pages
 * render per request and nothing is written to the route cache.
 */
export function recordsRoute<P extends { page: number } & Record<string, string | number | undefined>>(config: {
  namespace: "records.standards" | "records.licences";
  parse: (raw: Record<string, string | string[] | undefined>) => P;
  path: (locale: Locale, query: string) => string;
  render: (locale: Locale, params: P) => Promise<ReactNode>;
}) {
  async function resolve(props: RouteProps) {
    const locale = localeParamSchema.safeParse((await props.params).locale);
    if (!locale.success) notFound();
    return { locale: locale.data, query: config.parse(await props.searchParams) };
  }
  return {
    async generateMetadata(props: RouteProps): Promise<Metadata> {
      const { locale } = await resolve(props);
      const t = await getTranslations({ locale, namespace: config.namespace });
      return { title: t("title"), description: t("intro") };
    },
    async Page(props: RouteProps) {
      const { locale, query } = await resolve(props);
      setRequestLocale(locale);
      const alternate = config.path(otherLocale(locale), recordsQuery({ ...query, page: undefined }));
      return <PageShell locale={locale} alternatePath={alternate}>{await config.render(locale, query)}</PageShell>;
    },
  };
}

type StaticRoute = { Page: (props: RouteProps) => Promise<ReactNode>; generateMetadata: (props: RouteProps) => Promise<Metadata> };

/**
 * The static export's variant of a data page: unfiltered, because a static host cannot read the
 * query string; its first page of rows (the page's instant filter narrows them in the browser, from
 * ?q=), the others at /{locale}/{sheet}/page/{n} (staticRecordsPagesRoute).
 */
export function staticRecordsRoute(route: StaticRoute) {
  const noQuery = (params: RouteProps["params"]): RouteProps => ({ params, searchParams: Promise.resolve({}) });
  return {
    generateStaticParams: () => LOCALES.map((locale) => ({ locale })),
    generateMetadata: ({ params }: Pick<RouteProps, "params">) => route.generateMetadata(noQuery(params)),
    Page: ({ params }: Pick<RouteProps, "params">) => route.Page(noQuery(params)),
  };
}

/**
 * The export's pages 1…N of a data page, each a file (page 1 is also the sheet's own URL): the pager
 * links here because a static host cannot read ?page= (lib/routes.ts recordsPagePath). Page 1 is
 * always listed, because an export route must generate at least one path.
 */
export function staticRecordsPagesRoute(route: StaticRoute, rowCount: () => Promise<number>) {
  type PageParams = Promise<{ locale: string; n: string }>;
  const onPage = (params: PageParams): RouteProps => ({ params, searchParams: params.then((p) => ({ page: p.n })) });
  return {
    async generateStaticParams() {
      const pages = Math.max(1, Math.ceil((await rowCount()) / RECORDS_PAGE_SIZE));
      return LOCALES.flatMap((locale) => Array.from({ length: pages }, (_, i) => ({ locale, n: String(i + 1) })));
    },
    generateMetadata: ({ params }: { params: PageParams }) => route.generateMetadata(onPage(params)),
    Page: ({ params }: { params: PageParams }) => route.Page(onPage(params)),
  };
}
