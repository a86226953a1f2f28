import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { localeParamSchema } from "@/lib/data/params";

/**
 * The framework's floor for a server-rendered page: the static floor (../page.tsx) made dynamic by
 * reading searchParams, as the search page does, and nothing else. `npm run load` measures it beside
 * the search page, so the search page's latency splits into "Next renders a dynamic page at all" and
 * "our search and results" (issue 9). Not linked, not in the sitemap, not indexed.
 */
export const metadata: Metadata = { title: "floor (dynamic)", robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DynamicFloorPage({ params, searchParams }: Props) {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) notFound();
  setRequestLocale(locale.data);
  const q = (await searchParams).q;
  return (
    <main>
      <h1>floor (dynamic)</h1>
      <p>A minimal server-rendered page of this build, for benchmarks. q: {typeof q === "string" ? q.slice(0, 200) : "none"}</p>
    </main>
  );
}
