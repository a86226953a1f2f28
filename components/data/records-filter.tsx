import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { isStaticExport } from "@/lib/export/mode";
import { InstantFilter } from "@/components/data/instant-filter";
import type { Locale } from "@/i18n/locales";
import { recordsFilePath, TABLE_FORMATS, type RecordSheet } from "@/lib/routes";

/** A plain GET form: filtering works without JavaScript, and the URL is the filter (shareable). */
export function FilterForm({ action, legend, apply, reset, children }: { action: string; legend: string; apply: string; reset: string; children: ReactNode }) {
  return (
    <form method="get" action={action} role="search" aria-label={legend} className="mt-6">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="sr-only">{legend}</legend>
        {children}
        <button type="submit" className="min-h-10 rounded border border-rule bg-panel px-4 py-2 font-medium">
          {apply}
        </button>
        <Link href={action} className="py-2 text-sm">
          {reset}
        </Link>
      </fieldset>
    </form>
  );
}

export function TextField({ id, name, label, hint, value, type = "search" }: { id: string; name: string; label: string; hint?: string; value?: string; type?: "search" | "date" }) {
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <input id={id} name={name} type={type} defaultValue={value ?? ""} placeholder={hint} className="min-h-10 rounded border border-rule bg-paper px-3 py-2 text-base" />
    </label>
  );
}

export function SelectField({ id, name, label, value, options }: { id: string; name: string; label: string; value?: string; options: Array<{ value: string; label: string }> }) {
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select id={id} name={name} defaultValue={value ?? ""} className="min-h-10 rounded border border-rule bg-paper px-3 py-2 text-base">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DownloadLinks({ label, links }: { label: string; links: Array<{ href: string; label: string }> }) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
      <span className="text-muted">{label}:</span>
      {links.map((l) => (
        // Plain <a>: a download is a file, not a client-side navigation.
        <a key={l.href} href={l.href} download>
          {l.label}
        </a>
      ))}
    </p>
  );
}

/**
 * The line between a data page's filter and its table: the live row count (updated by the instant
 * filter), the downloads of the same filter, and the empty-state message.
 */
export async function RecordsSummary({ locale, sheet, query, shown, total }: { locale: Locale; sheet: RecordSheet; query: string; shown: number; total: number }) {
  const t = await getTranslations({ locale, namespace: "records" });
  return (
    <>
      <p id="records-status" role="status" aria-live="polite" className="mt-4 text-sm text-muted">
        {t("count", { shown, total })}
      </p>
      <InstantFilter inputId="records-q" statusId="records-status" template={t.raw("countLive")} />
      {/* The downloads are filtered per request: a static export has none to link to. */}
      {isStaticExport ? null : (
        <DownloadLinks
          label={t("download")}
          links={TABLE_FORMATS.map((format) => ({ href: recordsFilePath(locale, sheet, format, query), label: t(format) }))}
        />
      )}
      {total === 0 ? <p className="mt-6">{t("empty")}</p> : null}
    </>
  );
}
