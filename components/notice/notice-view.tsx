import { getTranslations } from "next-intl/server";
import { LANG_TAG, VIEWS, type Locale, type View } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { NoticeDto, NoticeLink } from "@/lib/data/dto";
import { siteUrl } from "@/lib/env";
import { homePath, issuePath, noticePath, noticeViewPath, tableFilePath } from "@/lib/routes";
import { Badge } from "@/components/badge";
import { Breadcrumb } from "@/components/breadcrumb";
import { JsonLd } from "@/components/json-ld";
import { BlockView } from "@/components/notice/block-view";
import { CitedBy } from "@/components/notice/cited-by";
import { noticeCitation } from "@/components/notice/citation";
import { legislationJsonLd } from "@/components/notice/legislation-json-ld";
import { NoticeEnhancements } from "@/components/notice/notice-enhancements";
import { NoticeMeta } from "@/components/notice/notice-meta";
import { noticeTitle } from "@/components/notice/notice-title";
import { Outline, outlineEntries } from "@/components/notice/outline";

type Props = { locale: Locale; notice: NoticeDto; view: View };

/** A notice page: breadcrumb, header (title, facts, reading mode, citation), outline, text, pager. */
export async function NoticeView({ locale, notice, view }: Props) {
  const t = await getTranslations({ locale, namespace: "notice" });
  const cite = await getTranslations({ locale, namespace: "citation" });
  const nav = await getTranslations({ locale, namespace: "nav" });
  const issueT = await getTranslations({ locale, namespace: "issue" });
  const path = noticePath(locale, notice.id);
  const citation = noticeCitation(notice, locale, cite);
  const issueTitle = issueT("title", { year: notice.issue.year, number: notice.issue.number });
  const title = noticeTitle(notice, locale, t);
  const outline = outlineEntries(notice.blocks, view, locale);
  // The parallel view needs the width for its two columns: its outline is a side column only on the
  // widest screens.
  const wide = view === "parallel" ? "2xl" : "lg";

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
      <NoticeHeader {...{ locale, notice, view, t, citation, issueTitle }} joiner={cite("joiner")} pageLabel={notice.page ? issueT("page", { page: notice.page }) : null} />
      {outline.length ? (
        <Outline
          entries={outline}
          t={t}
          variant="details"
          className={`no-print mt-4 rounded border border-rule px-3 py-1 ${wide === "lg" ? "lg:hidden" : "2xl:hidden"}`}
        />
      ) : null}
      <div className={outline.length ? (wide === "lg" ? "lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-8" : "2xl:grid 2xl:grid-cols-[minmax(0,1fr)_15rem] 2xl:gap-8") : undefined}>
        <NoticeBody locale={locale} notice={notice} view={view} t={t} cite={cite} />
        {outline.length ? (
          <aside className={`no-print mt-6 hidden ${wide === "lg" ? "lg:block" : "2xl:block"}`}>
            <Outline entries={outline} t={t} variant="column" className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto" />
          </aside>
        ) : null}
      </div>
      <CitedBy locale={locale} notice={notice} t={t} />
      <nav aria-label={t("pager")} className="no-print mt-10 grid gap-3 border-t border-rule pt-5 sm:grid-cols-2">
        <PagerLink locale={locale} link={notice.prev} label={t("previous")} align="left" />
        <PagerLink locale={locale} link={notice.next} label={t("next")} align="right" />
      </nav>
      <NoticeEnhancements copiedLabel={t("copied")} />
    </article>
  );
}

function NoticeHeader({
  locale,
  notice,
  view,
  t,
  citation,
  joiner,
  issueTitle,
  pageLabel,
}: Props & { t: Translator<"notice">; citation: string; joiner: string; issueTitle: string; pageLabel: string | null }) {
  const title = noticeTitle(notice, locale, t);
  // The official English contents can misstate the number (MIIT 2012年第64号 printed as "No. 64, 2011").
  const discrepancy = notice.officialNumberDiscrepancy;
  return (
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
      <NoticeMeta locale={locale} notice={notice} t={t} issueTitle={issueTitle} pageLabel={pageLabel} />
      <div className="no-print mt-5 flex flex-wrap items-center gap-3">
        <ReadingModes locale={locale} id={notice.id} view={view} t={t} />
        <button type="button" data-copy="cite" className="js-only rounded border border-rule px-3 py-1.5 text-sm hover:bg-panel">
          {t("cite")}
        </button>
      </div>
      <p className="mt-4 rounded bg-panel p-3 text-sm">
        <span className="font-semibold">{t("citeAs")}: </span>
        <span data-citation="">{citation}</span>
        <span className="print-only">
          {joiner}
          {siteUrl()}
          {noticePath(locale, notice.id)}
        </span>
      </p>
    </header>
  );
}

/**
 * Plain links (not next/link) so the page's client leaf can carry the live #p-N into them at click
 * time (data-keep-hash): switching the mode keeps the reader's place, as the language switch does.
 */
function ReadingModes({ locale, id, view, t }: { locale: Locale; id: string; view: View; t: Translator<"notice"> }) {
  return (
    <nav aria-label={t("readingMode")}>
      <ul className="flex overflow-hidden rounded border border-rule text-sm">
        {VIEWS.map((mode) => (
          <li key={mode} className="border-rule [&+&]:border-l">
            <a
              href={noticeViewPath(locale, id, mode)}
              data-keep-hash=""
              aria-current={mode === view ? "page" : undefined}
              className={`block px-3 py-1.5 no-underline ${mode === view ? "bg-accent font-semibold text-paper" : "text-ink hover:bg-panel"}`}
            >
              {mode === "zh" ? t("modeZh") : mode === "en" ? t("modeEn") : t("modeParallel")}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NoticeBody({ locale, notice, view, t, cite }: Props & { t: Translator<"notice">; cite: Translator<"citation"> }) {
  return (
    <section aria-label={t("body")} className="mt-6 min-w-0">
      {view !== "zh" ? (
        // Printed too: a printout must not read as if the whole English text were official (issue 14).
        <p className="mb-4 text-sm text-muted">
          {t("englishColumn")}: <Badge tone="archive">{t("archiveTranslation")}</Badge>
          <span className="print-only">{t("printTranslation")}</span>
        </p>
      ) : null}
      <p className="touch-only no-print mb-4 text-sm text-muted">{t("touchHint")}</p>
      {view === "parallel" ? (
        <div aria-hidden="true" className="no-print mb-2 hidden grid-cols-2 gap-x-8 pr-26 text-xs font-semibold text-muted md:grid">
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
          noticeHref={(id) => noticePath(locale, id)}
          tablePaths={
            block.kind === "table"
              ? { csv: tableFilePath(locale, notice.id, block.id, "csv"), json: tableFilePath(locale, notice.id, block.id, "json") }
              : null
          }
        />
      ))}
    </section>
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

function PagerLink({ locale, link, label, align }: { locale: Locale; link: NoticeLink | null; label: string; align: "left" | "right" }) {
  if (!link) return <span />;
  const text = locale === "en" && link.titleEn ? link.titleEn : link.titleZh;
  return (
    <a
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
    </a>
  );
}


