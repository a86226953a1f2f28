import { routeParams } from "@/lib/data/archive-params";
import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlanView } from "@/components/data/plan-view";
import { PageShell } from "@/components/page-shell";
import { otherLocale } from "@/i18n/locales";
import { planPath } from "@/lib/routes";
import { localeParamSchema, noticeIdParamSchema } from "@/lib/data/params";
import { getPlan } from "@/lib/data/plans";

// An archive route (lib/routes.ts ON_DEMAND_ROUTES), open to params it did not prerender (no
// `dynamicParams = false`): the newest issues are prerendered, older ones render on first request and
// are cached. The proxy lets through only paths the archive has, so an unknown param is the 404 page
// and writes nothing (README "Build strategy", "Unknown URLs").
export async function generateStaticParams() {
  return routeParams("/[locale]/plans/[id]", "prerender");
}

async function resolve(params: PageProps<"/[locale]/plans/[id]">["params"]) {
  const raw = await params;
  const locale = localeParamSchema.safeParse(raw.locale);
  const id = noticeIdParamSchema.safeParse(raw.id);
  if (!locale.success || !id.success) notFound();
  const plan = await getPlan(id.data);
  if (!plan) notFound();
  return { locale: locale.data, plan };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/plans/[id]">): Promise<Metadata> {
  const { locale, plan } = await resolve(params);
  return { title: locale === "en" && plan.title.en ? plan.title.en : plan.title.zh };
}

export default async function PlanPage({ params }: PageProps<"/[locale]/plans/[id]">) {
  const { locale, plan } = await resolve(params);
  setRequestLocale(locale);
  return (
    <PageShell locale={locale} alternatePath={planPath(otherLocale(locale), plan.noticeId)}>
      <PlanView locale={locale} plan={plan} />
    </PageShell>
  );
}
