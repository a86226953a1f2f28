import { LANG_TAG, type Locale } from "@/i18n/locales";
import type { Translator } from "@/i18n/translator";
import type { NoticeDto } from "@/lib/data/dto";

type Title = {
  text: string;
  lang: string;
  badge: "official" | "warn" | null;
  badgeText: string;
  secondary: { text: string; lang: string; official: boolean } | null;
};

/** The title in the reader's language, with its badge (official / archive / missing) and the other one. */
export function noticeTitle(notice: NoticeDto, locale: Locale, t: Translator<"notice">): Title {
  if (locale === "zh") {
    return {
      text: notice.titleZh,
      lang: LANG_TAG.zh,
      badge: null,
      badgeText: "",
      secondary: notice.titleEn
        ? { text: notice.titleEn.text, lang: LANG_TAG.en, official: notice.titleEn.source === "official" }
        : null,
    };
  }
  if (notice.titleEn) {
    const official = notice.titleEn.source === "official";
    return {
      text: notice.titleEn.text,
      lang: LANG_TAG.en,
      badge: "official",
      badgeText: official ? t("official") : t("archiveTranslation"),
      secondary: { text: notice.titleZh, lang: LANG_TAG.zh, official: false },
    };
  }
  return {
    text: notice.titleZh,
    lang: LANG_TAG.zh,
    badge: "warn",
    badgeText: t("translationUnavailable"),
    secondary: null,
  };
}
