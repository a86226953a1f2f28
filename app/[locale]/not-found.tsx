import { getLocale } from "next-intl/server";
import { NotFoundView } from "@/components/not-found-view";
import { isLocale } from "@/i18n/locales";

// Next's not-found boundary. In a production build Next renders it into the RSC payload only (the
// HTML body is empty), so the proxy answers unknown paths with app/[locale]/missing instead; this
// stays for `next dev`, client-side navigation and any notFound() the proxy cannot foresee.
export default async function NotFound() {
  const locale = await getLocale();
  return <NotFoundView locale={isLocale(locale) ? locale : "zh"} />;
}
