import { LOCALES } from "@/i18n/locales";
import { issuerFeed, listFeedIssuers } from "@/lib/data/feeds";
import { localeParamSchema } from "@/lib/data/params";

export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const issuers = await listFeedIssuers();
  return LOCALES.flatMap((locale) => issuers.map(({ code }) => ({ locale, code })));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/issuers/[code]/feed.xml">) {
  const raw = await params;
  const locale = localeParamSchema.safeParse(raw.locale);
  const issuer = (await listFeedIssuers()).find((i) => i.code === raw.code);
  if (!locale.success || !issuer) return new Response("Not found\n", { status: 404 });
  return issuerFeed(locale.data, issuer.code, locale.data === "en" ? issuer.nameEn : issuer.nameZh);
}
