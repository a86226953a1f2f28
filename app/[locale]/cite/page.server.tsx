import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { CiteList, citeTargetPath } from "@/components/cite/cite-list";
import { PageShell } from "@/components/page-shell";
import { otherLocale } from "@/i18n/locales";
import { citePath } from "@/lib/routes";
import { parseCitation } from "@/lib/citations/parse-citation";
import { resolveCitation } from "@/lib/data/cite";
import { localeParamSchema } from "@/lib/data/params";

/**
 * /{locale}/cite?q=商务部公告2013年第3号 — paste a citation, land on the notice. One match redirects;
 * several list the candidates (2013年第2号 is MOFCOM+GACC's and GACC's alone); none answers 404 with
 * the nearest candidates and a search link (not-found.server.tsx beside this file).
 */
// Typed by hand: `next typegen` does not see .server.tsx pages (the server build's own extension).
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({ q: z.union([z.string(), z.array(z.string())]).optional() });

async function resolve({ params, searchParams }: Props) {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) notFound();
  const raw = querySchema.safeParse(await searchParams);
  const q = raw.success ? [raw.data.q ?? ""].flat()[0]?.trim() ?? "" : "";
  return { locale: locale.data, q };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale } = await resolve(props);
  const t = await getTranslations({ locale, namespace: "cite" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function CitePage(props: Props) {
  const { locale, q } = await resolve(props);
  setRequestLocale(locale);
  const citation = parseCitation(q);
  const result = citation ? await resolveCitation(citation) : { matches: [], nearest: [] };
  const [only, ...more] = result.matches;
  if (only && more.length === 0) redirect(citeTargetPath(locale, only));
  if (!only) notFound();
  const t = await getTranslations({ locale, namespace: "cite" });
  return (
    <PageShell locale={locale} alternatePath={citePath(otherLocale(locale), q)}>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("several", { q, count: result.matches.length })}</p>
      <CiteList locale={locale} targets={result.matches} />
    </PageShell>
  );
}
