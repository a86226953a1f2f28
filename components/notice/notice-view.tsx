import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANG_TAG, type Locale } from "@/i18n/routing";
import type { NoticeDto, NoticeLink } from "@/lib/data/dto";
import type { View } from "@/lib/data/params";
import { SITE_URL } from "@/lib/data/site-url";
import { isStaticExport } from "@/lib/export/mode";
import { englishNumberDiscrepancy } from "@/lib/parse/english-contents";
import { messagesByLocale } from "@/messages/messages";
import { Badge } from "../badge";
import { Breadcrumb } from "../breadcrumb";
import { formatDate, issuePath, noticePath, noticeViewPath } from "../format";
import { JsonLd } from "../json-ld";
import { BlockView } from "./block-view";
import { fill, noticeCitation } from "./citation";
import { CopyActions } from "./copy-actions";

export function viewHref(locale: Locale, id: string, view: View): string {
  // The locale's own language is the default view, so its URL carries no query.
  if (view === locale) return noticePath(locale, id);
  // A static host cannot rewrite ?view= to the page that holds the mode: link to that page itself.
  return isStaticExport ? noticeViewPath(locale, id, view) : `${noticePath(locale, id)}?view=${view}`;
}

export async function NoticeView({ locale, notice, view }: { locale: Locale; notice: NoticeDto; view: View }) {
  const messages = messagesByLocale(locale);
  const labels = messages.notice;
  const nav = await getTranslations({ locale, namespace: "nav" });
  const issueT = await getTranslations({ locale, namespace: "issue" });
  const path = noticePath(locale, notice.id);
  const citation = noticeCitation(notice, locale, messages.citation, fill);
  const issueTitle = issueT("title", { year: notice.issue.year, number: notice.issue.number });
  const title = noticeTitle(notice, locale);
  // The official English contents can misstate the number (MIIT 2012年第64号 printed as "No. 64, 2011").
  const discrepancy =
    notice.titleEn?.source === "official" && notice.number ? englishNumberDiscrepancy(notice.titleEn.text, notice.number) : null;

  return (
    <article
      data-cite={citation}
      data-cite-block={messages.citation.block}
      data-joiner={messages.citation.joiner}
      data-path={path}
      data-view={view}
    >
      <JsonLd data={legislationJsonLd(notice, locale)} />
      <Breadcrumb
        label={nav("breadcrumb")}
        items={[
          { href: `/${locale}`, label: nav("archive") },
          { href: issuePath(locale, notice.issue.slug), label: issueTitle },
          { label: title.text, lang: title.lang },
        ]}
      />

      <header className="mt-4 border-b border-rule pb-5">
        <p className="text-sm text-muted">{labels[notice.kind]}</p>
        <h1 className="mt-1 text-2xl font-bold leading-snug sm:text-3xl">
          <span lang={title.lang}>{title.text}</span>{" "}
          {title.badge ? <Badge tone={title.badge === "warn" ? "warn" : "official"}>{title.badgeText}</Badge> : null}
        </h1>
        {title.secondary ? (
          <p lang={title.secondary.lang} className="mt-2 text-muted">
            {title.secondary.text}
            {title.secondary.official ? (
              <>
                {" "}
                <Badge tone="official">{labels.official}</Badge>
              </>
            ) : null}
          </p>
        ) : null}

        {discrepancy ? (
          <p role="note" className="mt-3 rounded border border-rule bg-panel px-3 py-2 text-sm">
            {fill(labels.officialNumberDiscrepancy, {
              printed: discrepancy.printed,
              number: notice.number?.number ?? "",
              year: notice.number?.year ?? "",
            })}
          </p>
        ) : null}

        <dl className="mt-5 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-muted">{labels.issuingBodies}</dt>
          <dd>
            {notice.issuers.map((issuer) => (
              <span key={issuer.code} className="block">
                {locale === "en" ? (
                  <>
                    {issuer.nameEn} (<span lang={LANG_TAG.zh}>{issuer.nameZh}</span>)
                  </>
                ) : (
                  issuer.nameZh
                )}
              </span>
            ))}
          </dd>
          {notice.number ? (
            <>
              <dt className="text-muted">{labels.number}</dt>
              <dd>
                {locale === "en" ? `No. ${notice.number.number} of ${notice.number.year} ` : null}
                <span lang={LANG_TAG.zh} className={locale === "en" ? "text-muted" : undefined}>
                  {locale === "en" ? `(${notice.number.text.zh})` : notice.number.text.zh}
                </span>
              </dd>
            </>
          ) : null}
          {notice.documentNumber ? (
            <>
              <dt className="text-muted">{labels.documentNumber}</dt>
              <dd>
                <span lang={LANG_TAG.zh}>{notice.documentNumber.zh}</span>
                {locale === "en" && notice.documentNumber.en ? ` (${notice.documentNumber.en})` : null}
              </dd>
            </>
          ) : null}
          {notice.signingDates.length ? (
            <>
              <dt className="text-muted">{labels.signingDate}</dt>
              <dd>
                {notice.signingDates.map((d) => (
                  <time key={d} dateTime={d} className="mr-3">
                    {formatDate(d, locale)}
                  </time>
                ))}
              </dd>
            </>
          ) : null}
          {notice.sourceNote ? (
            <>
              <dt className="text-muted">{labels.sourceNote}</dt>
              <dd>
                <span lang={LANG_TAG.zh}>{notice.sourceNote.zh}</span>
                {locale === "en" && notice.sourceNote.en ? ` — ${notice.sourceNote.en}` : null}
              </dd>
            </>
          ) : null}
          {notice.attachments.length ? (
            <>
              <dt className="text-muted">{labels.attachments}</dt>
              <dd>
                {notice.attachments.map((a) => {
                  const text = locale === "en" && a.title.en ? a.title.en : a.title.zh;
                  const lang = locale === "en" && a.title.en ? LANG_TAG.en : LANG_TAG.zh;
                  return (
                    <span key={a.title.zh} className="block" lang={lang}>
                      {a.blockId ? <a href={`#${a.blockId}`}>{text}</a> : text}
                    </span>
                  );
                })}
              </dd>
            </>
          ) : null}
          <dt className="text-muted">{labels.inIssue}</dt>
          <dd>
            <Link href={issuePath(locale, notice.issue.slug)}>{issueTitle}</Link>
            {notice.page ? <span className="text-muted"> · {issueT("page", { page: notice.page })}</span> : null}
          </dd>
        </dl>

        <div className="no-print mt-5 flex flex-wrap items-center gap-3">
          <nav aria-label={labels.readingMode}>
            <ul className="flex overflow-hidden rounded border border-rule text-sm">
              {(["zh", "en", "parallel"] as const).map((mode) => (
                <li key={mode} className="border-rule [&+&]:border-l">
                  <Link
                    href={viewHref(locale, notice.id, mode)}
                    aria-current={mode === view ? "page" : undefined}
                    lang={mode === "zh" ? LANG_TAG.zh : mode === "en" ? LANG_TAG.en : undefined}
                    className={`block px-3 py-1.5 no-underline ${mode === view ? "bg-accent font-semibold text-paper" : "text-ink hover:bg-panel"}`}
                  >
                    {mode === "zh" ? labels.modeZh : mode === "en" ? labels.modeEn : labels.modeParallel}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <button
            type="button"
            data-copy="cite"
            className="js-only rounded border border-rule px-3 py-1.5 text-sm hover:bg-panel"
          >
            {labels.cite}
          </button>
        </div>
        <p className="mt-4 rounded bg-panel p-3 text-sm">
          <span className="font-semibold">{labels.citeAs}: </span>
          <span data-citation="">{citation}</span>
          <span className="print-only">
            {messages.citation.joiner}
            {SITE_URL}
            {path}
          </span>
        </p>
      </header>

      <section aria-label={labels.body} className="mt-6">
        {view !== "zh" ? (
          <p className="no-print mb-4 text-sm text-muted">
            {labels.englishColumn}: <Badge tone="archive">{labels.archiveTranslation}</Badge>
          </p>
        ) : null}
        {view === "parallel" ? (
          <div aria-hidden="true" className="no-print mb-2 hidden grid-cols-2 gap-x-8 pr-28 text-xs font-semibold text-muted md:grid">
            <span>{labels.chineseColumn}</span>
            <span>{labels.englishColumn}</span>
          </div>
        ) : null}
        <DocumentHead notice={notice} view={view} />
        {notice.blocks.map((block) => (
          <BlockView
            key={block.id}
            block={block}
            view={view}
            labels={labels}
            locale={locale}
            tablePaths={
              block.kind === "table"
                ? { csv: `${path}/tables/${block.id}.csv`, json: `${path}/tables/${block.id}.json` }
                : null
            }
          />
        ))}
      </section>

      <nav aria-label={labels.pager} className="no-print mt-10 grid gap-3 border-t border-rule pt-5 sm:grid-cols-2">
        <PagerLink locale={locale} link={notice.prev} label={labels.previous} align="left" />
        <PagerLink locale={locale} link={notice.next} label={labels.next} align="right" />
      </nav>
      <CopyActions copiedLabel={labels.copied} />
    </article>
  );
}

/** The printed document's own header lines (issuer, number, subject), centred as in the gazette. */
function DocumentHead({ notice, view }: { notice: NoticeDto; view: View }) {
  const lines = [notice.headerText, notice.number?.text, notice.documentNumber, notice.subject].filter(
    (line) => line !== undefined && line !== null,
  );
  return (
    <div className="mb-6 text-center" lang={LANG_TAG.zh}>
      {lines.map((line, i) => (
        <p key={i} className={i === 0 ? "text-lg font-semibold text-accent" : "mt-1"}>
          {line.zh}
          {view !== "zh" && line.en ? (
            <span lang={LANG_TAG.en} className="block text-sm text-muted">
              {line.en}
            </span>
          ) : null}
        </p>
      ))}
    </div>
  );
}

function PagerLink({
  locale,
  link,
  label,
  align,
}: {
  locale: Locale;
  link: NoticeLink | null;
  label: string;
  align: "left" | "right";
}) {
  if (!link) return <span />;
  const text = locale === "en" && link.titleEn ? link.titleEn : link.titleZh;
  return (
    <Link
      href={noticePath(locale, link.id)}
      rel={align === "left" ? "prev" : "next"}
      className={`block rounded border border-rule p-3 no-underline hover:bg-panel ${align === "right" ? "sm:text-right" : ""}`}
    >
      <span className="block text-xs text-muted">
        {align === "left" ? "← " : ""}
        {label}
        {align === "right" ? " →" : ""}
      </span>
      <span lang={locale === "en" && link.titleEn ? LANG_TAG.en : LANG_TAG.zh} className="mt-1 block text-sm">
        {text}
      </span>
    </Link>
  );
}

type Title = {
  text: string;
  lang: string;
  badge: "official" | "warn" | null;
  badgeText: string;
  secondary: { text: string; lang: string; official: boolean } | null;
};

function noticeTitle(notice: NoticeDto, locale: Locale): Title {
  const labels = messagesByLocale(locale).notice;
  if (locale === "zh") {
    return {
      text: notice.titleZh,
      lang: LANG_TAG.zh,
      badge: null,
      badgeText: "",
      secondary: notice.titleEn
        ? { text: notice.titleEn.text, lang: LANG_TAG.en, official: notice.titleEn.source === "official" }
        : null,
    };
  }
  if (notice.titleEn) {
    const official = notice.titleEn.source === "official";
    return {
      text: notice.titleEn.text,
      lang: LANG_TAG.en,
      badge: "official",
      badgeText: official ? labels.official : labels.archiveTranslation,
      secondary: { text: notice.titleZh, lang: LANG_TAG.zh, official: false },
    };
  }
  return {
    text: notice.titleZh,
    lang: LANG_TAG.zh,
    badge: "warn",
    badgeText: labels.translationUnavailable,
    secondary: null,
  };
}

function legislationJsonLd(notice: NoticeDto, locale: Locale): Record<string, unknown> {
  const url = `${SITE_URL}${noticePath(locale, notice.id)}`;
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    "@id": url,
    url,
    name: notice.titleZh,
    ...(notice.titleEn ? { alternateName: notice.titleEn.text } : {}),
    legislationIdentifier: notice.documentNumber?.zh ?? notice.number?.text.zh ?? notice.id,
    legislationType: notice.kind === "announcement" ? "公告 (Announcement)" : "通知 (Circular)",
    ...(notice.signingDates[0] ? { legislationDate: notice.signingDates[0] } : {}),
    datePublished: notice.issue.publishedOn,
    inLanguage: "zh-Hans",
    legislationJurisdiction: "CN",
    legislationPassedBy: notice.issuers.map((i) => ({
      "@type": "GovernmentOrganization",
      name: i.nameZh,
      alternateName: i.nameEn,
    })),
    isPartOf: {
      "@type": "PublicationIssue",
      issueNumber: String(notice.issue.number),
      datePublished: notice.issue.publishedOn,
      url: `${SITE_URL}${issuePath(locale, notice.issue.slug)}`,
      isPartOf: {
        "@type": "Periodical",
        name: "中国对外经济贸易文告",
        alternateName: "China Foreign Trade and Economic Cooperation Gazette",
        publisher: { "@type": "GovernmentOrganization", name: "中华人民共和国商务部" },
      },
    },
  };
}
