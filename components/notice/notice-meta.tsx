import type { ReactNode } from "react";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { NoticeDto } from "@/lib/data/dto";
import { issuePath } from "@/lib/routes";
import { DateText } from "@/components/date-text";

/** The notice's facts (issuers, numbers, dates, source, attachments, issue) as a definition list. */
export function NoticeMeta({
  locale,
  notice,
  t,
  issueTitle,
  pageLabel,
}: {
  locale: Locale;
  notice: NoticeDto;
  t: Translator<"notice">;
  issueTitle: string;
  pageLabel: string | null;
}) {
  const en = locale === "en";
  return (
    <dl className="mt-5 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {notice.otherTitlesEn.length ? <OtherTitles notice={notice} t={t} /> : null}
      <Row term={t("issuingBodies")}>
        {notice.issuers.map((issuer) => (
          <span key={issuer.code} className="block">
            {en ? (
              <>
                {issuer.nameEn} (<span lang={LANG_TAG.zh}>{issuer.nameZh}</span>)
              </>
            ) : (
              issuer.nameZh
            )}
          </span>
        ))}
      </Row>
      {notice.number ? (
        <Row term={t("number")}>
          {en ? `No. ${notice.number.number} of ${notice.number.year} ` : null}
          <span lang={LANG_TAG.zh} className={`nowrap ${en ? "text-muted" : ""}`}>
            {en ? `(${notice.number.text.zh})` : notice.number.text.zh}
          </span>
        </Row>
      ) : null}
      {notice.documentNumber ? (
        <Row term={t("documentNumber")}>
          <span lang={LANG_TAG.zh} className="nowrap">
            {notice.documentNumber.zh}
          </span>
          {en && notice.documentNumber.en ? ` (${notice.documentNumber.en})` : null}
        </Row>
      ) : null}
      {notice.signingDates.length ? (
        <Row term={t("signingDate")}>
          {notice.signingDates.map((d) => (
            <span key={d} className="mr-3">
              <DateText iso={d} locale={locale} />
            </span>
          ))}
        </Row>
      ) : null}
      {notice.sourceNote ? (
        <Row term={t("sourceNote")}>
          <span lang={LANG_TAG.zh}>{notice.sourceNote.zh}</span>
          {en && notice.sourceNote.en ? ` — ${notice.sourceNote.en}` : null}
        </Row>
      ) : null}
      {notice.attachments.length ? <Attachments locale={locale} notice={notice} term={t("attachments")} /> : null}
      <Row term={t("inIssue")}>
        <a href={issuePath(locale, notice.issue.slug)}>{issueTitle}</a>
        {pageLabel ? <span className="text-muted"> · {pageLabel}</span> : null}
      </Row>
    </dl>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/**
 * Why a notice shows two English titles (issue 14): the official one printed in the gazette's English
 * contents, and the ones it is also published or cited under (the 2013 plan: "Guideline of …" in the
 * gazette, "Outline of …" elsewhere), each with the translation file's note on where it comes from.
 */
function OtherTitles({ notice, t }: { notice: NoticeDto; t: Translator<"notice"> }) {
  return (
    <Row term={t("otherTitles")}>
      {notice.titleEn?.source === "official" ? <span className="block text-muted">{t("otherTitlesIntro")}</span> : null}
      {notice.otherTitlesEn.map((o) => (
        <span key={o.title} className="block" lang={LANG_TAG.en}>
          <q>{o.title}</q> <span className="text-muted">— {o.note}</span>
        </span>
      ))}
    </Row>
  );
}

function Attachments({ locale, notice, term }: { locale: Locale; notice: NoticeDto; term: string }) {
  return (
    <Row term={term}>
      {notice.attachments.map((a) => {
        const en = locale === "en" && a.title.en;
        const text = en ? a.title.en : a.title.zh;
        return (
          <span key={a.title.zh} className="block" lang={en ? LANG_TAG.en : LANG_TAG.zh}>
            {a.blockId ? <a href={`#${a.blockId}`}>{text}</a> : text}
          </span>
        );
      })}
    </Row>
  );
}
