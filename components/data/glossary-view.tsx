import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { blockPath, searchHref } from "@/lib/routes";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { GlossaryTerm } from "@/lib/data/glossary";

/** /{locale}/glossary: Chinese ↔ English terms, each with links to where it occurs. */
export async function GlossaryView({ locale, terms }: { locale: Locale; terms: GlossaryTerm[] }) {
  const t = await getTranslations({ locale, namespace: "glossary" });
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr>{[t("zh"), t("en"), t("usedIn")].map((h) => <th key={h} scope="col" className="border-b border-rule px-2 py-2 text-left">{h}</th>)}</tr>
          </thead>
          <tbody>
            {terms.map((term) => (
              <tr key={term.zh} id={`term-${encodeURIComponent(term.zh)}`} className="border-b border-rule align-top target:bg-mark">
                <td className="px-2 py-2 font-medium" lang={LANG_TAG.zh}>{term.zh}</td>
                <td className="px-2 py-2" lang={LANG_TAG.en}>
                  {term.en}
                  {term.note ? <span className="block text-xs text-muted">{term.note}</span> : null}
                </td>
                <td className="px-2 py-2">
                  <span className="text-muted">{t("uses", { count: term.count })}</span>
                  {term.usages.map((u) => (
                    <Link key={`${u.noticeId}#${u.blockId}`} href={blockPath(locale, u.noticeId, u.blockId)} className="ml-2 whitespace-nowrap">
                      {u.noticeId} ¶{u.blockId.slice(2)}
                    </Link>
                  ))}
                  {term.count > term.usages.length ? <Link href={searchHref(locale, { q: term.zh, scope: "zh" })} className="ml-2">{t("searchAll")}</Link> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
