import type { ReactNode } from "react";
import { LANG_TAG } from "@/i18n/routing";
import type { BlockDto, SignatureBlockDto, TextBlockDto } from "@/lib/data/dto";
import type { View } from "@/lib/data/params";
import type { Messages } from "@/messages/en";
import { Badge } from "../badge";
import { fill } from "./citation";
import { RichText } from "./rich-text";
import { TableView } from "./table-view";

export type NoticeLabels = Messages["notice"];

/**
 * One permalinked block (id="p-N", the same N in every language and view). In the parallel view the
 * Chinese and English cells sit in one grid row, so they stay aligned block by block on wide screens
 * and interleave (Chinese, then English) on phones.
 */
export function BlockView({
  block,
  view,
  labels,
  tablePaths,
}: {
  block: BlockDto;
  view: View;
  labels: NoticeLabels;
  tablePaths: { csv: string; json: string } | null;
}) {
  const missingEn = !hasEnglish(block);
  const cells =
    block.kind === "table" ? (
      <TableView block={block} view={view} labels={labels} paths={tablePaths} />
    ) : view === "parallel" ? (
      <div className="grid gap-x-8 gap-y-2 md:grid-cols-2">
        <Cell lang="zh">{zhContent(block)}</Cell>
        {missingEn ? <Missing labels={labels} /> : <Cell lang="en">{enContent(block)}</Cell>}
      </div>
    ) : view === "en" && !missingEn ? (
      <Cell lang="en">{enContent(block)}</Cell>
    ) : (
      <>
        {view === "en" ? <Missing labels={labels} /> : null}
        <Cell lang="zh">{zhContent(block)}</Cell>
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
      <BlockActions id={block.id} labels={labels} />
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
function Missing({ labels }: { labels: NoticeLabels }) {
  return (
    <div data-cell="en" data-missing="" className="min-w-0 self-start">
      <Badge tone="warn">{labels.translationUnavailable}</Badge>
    </div>
  );
}

function zhContent(block: TextBlockDto | SignatureBlockDto): ReactNode {
  return block.kind === "signature" ? (
    <Signature lines={[...block.signers, ...(block.dateText ? [block.dateText] : [])]} />
  ) : (
    <TextContent block={block} text={block.text.zh} />
  );
}

function enContent(block: TextBlockDto | SignatureBlockDto): ReactNode {
  if (block.kind === "signature") return <Signature lines={(block.en ?? "").split("\n")} />;
  return <TextContent block={block} text={block.text.en ?? ""} />;
}

function TextContent({ block, text }: { block: TextBlockDto; text: string }) {
  if (block.kind === "heading") {
    const Tag = block.level <= 1 ? "h2" : block.level === 2 ? "h3" : "h4";
    const size = block.level <= 1 ? "text-xl" : block.level === 2 ? "text-lg" : "text-base";
    return (
      <Tag className={`whitespace-pre-line font-semibold ${size}`}>
        <RichText text={text} />
      </Tag>
    );
  }
  return (
    <p className={`leading-relaxed ${block.kind === "list-item" ? "pl-6 -indent-6" : ""}`}>
      <RichText text={text} />
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
function BlockActions({ id, labels }: { id: string; labels: NoticeLabels }) {
  const block = `¶${id.slice(2)}`;
  const button = "js-only inline-flex min-h-6 min-w-6 items-center justify-center rounded border border-rule px-1.5 text-muted hover:text-ink";
  return (
    // Beside the text from sm up (out of the flow, globals.css); under it on phones.
    <div
      role="toolbar"
      aria-label={fill(labels.actionsFor, { block })}
      className="block-actions no-print flex items-stretch justify-end gap-1 pt-0.5 text-center text-xs sm:flex-col sm:items-end sm:justify-start"
    >
      <a
        href={`#${id}`}
        className="inline-flex min-h-6 min-w-6 items-center justify-center rounded px-1.5 text-muted no-underline hover:text-accent"
        aria-label={fill(labels.linkTo, { block })}
      >
        {block}
      </a>
      <button type="button" tabIndex={-1} data-copy="link" aria-label={`${labels.copyLink} ${block}`} className={button}>
        {labels.copyLink}
      </button>
      <button type="button" tabIndex={-1} data-copy="cite" aria-label={`${labels.citeBlock} ${block}`} className={button}>
        {labels.citeBlock}
      </button>
    </div>
  );
}
