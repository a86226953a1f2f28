import { getTranslations } from "next-intl/server";
import { CiteList } from "@/components/cite/cite-list";
import type { Locale } from "@/i18n/locales";
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
      <CiteList locale={locale} targets={matches} />
    </aside>
  );
}
