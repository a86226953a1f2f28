import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { NoticeRow } from "@/lib/data/browse-dto";
import { Badge } from "@/components/badge";
import { issuePath, noticePath } from "@/lib/routes";
import { formatDate } from "@/components/format";

/**
 * A list of notices (home page's recent notices, an issuer's pages): the reader's language leads,
 * the other title under it, then the issue it was printed in. English is labelled by its source.
 * prefetch off: a 50-row list would otherwise fetch 50 routes as it scrolls into view.
 */
export async function NoticeRows({ locale, notices }: { locale: Locale; notices: NoticeRow[] }) {
  const t = await getTranslations({ locale, namespace: "browse" });
  const n = await getTranslations({ locale, namespace: "notice" });
  return (
    <ol className="divide-y divide-rule border-y border-rule">
      {notices.map((notice) => {
        const english = notice.titleEn ? (
          <span lang={LANG_TAG.en}>
            {notice.titleEn.text}{" "}
            <Badge tone={notice.titleEn.source}>{n(notice.titleEn.source === "official" ? "official" : "archiveTranslation")}</Badge>
          </span>
        ) : null;
        const chinese = <span lang={LANG_TAG.zh}>{notice.titleZh}</span>;
        const leadEnglish = locale === "en" && english !== null;
        return (
          <li key={notice.id} className="py-3">
            <Link href={noticePath(locale, notice.id)} prefetch={false} className="font-medium">
              {leadEnglish ? english : chinese}
            </Link>
            {english ? <p className="mt-1 text-sm text-muted">{leadEnglish ? chinese : english}</p> : null}
            <p className="mt-1 text-sm text-muted">
              <Link href={issuePath(locale, notice.issue.slug)} prefetch={false}>
                {t("inIssue", { year: notice.issue.year, number: notice.issue.number })}
              </Link>{" "}
              · {formatDate(notice.issue.publishedOn, locale)}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
