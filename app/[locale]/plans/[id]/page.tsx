import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PlanView } from "@/components/data/plan-view";
import { PageShell } from "@/components/page-shell";
import { LOCALES, otherLocale } from "@/i18n/locales";
import { planPath } from "@/lib/routes";
import { localeParamSchema, noticeIdParamSchema } from "@/lib/data/params";
import { getPlan, listPlanIds } from "@/lib/data/plans";

// Every plan is known at build time; any other id is a 404 that writes nothing to the cache.
export const dynamicParams = false;

export async function generateStaticParams() {
  const ids = await listPlanIds();
  return LOCALES.flatMap((locale) => ids.map((id) => ({ locale, id })));
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
