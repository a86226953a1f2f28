import { DEFAULT_LOCALE, LANG_TAG, LOCALES, type Locale } from "@/i18n/locales";

/**
 * The static export's `/`: there is no server to redirect by Accept-Language, so the page does it
 * three ways. An inline script picks the reader's language (cookie, then browser languages) and
 * replaces the URL; without JS, <meta http-equiv="refresh"> sends them to the default locale; and
 * the page itself links every locale, for clients that follow neither.
 */
export function rootPageHtml({ script, name }: { script: string; name: (locale: Locale) => string }): string {
  const links = LOCALES.map(
    (locale) => `<li><a href="/${locale}" hreflang="${LANG_TAG[locale]}" lang="${LANG_TAG[locale]}">${escapeHtml(name(locale))}</a></li>`,
  ).join("\n");
  return `<!doctype html>
<html lang="${LANG_TAG[DEFAULT_LOCALE]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${LOCALES.map((l) => escapeHtml(name(l))).join(" · ")}</title>
<script>${script.replace(/<\/script/gi, "<\\/script")}</script>
<meta http-equiv="refresh" content="0; url=/${DEFAULT_LOCALE}">
<link rel="canonical" href="/${DEFAULT_LOCALE}">
</head>
<body>
<ul>
${links}
</ul>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}
