import Link from "next/link";
import type { ReactNode } from "react";

export type RecordColumn = {
  label: string;
  /** Present when the column sorts: the URL of this page sorted by it (the other direction if it already is). */
  sortHref?: string;
  sorted?: "ascending" | "descending";
  sortLabel?: string;
};

export type RecordRow = {
  /** Stable permalink target (#row-…): the same row keeps its id whatever the filter or sort. */
  id: string;
  /** What the instant filter matches the typed text against (all languages, folded by it). */
  filterText: string;
  cells: ReactNode[];
};

/** A server-rendered data table: sortable headers as links (no JS needed), a permalink per row. */
export function RecordsTable({ caption, columns, rows, rowLinkLabel }: { caption: string; columns: RecordColumn[]; rows: RecordRow[]; rowLinkLabel: string }) {
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="records w-full border-collapse text-sm" data-records-table="">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-8"><span className="sr-only">{rowLinkLabel}</span></th>
            {columns.map((c) => (
              <th key={c.label} scope="col" aria-sort={c.sorted} className="whitespace-nowrap border-b border-rule px-2 py-2 text-left font-semibold">
                {c.sortHref ? (
                  <Link href={c.sortHref} aria-label={c.sortLabel} className="no-underline hover:underline">
                    {c.label}
                    <span aria-hidden="true">{c.sorted === "ascending" ? " ▲" : c.sorted === "descending" ? " ▼" : ""}</span>
                  </Link>
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={row.id} data-filter={row.filterText} className="border-b border-rule target:bg-mark">
              <td className="px-1 py-2 align-top">
                <a href={`#${row.id}`} aria-label={rowLinkLabel} className="inline-block min-h-6 min-w-6 text-center text-muted no-underline hover:underline">
                  #
                </a>
              </td>
              {row.cells.map((cell, i) => (
                <td key={i} className="px-2 py-2 align-top">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Previous/next links of a paginated data page; nothing when everything fits on one page. */
export function Pager({ page, pages, href, labels }: { page: number; pages: number; href: (page: number) => string; labels: { previous: string; next: string; status: string } }) {
  if (pages <= 1) return null;
  return (
    <nav className="mt-4 flex items-center gap-4 text-sm" aria-label={labels.status}>
      {page > 1 ? <Link href={href(page - 1)} rel="prev">{labels.previous}</Link> : null}
      <span className="text-muted">{labels.status}</span>
      {page < pages ? <Link href={href(page + 1)} rel="next">{labels.next}</Link> : null}
    </nav>
  );
}
