import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { citeTargetPath } from "@/components/cite/cite-list";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import { parseCitation } from "@/lib/citations/parse-citation";
import { resolveCitation } from "@/lib/data/cite";

/**
 * On the results page: when the query is a citation (商务部公告2013年第3号, MOFCOM Announcement No. 3,
 * 2013 …) that names notices or issues in the archive, say so first and link straight to them, the
 * same resolver as /{locale}/cite. An ordinary query renders nothing.
 */
export async function CitationHint({ locale, q }: { locale: Locale; q: string }) {
  const citation = parseCitation(q);
  if (!citation) return null;
  const { matches } = await resolveCitation(citation);
  if (matches.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "cite" });
  return (
    <aside aria-label={t("hint")} className="mt-4 rounded border border-rule bg-panel p-3 text-sm" data-testid="citation-hint">
      <p className="font-semibold">{t("hint")}</p>
      <ul className="mt-1 space-y-1">
        {matches.map((m) => {
          const english = locale === "en" && m.titleEn;
          return (
            <li key={`${m.kind}:${m.key}`}>
              <Link href={citeTargetPath(locale, m)} lang={english ? LANG_TAG.en : LANG_TAG.zh}>
                {english ? m.titleEn : m.titleZh}
              </Link>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
