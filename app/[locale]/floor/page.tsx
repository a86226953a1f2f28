import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { localeParamSchema } from "@/lib/data/params";

/**
 * The framework's floor: a static page of this same build with the root layout and no client
 * component of ours. Benchmarks (bench/site.bench.ts, npm run load) measure Next + React's own JS and
 * throughput here, so a notice page's cost can be split into "framework" and "ours" (issues 9 and 14).
 * Not linked, not in the sitemap, not indexed.
 */
export const metadata: Metadata = { title: "floor", robots: { index: false, follow: false } };

export default async function FloorPage({ params }: PageProps<"/[locale]/floor">) {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) notFound();
  setRequestLocale(locale.data);
  return (
    <main>
      <h1>floor</h1>
      <p>A minimal page of this build, for benchmarks.</p>
    </main>
  );
}
