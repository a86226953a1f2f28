import type { Metadata } from "next";
import { LOCALES } from "@/i18n/locales";
import ServerPage, { generateMetadata as serverMetadata } from "@/app/[locale]/standards/page.server";

/**
 * The static export's /{locale}/standards: every row, unfiltered (a static host cannot read the query
 * string). The page's instant filter still narrows the rows in the browser, from ?q= too.
 */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

const noQuery = Promise.resolve({});

export function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return serverMetadata({ params, searchParams: noQuery });
}

export default function StaticPage({ params }: { params: Promise<{ locale: string }> }) {
  return ServerPage({ params, searchParams: noQuery });
}
