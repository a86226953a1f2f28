import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LANG_TAG, type Locale } from "@/i18n/routing";
import type { NoticeDto, NoticeLink } from "@/lib/data/dto";
import type { View } from "@/lib/data/params";
import { SITE_URL } from "@/lib/data/site-url";
import { englishNumberDiscrepancy } from "@/lib/parse/english-contents";
import { messagesByLocale } from "@/messages/messages";
import { Badge } from "../badge";
import { Breadcrumb } from "../breadcrumb";
import { issuePath, noticePath } from "../format";
import { JsonLd } from "../json-ld";
import { BlockView, type NoticeLabels } from "./block-view";
import { fill, noticeCitation } from "./citation";
import { legislationJsonLd } from "./legislation-json-ld";
import { NoticeEnhancements } from "./notice-enhancements";
import { NoticeMeta } from "./notice-meta";
import { noticeTitle } from "./notice-title";
import { Outline, outlineEntries } from "./outline";

export function viewHref(locale: Locale, id: string, view: View): string {
  // The locale's own language is the default view, so its URL carries no query.
  return view === locale ? noticePath(locale, id) : `${noticePath(locale, id)}?view=${view}`;
}

type Props = { locale: Locale; notice: NoticeDto; view: View };

/** A notice page: breadcrumb, header (title, facts, reading mode, citation), outline, text, pager. */
export async function NoticeView({ locale, notice, view }: Props) {
  const messages = messagesByLocale(locale);
  const labels = messages.notice;
  const nav = await getTranslations({ locale, namespace: "nav" });
  const issueT = await getTranslations({ locale, namespace: "issue" });
  const path = noticePath(locale, notice.id);
  const citation = noticeCitation(notice, locale, messages.citation, fill);
  const issueTitle = issueT("title", { year: notice.issue.year, number: notice.issue.number });
  const title = noticeTitle(notice, locale);
  const outline = outlineEntries(notice.blocks, view, locale);
  // The parallel view needs the width for its two columns: its outline is a side column only on the
  // widest screens.
  const wide = view === "parallel" ? "2xl" : "lg";

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
      <NoticeHeader {...{ locale, notice, view, labels, citation, issueTitle }} pageLabel={notice.page ? issueT("page", { page: notice.page }) : null} />
      {outline.length ? (
        <Outline
          entries={outline}
          labels={labels}
          variant="details"
          className={`no-print mt-4 rounded border border-rule px-3 py-1 ${wide === "lg" ? "lg:hidden" : "2xl:hidden"}`}
        />
      ) : null}
      <div className={outline.length ? (wide === "lg" ? "lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-8" : "2xl:grid 2xl:grid-cols-[minmax(0,1fr)_15rem] 2xl:gap-8") : undefined}>
        <NoticeBody notice={notice} view={view} labels={labels} path={path} />
        {outline.length ? (
          <aside className={`no-print mt-6 hidden ${wide === "lg" ? "lg:block" : "2xl:block"}`}>
            <Outline entries={outline} labels={labels} variant="column" className="sticky top-4 max-h-[calc(100vh-2rem)] overflow-y-auto" />
          </aside>
        ) : null}
      </div>
      <nav aria-label={labels.pager} className="no-print mt-10 grid gap-3 border-t border-rule pt-5 sm:grid-cols-2">
        <PagerLink locale={locale} link={notice.prev} label={labels.previous} align="left" />
        <PagerLink locale={locale} link={notice.next} label={labels.next} align="right" />
      </nav>
      <NoticeEnhancements copiedLabel={labels.copied} />
    </article>
  );
}

function NoticeHeader({
  locale,
  notice,
  view,
  labels,
  citation,
  issueTitle,
  pageLabel,
}: Props & { labels: NoticeLabels; citation: string; issueTitle: string; pageLabel: string | null }) {
  const title = noticeTitle(notice, locale);
  // The official English contents can misstate the number (MIIT 2012年第64号 printed as "No. 64, 2011").
  const discrepancy =
    notice.titleEn?.source === "official" && notice.number ? englishNumberDiscrepancy(notice.titleEn.text, notice.number) : null;
  return (
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
      <NoticeMeta locale={locale} notice={notice} labels={labels} issueTitle={issueTitle} pageLabel={pageLabel} />
      <div className="no-print mt-5 flex flex-wrap items-center gap-3">
        <ReadingModes locale={locale} id={notice.id} view={view} labels={labels} />
        <button type="button" data-copy="cite" className="js-only rounded border border-rule px-3 py-1.5 text-sm hover:bg-panel">
          {labels.cite}
        </button>
      </div>
      <p className="mt-4 rounded bg-panel p-3 text-sm">
        <span className="font-semibold">{labels.citeAs}: </span>
        <span data-citation="">{citation}</span>
        <span className="print-only">
          {messagesByLocale(locale).citation.joiner}
          {SITE_URL}
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
function ReadingModes({ locale, id, view, labels }: { locale: Locale; id: string; view: View; labels: NoticeLabels }) {
  return (
    <nav aria-label={labels.readingMode}>
      <ul className="flex overflow-hidden rounded border border-rule text-sm">
        {(["zh", "en", "parallel"] as const).map((mode) => (
          <li key={mode} className="border-rule [&+&]:border-l">
            <a
              href={viewHref(locale, id, mode)}
              data-keep-hash=""
              aria-current={mode === view ? "page" : undefined}
              className={`block px-3 py-1.5 no-underline ${mode === view ? "bg-accent font-semibold text-paper" : "text-ink hover:bg-panel"}`}
            >
              {mode === "zh" ? labels.modeZh : mode === "en" ? labels.modeEn : labels.modeParallel}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NoticeBody({ notice, view, labels, path }: { notice: NoticeDto; view: View; labels: NoticeLabels; path: string }) {
  return (
    <section aria-label={labels.body} className="mt-6 min-w-0">
      {view !== "zh" ? (
        // Printed too: a printout must not read as if the whole English text were official (issue 14).
        <p className="mb-4 text-sm text-muted">
          {labels.englishColumn}: <Badge tone="archive">{labels.archiveTranslation}</Badge>
          <span className="print-only">{labels.printTranslation}</span>
        </p>
      ) : null}
      <p className="touch-only no-print mb-4 text-sm text-muted">{labels.touchHint}</p>
      {view === "parallel" ? (
        <div aria-hidden="true" className="no-print mb-2 hidden grid-cols-2 gap-x-8 pr-26 text-xs font-semibold text-muted md:grid">
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
          tablePaths={block.kind === "table" ? { csv: `${path}/tables/${block.id}.csv`, json: `${path}/tables/${block.id}.json` } : null}
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


