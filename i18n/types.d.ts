import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/messages/en";

// Typed keys for useTranslations/getTranslations: English defines the shape (messages/en.ts).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
