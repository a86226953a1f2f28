import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDate } from "@/components/format";
import { LANG_TAG, type Locale } from "@/i18n/locales";
import { isStaticExport } from "@/lib/export/mode";
import { blockPath, recordsPagePath, recordsPath } from "@/lib/routes";
import { RECORDS_PAGE_SIZE, recordsQuery, type LicencesParams } from "@/lib/data/record-params";
import { LICENCE_KIND_KEY, type LicenceRow } from "@/lib/data/records";
import { licenceActionSchema, licenceKindSchema } from "@/lib/schema/parsed-issue";
import { FilterForm, RecordsSummary, SelectField, TextField } from "@/components/data/records-filter";
import { Pager, RecordsTable, type RecordColumn } from "@/components/data/records-table";

export const licencesPath = (locale: Locale, query = "") => recordsPath(locale, "licences", query);

type Sort = NonNullable<LicencesParams["sort"]>;

/** /{locale}/licences: every licensing decision, filterable by kind, decision and company. */
export async function LicencesView({ locale, params, rows }: { locale: Locale; params: LicencesParams; rows: LicenceRow[] }) {
  const t = await getTranslations({ locale, namespace: "records" });
  const kindLabel = (k: LicenceRow["licenceKind"]) => t(`kinds.${LICENCE_KIND_KEY[k]}`);
  const actionLabel = (a: LicenceRow["action"]) => t(`actions.${a}`);
  const filter = { q: params.q, kind: params.kind, action: params.action };
  const pages = Math.max(1, Math.ceil(rows.length / RECORDS_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const shown = rows.slice((page - 1) * RECORDS_PAGE_SIZE, page * RECORDS_PAGE_SIZE);
  const column = (key: Sort, label: string): RecordColumn => ({
    label,
    // A static host cannot sort: the export shows the column labels without links.
    sortHref: isStaticExport ? undefined : licencesPath(locale, recordsQuery({ ...filter, sort: key, dir: params.sort === key && params.dir !== "desc" ? "desc" : "asc" })),
    sortLabel: t("sortBy", { column: label }),
    sorted: params.sort === key ? (params.dir === "desc" ? "descending" : "ascending") : undefined,
  });
  const any = { value: "", label: t("licences.any") };
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("licences.title")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("licences.intro")}</p>
      <FilterForm action={licencesPath(locale)} legend={t("filter")} apply={t("apply")} reset={t("reset")}>
        <TextField id="records-q" name="q" label={t("text")} hint={t("licences.textHint")} value={params.q} />
        {/* The server filters by these; a static host cannot, so the export offers only the text filter. */}
        {isStaticExport ? null : (
          <>
            <SelectField id="records-kind" name="kind" label={t("licences.kind")} value={params.kind} options={[any, ...licenceKindSchema.options.map((k) => ({ value: k, label: kindLabel(k) }))]} />
            <SelectField id="records-action" name="action" label={t("licences.action")} value={params.action} options={[any, ...licenceActionSchema.options.map((a) => ({ value: a, label: actionLabel(a) }))]} />
          </>
        )}
      </FilterForm>
      <RecordsSummary locale={locale} sheet="licences" query={recordsQuery(filter)} shown={shown.length} total={rows.length} />
      <RecordsTable
        caption={t("licences.title")}
        columns={[column("company", t("licences.company")), column("kind", t("licences.kind")), column("action", t("licences.action")), column("notice", t("notice"))]}
        rowLinkLabel={t("row")}
        rows={shown.map((r) => ({
          id: `row-${r.key}`,
          filterText: `${r.company} ${r.companyEn ?? ""}`,
          cells: [
            <>
              <span lang={LANG_TAG.zh}>{r.company}</span>
              {locale === "en" ? <span className="block text-muted" lang={r.companyEn ? LANG_TAG.en : undefined}>{r.companyEn ?? t("untranslated")}</span> : null}
            </>,
            // Short labels: kept on one line, so a phone scrolls the table instead of stacking characters.
            <span key="kind" className="whitespace-nowrap">{kindLabel(r.licenceKind)}</span>,
            <span key="action" data-action={r.action} className="whitespace-nowrap">{actionLabel(r.action)}</span>,
            <>
              <Link href={blockPath(locale, r.notice.id, r.blockId)} lang={locale === "en" && r.notice.titleEn ? LANG_TAG.en : LANG_TAG.zh}>
                {locale === "en" && r.notice.titleEn ? r.notice.titleEn : r.notice.titleZh}
              </Link>
              {r.notice.signingDate ? <time className="block whitespace-nowrap text-muted" dateTime={r.notice.signingDate}>{formatDate(r.notice.signingDate, locale)}</time> : null}
            </>,
          ],
        }))}
      />
      <Pager
        page={page}
        pages={pages}
        href={(p) => recordsPagePath(locale, "licences", p, recordsQuery({ ...filter, sort: params.sort, dir: params.dir, page: p }))}
        labels={{ previous: t("previous"), next: t("next"), status: t("page", { page, pages }) }}
      />
    </>
  );
}
