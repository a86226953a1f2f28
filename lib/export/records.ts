import type { Locale } from "@/i18n/locales";
import type { LicenceRow, StandardRow } from "@/lib/data/records";
import { blockPath } from "@/lib/routes";

/**
 * The data pages' rows as spreadsheet rows. Chinese downloads carry the Chinese columns; English ones
 * add the English beside each (empty where not yet translated). Both carry the notice id and the
 * permalink of the printed row, so a spreadsheet line can be cited back to the gazette.
 */
type Cell = string | number | null;

export function standardsSheet(rows: StandardRow[], locale: Locale, site: string): Cell[][] {
  const header = locale === "zh"
    ? ["序号", "标准号", "标准名称", "实施日期", "文件", "出处"]
    : ["No.", "Code", "Name (zh)", "Name (en)", "Effective", "Notice", "Source"];
  return [
    header,
    ...rows.map((r) => {
      const source = `${site}${blockPath(locale, r.notice.id, r.blockId)}`;
      return locale === "zh"
        ? [r.seq, r.code, r.nameZh, r.effectiveDate, r.notice.id, source]
        : [r.seq, r.code, r.nameZh, r.nameEn, r.effectiveDate, r.notice.id, source];
    }),
  ];
}

export function licencesSheet(rows: LicenceRow[], locale: Locale, site: string, labels: { kind: (k: LicenceRow["licenceKind"]) => string; action: (a: LicenceRow["action"]) => string }): Cell[][] {
  const header = locale === "zh"
    ? ["序号", "企业", "经营资格", "决定", "签发日期", "文件", "出处"]
    : ["No.", "Company (zh)", "Company (en)", "Licence", "Decision", "Signed", "Notice", "Source"];
  return [
    header,
    ...rows.map((r) => {
      const source = `${site}${blockPath(locale, r.notice.id, r.blockId)}`;
      const common = [labels.kind(r.licenceKind), labels.action(r.action), r.notice.signingDate, r.notice.id, source];
      return locale === "zh" ? [r.seq, r.company, ...common] : [r.seq, r.company, r.companyEn, ...common];
    }),
  ];
}
