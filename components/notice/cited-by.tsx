import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { NoticeDto } from "@/lib/data/dto";
import { blockPath } from "@/lib/routes";

/** Backlinks: the notices in the archive whose text cites this one, each opening at the citing block. */
export function CitedBy({ locale, notice, t }: { locale: Locale; notice: NoticeDto; t: Translator<"notice"> }) {
  if (notice.citedBy.length === 0) return null;
  return (
    <section aria-labelledby="cited-by" className="mt-10 border-t border-rule pt-5">
      <h2 id="cited-by" className="text-lg font-semibold">
        {t("citedBy", { count: notice.citedBy.length })}
      </h2>
      <ul className="mt-3 space-y-2">
        {notice.citedBy.map((c) => {
          const english = locale === "en" && c.titleEn;
          return (
            <li key={c.id}>
              <a href={blockPath(locale, c.id, c.blockId)} lang={english ? LANG_TAG.en : LANG_TAG.zh}>
                {english ? c.titleEn : c.titleZh}
              </a>
              <span className="ml-2 text-sm text-muted" lang={LANG_TAG.zh}>
                {c.printed}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
