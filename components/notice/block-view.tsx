import type { ReactNode } from "react";
import { LANG_TAG, type View } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { BlockDto, SignatureBlockDto, TextBlockDto } from "@/lib/data/dto";
import { Badge } from "@/components/badge";
import { RichText, type TextLink } from "@/components/notice/rich-text";
import { TableView } from "@/components/notice/table-view";

/**
 * One permalinked block (id="p-N", the same N in every language and view). In the parallel view the
 * Chinese and English cells sit in one grid row, so they stay aligned block by block on wide screens
 * and interleave (Chinese, then English) on phones.
 */
export function BlockView({
  block,
  view,
  t,
  citeBlock,
  tablePaths,
  noticeHref,
}: {
  block: BlockDto;
  view: View;
  t: Translator<"notice">;
  /** The URL of a cited notice in the reader's locale (citations in the text link there). */
  noticeHref: (id: string) => string;
  /** This block's part of a citation ("para. 3"), copied by its Cite button. */
  citeBlock: string;
  tablePaths: { csv: string; json: string } | null;
}) {
  const missingEn = !hasEnglish(block);
  const cells =
    block.kind === "table" ? (
      <TableView block={block} view={view} t={t} paths={tablePaths} />
    ) : view === "parallel" ? (
      <div className="grid gap-x-8 gap-y-2 md:grid-cols-2">
        <Cell lang="zh">{zhContent(block, noticeHref)}</Cell>
        {missingEn ? <Missing t={t} /> : <Cell lang="en">{enContent(block)}</Cell>}
      </div>
    ) : view === "en" && !missingEn ? (
      <Cell lang="en">{enContent(block)}</Cell>
    ) : (
      <>
        {view === "en" ? <Missing t={t} /> : null}
        <Cell lang="zh">{zhContent(block, noticeHref)}</Cell>
      </>
    );

  return (
    <div
      id={block.id}
      data-block={block.kind}
      data-missing-en={missingEn ? "" : undefined}
      className={`permalink-block rounded-sm ${spacing(block)}`}
    >
      <div className="min-w-0">{cells}</div>
      <BlockActions id={block.id} n={block.n} t={t} citeBlock={citeBlock} />
    </div>
  );
}

function hasEnglish(block: BlockDto): boolean {
  switch (block.kind) {
    case "signature":
      return block.en !== null;
    case "table":
      return [block.header, ...block.rows].every((row) => row.every((cell) => cell.zh === "" || cell.en !== null));
    default:
      return block.text.en !== null;
  }
}

function spacing(block: BlockDto): string {
  if (block.kind === "heading") return block.level === 1 ? "mt-8 mb-3" : "mt-6 mb-2";
  if (block.kind === "signature") return "mt-6 mb-4";
  return "my-3";
}

function Cell({ lang, children }: { lang: "zh" | "en"; children: ReactNode }) {
  return (
    <div data-cell={lang} lang={LANG_TAG[lang]} className="min-w-0">
      {children}
    </div>
  );
}

/** Visible, per block: the English for this block does not exist yet. Never a blank cell. */
function Missing({ t }: { t: Translator<"notice"> }) {
  return (
    <div data-cell="en" data-missing="" className="min-w-0 self-start">
      <Badge tone="warn">{t("translationUnavailable")}</Badge>
    </div>
  );
}

function zhContent(block: TextBlockDto | SignatureBlockDto, noticeHref: (id: string) => string): ReactNode {
  return block.kind === "signature" ? (
    <Signature lines={[...block.signers, ...(block.dateText ? [block.dateText] : [])]} />
  ) : (
    <TextContent block={block} text={block.text.zh} links={block.links.map((l) => ({ printed: l.printed, href: l.noticeId ? noticeHref(l.noticeId) : null }))} />
  );
}

function enContent(block: TextBlockDto | SignatureBlockDto): ReactNode {
  if (block.kind === "signature") return <Signature lines={(block.en ?? "").split("\n")} />;
  return <TextContent block={block} text={block.text.en ?? ""} />;
}

function TextContent({ block, text, links }: { block: TextBlockDto; text: string; links?: TextLink[] }) {
  if (block.kind === "heading") {
    const Tag = block.level <= 1 ? "h2" : block.level === 2 ? "h3" : "h4";
    const size = block.level <= 1 ? "text-xl" : block.level === 2 ? "text-lg" : "text-base";
    return (
      <Tag className={`whitespace-pre-line font-semibold ${size}`}>
        <RichText text={text} links={links} />
      </Tag>
    );
  }
  return (
    <p className={`leading-relaxed ${block.kind === "list-item" ? "pl-6 -indent-6" : ""}`}>
      <RichText text={text} links={links} />
    </p>
  );
}

function Signature({ lines }: { lines: string[] }) {
  return (
    <p className="text-right leading-relaxed">
      {lines.map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </p>
  );
}

/**
 * One tab stop per block (issue 14: keyboard users met three): the ¶N permalink. Copy link and Cite
 * sit in the same toolbar with tabindex -1 and are reached with the arrow keys from ¶N
 * (notice-enhancements.tsx, the WAI-ARIA toolbar pattern); without JS they are hidden anyway.
 */
function BlockActions({ id, n, t, citeBlock }: { id: string; n: number; t: Translator<"notice">; citeBlock: string }) {
  const block = `¶${n}`;
  const button = "js-only inline-flex min-h-6 min-w-6 items-center justify-center rounded border border-rule px-1.5 text-muted hover:text-ink";
  return (
    // Beside the text from sm up (out of the flow, globals.css); under it on phones.
    <div
      role="toolbar"
      aria-label={t("actionsFor", { block })}
      className="block-actions no-print flex items-stretch justify-end gap-1 pt-0.5 text-center text-xs sm:flex-col sm:items-end sm:justify-start"
    >
      <a
        href={`#${id}`}
        className="inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1.5 text-muted no-underline hover:text-accent"
        aria-label={t("linkTo", { block })}
      >
        {block}
      </a>
      <button type="button" tabIndex={-1} data-copy="link" aria-label={`${t("copyLink")} ${block}`} className={button}>
        {t("copyLink")}
      </button>
      <button
        type="button"
        tabIndex={-1}
        data-copy="cite"
        data-cite-block={citeBlock}
        aria-label={`${t("citeBlock")} ${block}`}
        className={button}
      >
        {t("citeBlock")}
      </button>
    </div>
  );
}
