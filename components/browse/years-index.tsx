import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import type { YearCount } from "@/lib/data/browse-dto";
import { yearPath } from "@/lib/routes";

/** One link per year with its issue count: 30 years of the gazette fit in a few hundred bytes. */
export async function YearsIndex({ locale, years, current }: { locale: Locale; years: YearCount[]; current?: number }) {
  const t = await getTranslations({ locale, namespace: "home" });
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(7.5rem,1fr))] gap-2">
      {years.map(({ year, issues }) => (
        <li key={year}>
          {year === current ? (
            <span aria-current="page" className="flex min-h-11 flex-col rounded border border-ink px-3 py-1.5">
              <span className="font-semibold tabular-nums">{year}</span>
              <span className="text-xs text-muted">{t("issueCount", { count: issues })}</span>
            </span>
          ) : (
            <Link href={yearPath(locale, year)} className="flex min-h-11 flex-col rounded border border-rule px-3 py-1.5 no-underline hover:border-ink">
              <span className="font-semibold tabular-nums">{year}</span>
              <span className="text-xs text-muted">{t("issueCount", { count: issues })}</span>
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
