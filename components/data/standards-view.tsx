import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import { isStaticExport } from "@/lib/export/mode";
import { blockPath, recordsPagePath, recordsPath } from "@/lib/routes";
import { RECORDS_PAGE_SIZE, recordsQuery, type StandardsParams } from "@/lib/data/record-params";
import type { StandardRow } from "@/lib/data/records";
import { Pager, RecordsTable, type RecordColumn } from "@/components/data/records-table";
import { FilterForm, RecordsSummary, TextField } from "@/components/data/records-filter";

export const standardsPath = (locale: Locale, query = "") => recordsPath(locale, "standards", query);

const rowId = (r: StandardRow) => `row-${r.key}`;

/** /{locale}/standards: the filter form, the table (sortable, row permalinks), downloads, pager. */
export async function StandardsView({ locale, params, rows }: { locale: Locale; params: StandardsParams; rows: StandardRow[] }) {
  const t = await getTranslations({ locale, namespace: "records" });
  const filter = { q: params.q, prefix: params.prefix, from: params.from, to: params.to };
  const pages = Math.max(1, Math.ceil(rows.length / RECORDS_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const shown = rows.slice((page - 1) * RECORDS_PAGE_SIZE, page * RECORDS_PAGE_SIZE);
  const sortHref = (key: NonNullable<StandardsParams["sort"]>) =>
    standardsPath(locale, recordsQuery({ ...filter, sort: key, dir: params.sort === key && params.dir !== "desc" ? "desc" : "asc" }));
  const column = (key: NonNullable<StandardsParams["sort"]>, label: string): RecordColumn => ({
    label,
    // A static host cannot sort: the export shows the column labels without links.
    sortHref: isStaticExport ? undefined : sortHref(key),
    sortLabel: t("sortBy", { column: label }),
    sorted: params.sort === key ? (params.dir === "desc" ? "descending" : "ascending") : undefined,
  });
  const columns = [column("code", t("standards.code")), column("name", t("standards.name")), column("effective", t("standards.effective")), column("notice", t("notice"))];
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("standards.title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("standards.intro")}</p>
      <FilterForm action={standardsPath(locale)} legend={t("filter")} apply={t("apply")} reset={t("reset")}>
        <TextField id="records-q" name="q" label={t("text")} hint={t("standards.textHint")} value={params.q} />
        {/* The server filters by these; a static host cannot, so the export offers only the text filter. */}
        {isStaticExport ? null : (
          <>
            <TextField id="records-prefix" name="prefix" label={t("standards.prefix")} hint={t("standards.prefixHint")} value={params.prefix} />
            <TextField id="records-from" name="from" type="date" label={t("standards.from")} value={params.from} />
            <TextField id="records-to" name="to" type="date" label={t("standards.to")} value={params.to} />
          </>
        )}
      </FilterForm>
      <RecordsSummary locale={locale} sheet="standards" query={recordsQuery(filter)} shown={shown.length} total={rows.length} />
      <RecordsTable
        caption={t("standards.title")}
        columns={columns}
        rowLinkLabel={t("row")}
        rows={shown.map((r) => ({
          id: rowId(r),
          filterText: `${r.code} ${r.codeNormalized} ${r.nameZh} ${r.nameEn ?? ""}`,
          cells: [
            <span key="code" className="whitespace-nowrap">{r.code}</span>,
            <>
              <span lang={LANG_TAG.zh}>{r.nameZh}</span>
              {locale === "en" ? <span className="block text-muted" lang={r.nameEn ? LANG_TAG.en : undefined}>{r.nameEn ?? t("untranslated")}</span> : null}
            </>,
            <time key="date" dateTime={r.effectiveDate} className="whitespace-nowrap">{formatDate(r.effectiveDate, locale)}</time>,
            <Link key="notice" href={blockPath(locale, r.notice.id, r.blockId)} lang={locale === "en" && r.notice.titleEn ? LANG_TAG.en : LANG_TAG.zh}>
              {locale === "en" && r.notice.titleEn ? r.notice.titleEn : r.notice.titleZh}
            </Link>,
          ],
        }))}
      />
      <Pager
        page={page}
        pages={pages}
        href={(p) => recordsPagePath(locale, "standards", p, recordsQuery({ ...filter, sort: params.sort, dir: params.dir, page: p }))}
        labels={{ previous: t("previous"), next: t("next"), status: t("page", { page, pages }) }}
      />
    </>
  );
}
