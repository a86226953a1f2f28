import Link from "next/link";
import { issuePath, noticePath } from "@/lib/routes";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { CiteTarget } from "@/lib/data/cite";

export function citeTargetPath(locale: Locale, target: CiteTarget): string {
  return target.kind === "notice" ? noticePath(locale, target.key) : issuePath(locale, target.key);
}

/** Candidates of a citation: title in the reader's language (Chinese when untranslated), and the issue. */
export function CiteList({ locale, targets }: { locale: Locale; targets: CiteTarget[] }) {
  return (
    <ul className="mt-4 space-y-3">
      {targets.map((target) => {
        const english = locale === "en" && target.titleEn;
        return (
          <li key={`${target.kind}:${target.key}`}>
            <Link href={citeTargetPath(locale, target)} lang={english ? LANG_TAG.en : LANG_TAG.zh}>
              {english ? target.titleEn : target.titleZh}
            </Link>
            <span className="ml-2 text-sm text-muted">{target.issueSlug}</span>
          </li>
        );
      })}
    </ul>
  );
}
