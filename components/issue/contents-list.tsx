import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { ContentsEntryDto } from "@/lib/data/dto";
import { Badge } from "@/components/badge";
import { noticePath, sourceNotePath } from "@/lib/routes";
import type { SourceNote } from "@/lib/data/source-notes";

/**
 * The issue's table of contents. Both titles come from the gazette itself (its Chinese and English
 * contents pages), so the English is labelled official. The reader's language leads. An entry the
 * parser noted something about (the English contents' "No. 64, 2011" for 2012年第64号) is flagged
 * with a link to that note, so the reader meets the discrepancy where they read the entry (issue 13).
 */
export async function ContentsList({ locale, slug, entries, notes }: { locale: Locale; slug: string; entries: ContentsEntryDto[]; notes: SourceNote[] }) {
  const t = await getTranslations({ locale, namespace: "issue" });
  const n = await getTranslations({ locale, namespace: "notice" });
  const s = await getTranslations({ locale, namespace: "sourceNotes" });
  const firstNote = (position: number) => notes.find((note) => note.contentsPosition === position);
  const official = <Badge tone="official">{n("official")}</Badge>;
  return (
    <ol className="divide-y divide-rule border-y border-rule">
      {entries.map((entry) => {
        const english = entry.titleEn ? (
          <span lang={LANG_TAG.en}>
            {entry.titleEn} {official}
          </span>
        ) : null;
        const chinese = <span lang={LANG_TAG.zh}>{entry.titleZh}</span>;
        const leadEnglish = locale === "en" && english !== null;
        return (
          <li key={entry.noticeId} className="flex gap-3 py-3">
            <span className="w-6 shrink-0 text-right tabular-nums text-muted">{entry.position}.</span>
            <div className="min-w-0 flex-1">
              <Link href={noticePath(locale, entry.noticeId)} className="font-medium">
                {leadEnglish ? english : chinese}
              </Link>
              {leadEnglish ? (
                <p className="mt-1 text-sm text-muted">{chinese}</p>
              ) : english ? (
                <p className="mt-1 text-sm text-muted">{english}</p>
              ) : null}
              <NoteFlag note={firstNote(entry.position)} href={(seq) => sourceNotePath(locale, slug, seq)} label={s("flag")} />
            </div>
            {entry.page ? (
              <span className="shrink-0 text-sm tabular-nums text-muted">{t("page", { page: entry.page })}</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function NoteFlag({ note, href, label }: { note: SourceNote | undefined; href: (seq: number) => string; label: string }) {
  if (!note) return null;
  return (
    <p className="mt-1 text-sm">
      <a href={href(note.seq)} data-source-note={note.seq}>
        <span aria-hidden="true">⚠</span> {label}
      </a>
    </p>
  );
}
