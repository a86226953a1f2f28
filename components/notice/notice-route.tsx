import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { localeAlternates } from "@/components/alternates";
import { PageShell } from "@/components/page-shell";
import { otherLocale } from "@/i18n/locales";
import { getNotice } from "@/lib/data/archive";
import { localeParamSchema, noticeIdParamSchema, viewSchema } from "@/lib/data/params";
import { isStaticExport } from "@/lib/export/mode";
import { HighlightTerms } from "@/components/search/highlight-terms";
import { noticePath, noticeViewPath } from "@/lib/routes";
import { NoticeView } from "@/components/notice/notice-view";
import { ViewQuerySwitch } from "@/components/notice/view-query-switch";

/**
 * Shared by /[locale]/notices/[id] (the locale's default view) and the internal
 * /[locale]/notices/[id]/view/[view] that `?view=` is rewritten to (next.config.ts), so both stay
 * static. Raw params in, validated with zod, 404 on anything unknown.
 */
type RawParams = { locale: string; id: string; view?: string };

async function resolve(raw: RawParams) {
  const locale = localeParamSchema.safeParse(raw.locale);
  const id = noticeIdParamSchema.safeParse(raw.id);
  const view = viewSchema.safeParse(raw.view ?? raw.locale);
  if (!locale.success || !id.success || !view.success) notFound();
  const notice = await getNotice(id.data);
  if (!notice) notFound();
  return { locale: locale.data, notice, view: view.data };
}

export async function noticeMetadata(raw: RawParams): Promise<Metadata> {
  const { locale, notice } = await resolve(raw);
  const m = await getTranslations({ locale, namespace: "meta" });
  const title = locale === "en" && notice.titleEn ? notice.titleEn.text : notice.titleZh;
  return {
    title,
    description: m("noticeDescription", { title, year: notice.issue.year, number: notice.issue.number }),
    // Every view of a notice has the same canonical URL: the view is presentation, not content.
    alternates: localeAlternates(locale, (l) => noticePath(l, notice.id)),
  };
}

export async function NoticeRoute({ raw }: { raw: RawParams }) {
  const { locale, notice, view } = await resolve(raw);
  setRequestLocale(locale);
  const other = otherLocale(locale);
  // Keep an explicit ?view= across the language switch; the default view follows the language.
  const alternatePath = raw.view ? noticeViewPath(other, notice.id, view) : noticePath(other, notice.id);
  return (
    <PageShell locale={locale} alternatePath={alternatePath}>
      <NoticeView locale={locale} notice={notice} view={view} />
      <HighlightTerms />
      {isStaticExport ? <ViewQuerySwitch locale={locale} id={notice.id} view={view} /> : null}
    </PageShell>
  );
}
