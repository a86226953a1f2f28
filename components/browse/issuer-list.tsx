import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { IssuerSummary } from "@/lib/data/browse-dto";
import { issuerPath } from "@/lib/routes";

/** Every issuing body with its notice count, in the reader's language. */
export async function IssuerList({ locale, issuers }: { locale: Locale; issuers: IssuerSummary[] }) {
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <ul className="space-y-1">
      {issuers.map((issuer) => (
        <li key={issuer.code}>
          <Link href={issuerPath(locale, issuer.code)} lang={LANG_TAG[locale]}>
            {locale === "zh" ? issuer.nameZh : issuer.nameEn}
          </Link>{" "}
          <span className="text-sm text-muted">{t("noticeCount", { count: issuer.notices })}</span>
        </li>
      ))}
    </ul>
  );
}
