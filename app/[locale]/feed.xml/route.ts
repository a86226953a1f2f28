import { LOCALES } from "@/i18n/locales";
import { archiveFeed } from "@/lib/data/feeds";
import { localeParamSchema } from "@/lib/data/params";

// Built with the site: the feed changes when an issue is ingested, and the build follows ingest.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const locale = localeParamSchema.safeParse((await params).locale);
  if (!locale.success) return new Response("Not found\n", { status: 404 });
  return archiveFeed(locale.data);
}
