import { LANG_TAG, type View } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { CellDto, TableBlockDto } from "@/lib/data/dto";
import { rowAnchor } from "@/lib/routes";
import { Badge } from "@/components/badge";

/**
 * A real <table> (the 51 standards, the ammonia energy limits, the glossary), scrolling sideways
 * inside its own focusable region on narrow screens instead of widening the page. In the parallel
 * view each cell carries both languages, so rows stay aligned by construction.
 */
export function TableView({
  block,
  view,
  t,
  paths,
}: {
  block: TableBlockDto;
  view: View;
  t: Translator<"notice">;
  paths: { csv: string; json: string } | null;
}) {
  const missing = [block.header, ...block.rows].some((row) => row.some((c) => c.zh !== "" && c.en === null));
  const caption = block.caption ? (
    <CellText cell={block.caption} view={view} />
  ) : (
    `${t("table")} ¶${block.n}`
  );
  return (
    <div data-cell="table">
      {view !== "zh" && missing ? (
        <p className="mb-1">
          <Badge tone="warn">{t("translationUnavailable")}</Badge>
        </p>
      ) : null}
      <div
        className="table-scroll overflow-x-auto rounded border border-rule"
        role="region"
        aria-label={block.caption?.zh ?? `${t("table")} ¶${block.n}`}
        tabIndex={0}
      >
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
          <thead className="bg-panel">
            <tr>
              {block.header.map((cell, i) => (
                <th key={i} scope="col" className="border-b border-rule px-3 py-2 text-left align-bottom font-semibold">
                  <CellText cell={cell} view={view} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r} id={rowAnchor(block.id, r + 1)} className="border-b border-rule last:border-b-0">
                {row.map((cell, c) => (
                  <td key={c} className="px-3 py-1.5 align-top">
                    <CellText cell={cell} view={view} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {paths ? (
        <p className="no-print mt-1 flex gap-3 text-xs">
          <span className="text-muted">{t("download", { block: `¶${block.n}` })}:</span>
          <a href={paths.csv} download>
            CSV
          </a>
          <a href={paths.json} download>
            JSON
          </a>
        </p>
      ) : null}
    </div>
  );
}

function CellText({ cell, view }: { cell: CellDto; view: View }) {
  // Codes and dates (SB/T 10850—2012, 2013年7月1日) are unreadable broken over two lines; the table
  // scrolls sideways instead.
  const short = (text: string) => (text.length <= 18 ? "whitespace-nowrap" : undefined);
  if (view === "zh" || cell.en === null) {
    return (
      <span lang={LANG_TAG.zh} className={short(cell.zh)}>
        {cell.zh}
      </span>
    );
  }
  if (view === "en")
    return (
      <span lang={LANG_TAG.en} className={short(cell.en)}>
        {cell.en}
      </span>
    );
  return (
    <>
      <span lang={LANG_TAG.zh} className="block">
        {cell.zh}
      </span>
      <span lang={LANG_TAG.en} className="block text-muted">
        {cell.en}
      </span>
    </>
  );
}
