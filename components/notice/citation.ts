import type { Locale } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { NoticeDto } from "@/lib/data/dto";

/**
 * The citation a lawyer pastes into a brief, in the reader's language:
 *   商务部公告2013年第3号，《中国对外经济贸易文告》2013年第11期
 *   MOFCOM Announcement No. 3 of 2013, China Foreign Trade and Economic Cooperation Gazette 2013 No. 11
 * Circulars are cited by document number (商服贸发〔2012〕431号), as MOFCOM itself cites them.
 */
export function noticeCitation(notice: NoticeDto, locale: Locale, t: Translator<"citation">): string {
  const issuers =
    locale === "zh" ? notice.issuers.map((i) => i.shortZh).join("、") : joinEnglish(notice.issuers.map((i) => i.abbrEn));
  let head: string;
  if (notice.kind === "announcement" && notice.number) {
    head = t("announcement", { issuers, year: notice.number.year, number: notice.number.number });
  } else if (notice.documentNumber) {
    const documentNumber = locale === "en" ? (notice.documentNumber.en ?? notice.documentNumber.zh) : notice.documentNumber.zh;
    head = t("circular", { issuers, title: notice.titleZh, documentNumber });
  } else {
    head = locale === "en" && notice.titleEn ? notice.titleEn.text : notice.titleZh;
  }
  const gazette = t("gazette", { year: notice.issue.year, number: notice.issue.number });
  return `${head}${t("joiner")}${gazette}`;
}

function joinEnglish(parts: string[]): string {
  if (parts.length <= 2) return parts.join(" and ");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
