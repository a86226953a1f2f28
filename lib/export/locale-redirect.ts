import { preferredLocale } from "@/i18n/preferred-locale";

/**
 * Browser entry, bundled by scripts/export.ts into the static export's `/` (out/index.html) as an
 * inline script: the same choice the proxy makes on the server (the NEXT_LOCALE cookie the language
 * switch sets, then the browser's languages), before the page's <meta http-equiv="refresh"> fires.
 */
const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]*)/.exec(document.cookie)?.[1];
location.replace(`/${preferredLocale(cookie, navigator.languages.join(","))}${location.hash}`);
