import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANG_TAG, VIEWS, type Locale, type View } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { NoticeDto, NoticeLink } from "@/lib/data/dto";
import { siteUrl } from "@/lib/env";
import { Badge } from "../badge";
import { Breadcrumb } from "../breadcrumb";
import { homePath, issuePath, noticePath, noticeViewPath, tableFilePath } from "@/lib/routes";
import { formatDate } from "../format";
import { JsonLd } from "../json-ld";
import { BlockView } from "./block-view";
import { noticeCitation } from "./citation";
import { CopyActions } from "./copy-actions";

export async function NoticeView({ locale, notice, view }: { locale: Locale; notice: NoticeDto; view: View }) {
  const t = await getTranslations({ locale, namespace: "notice" });
  const cite = await getTranslations({ locale, namespace: "citation" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const issueT = await getTranslations({ locale, namespace: "issue" });
  const path = noticePath(locale, notice.id);
  const citation = noticeCitation(notice, locale, cite);
  const issueTitle = issueT("title", { year: notice.issue.year, number: notice.issue.number });
  const title = noticeTitle(notice, locale, t);
  // The official English contents can misstate the number (MIIT 2012年第64号 printed as "No. 64, 2011").
  const discrepancy = notice.officialNumberDiscrepancy;

  return (
    <article
      data-cite={citation}
      data-joiner={cite("joiner")}
      data-path={path}
      data-view={view}
    >
      <JsonLd data={legislationJsonLd(notice, locale)} />
      <Breadcrumb
        label={nav("breadcrumb")}
        items={[
          { href: homePath(locale), label: nav("archive") },
          { href: issuePath(locale, notice.issue.slug), label: issueTitle },
          { label: title.text, lang: title.lang },
        ]}
      />

      <header className="mt-4 border-b border-rule pb-5">
        <p className="text-sm text-muted">{t(notice.kind)}</p>
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
                <Badge tone="official">{t("official")}</Badge>
              </>
            ) : null}
          </p>
        ) : null}

        {discrepancy ? (
          <p role="note" className="mt-3 rounded border border-rule bg-panel px-3 py-2 text-sm">
            {t("officialNumberDiscrepancy", {
              printed: discrepancy.printed,
              number: notice.number?.number ?? "",
              year: notice.number?.year ?? "",
            })}
          </p>
        ) : null}

        <dl className="mt-5 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-muted">{t("issuingBodies")}</dt>
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
              <dt className="text-muted">{t("number")}</dt>
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
              <dt className="text-muted">{t("documentNumber")}</dt>
              <dd>
                <span lang={LANG_TAG.zh}>{notice.documentNumber.zh}</span>
                {locale === "en" && notice.documentNumber.en ? ` (${notice.documentNumber.en})` : null}
              </dd>
            </>
          ) : null}
          {notice.signingDates.length ? (
            <>
              <dt className="text-muted">{t("signingDate")}</dt>
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
              <dt className="text-muted">{t("sourceNote")}</dt>
              <dd>
                <span lang={LANG_TAG.zh}>{notice.sourceNote.zh}</span>
                {locale === "en" && notice.sourceNote.en ? ` — ${notice.sourceNote.en}` : null}
              </dd>
            </>
          ) : null}
          {notice.attachments.length ? (
            <>
              <dt className="text-muted">{t("attachments")}</dt>
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
          <dt className="text-muted">{t("inIssue")}</dt>
          <dd>
            <Link href={issuePath(locale, notice.issue.slug)}>{issueTitle}</Link>
            {notice.page ? <span className="text-muted"> · {issueT("page", { page: notice.page })}</span> : null}
          </dd>
        </dl>

        <div className="no-print mt-5 flex flex-wrap items-center gap-3">
          <nav aria-label={t("readingMode")}>
            <ul className="flex overflow-hidden rounded border border-rule text-sm">
              {VIEWS.map((mode) => (
                <li key={mode} className="border-rule [&+&]:border-l">
                  <Link
                    href={noticeViewPath(locale, notice.id, mode)}
                    aria-current={mode === view ? "page" : undefined}
                    lang={mode === "zh" ? LANG_TAG.zh : mode === "en" ? LANG_TAG.en : undefined}
                    className={`block px-3 py-1.5 no-underline ${mode === view ? "bg-accent font-semibold text-paper" : "text-ink hover:bg-panel"}`}
                  >
                    {mode === "zh" ? t("modeZh") : mode === "en" ? t("modeEn") : t("modeParallel")}
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
            {t("cite")}
          </button>
        </div>
        <p className="mt-4 rounded bg-panel p-3 text-sm">
          <span className="font-semibold">{t("citeAs")}: </span>
          <span data-citation="">{citation}</span>
          <span className="print-only">
            {cite("joiner")}
            {siteUrl()}
            {path}
          </span>
        </p>
      </header>

      <section aria-label={t("body")} className="mt-6">
        {view !== "zh" ? (
          <p className="no-print mb-4 text-sm text-muted">
            {t("englishColumn")}: <Badge tone="archive">{t("archiveTranslation")}</Badge>
          </p>
        ) : null}
        {view === "parallel" ? (
          <div aria-hidden="true" className="no-print mb-2 hidden grid-cols-2 gap-x-8 pr-28 text-xs font-semibold text-muted md:grid">
            <span>{t("chineseColumn")}</span>
            <span>{t("englishColumn")}</span>
          </div>
        ) : null}
        <DocumentHead notice={notice} view={view} />
        {notice.blocks.map((block) => (
          <BlockView
            key={block.id}
            block={block}
            view={view}
            t={t}
            citeBlock={cite("block", { n: block.n })}
            tablePaths={
              block.kind === "table"
                ? { csv: tableFilePath(locale, notice.id, block.id, "csv"), json: tableFilePath(locale, notice.id, block.id, "json") }
                : null
            }
          />
        ))}
      </section>

      <nav aria-label={t("pager")} className="no-print mt-10 grid gap-3 border-t border-rule pt-5 sm:grid-cols-2">
        <PagerLink locale={locale} link={notice.prev} label={t("previous")} align="left" />
        <PagerLink locale={locale} link={notice.next} label={t("next")} align="right" />
      </nav>
      <CopyActions copiedLabel={t("copied")} />
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

function noticeTitle(notice: NoticeDto, locale: Locale, t: Translator<"notice">): Title {
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
      badgeText: official ? t("official") : t("archiveTranslation"),
      secondary: { text: notice.titleZh, lang: LANG_TAG.zh, official: false },
    };
  }
  return {
    text: notice.titleZh,
    lang: LANG_TAG.zh,
    badge: "warn",
    badgeText: t("translationUnavailable"),
    secondary: null,
  };
}

function legislationJsonLd(notice: NoticeDto, locale: Locale): Record<string, unknown> {
  const origin = siteUrl();
  const url = `${origin}${noticePath(locale, notice.id)}`;
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
      url: `${origin}${issuePath(locale, notice.issue.slug)}`,
      isPartOf: {
        "@type": "Periodical",
        name: "中国对外经济贸易文告",
        alternateName: "China Foreign Trade and Economic Cooperation Gazette",
        publisher: { "@type": "GovernmentOrganization", name: "中华人民共和国商务部" },
      },
    },
  };
}
