import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { blockPath, issuePath, noticePath, sourceNoteId } from "@/lib/routes";
import type { Locale } from "@/i18n/locales";
import type { SourceNote } from "@/lib/data/source-notes";

// Labels of the parser's warning codes; a code without one is shown as printed (new codes stay visible).
const CODE_KEYS = [
  "unmapped-line", "contents-mismatch", "english-contents-discrepancy", "stray-latin-word", "unknown-issuer", "count-mismatch",
  "outline-mismatch", "source-noise", "collapsed-date", "total-mismatch", "derived-title", "derived-id", "attachment-missing",
] as const;
type CodeKey = (typeof CODE_KEYS)[number];
const isKnown = (code: string): code is CodeKey => CODE_KEYS.some((k) => k === code);

/** /{locale}/issues/{slug}/notes: every discrepancy or repair the parser reported, with its place. */
export async function SourceNotesView({ locale, slug, title, notes }: { locale: Locale; slug: string; title: string; notes: SourceNote[] }) {
  const t = await getTranslations({ locale, namespace: "sourceNotes" });
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title", { issue: title })}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      <p className="mt-2"><Link href={issuePath(locale, slug)}>{t("back")}</Link></p>
      {notes.length === 0 ? <p className="mt-6">{t("none")}</p> : null}
      <ol className="mt-6 space-y-4">
        {notes.map((note) => (
          <li key={note.seq} id={sourceNoteId(note.seq)} className="rounded border border-rule p-3 target:bg-mark">
            <p className="font-medium">{isKnown(note.code) ? t(`codes.${note.code}`) : note.code}</p>
            <p className="mt-1 text-sm" lang="en">{note.message}</p>
            <p className="mt-1 text-sm text-muted">
              {note.line !== null ? t("line", { line: note.line }) : null}
              {note.noticeId ? (
                <Link className="ml-3" href={note.blockId ? blockPath(locale, note.noticeId, note.blockId) : noticePath(locale, note.noticeId)}>
                  {note.blockId ? t("inBlock", { notice: note.noticeId, block: note.blockId.slice(2) }) : note.noticeId}
                </Link>
              ) : null}
              {note.contentsPosition !== null ? <span className="ml-3">{t("inContents", { position: note.contentsPosition })}</span> : null}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
