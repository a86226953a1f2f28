/**
 * The response headers every URL of the site carries (HTML, JSON, CSV, /_next assets, 404s, the
 * proxy's redirects). next.config.ts applies them to every path; nothing else sets them.
 *
 * Why `'unsafe-inline'` stays in script-src: Next streams each page's React Server Component payload
 * as inline `<script>self.__next_f.push(…)</script>` blocks (3–6 per page, measured 2026-12-02; 2
 * shared by all pages, the rest unique to each because they are its data). A hash list would need a
 * header per path known only after prerendering, which `headers()` (read before) cannot give, and
 * the server-rendered search page has no build-time text at all; a nonce makes every page dynamic. Everything else is as strict as the pages allow: no
 * `'unsafe-eval'`, no inline styles (the pages have none), nothing from other origins.
 */
export type SecurityHeader = { key: string; value: string };

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "worker-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

// Every powerful feature the archive does not use (it reads text and downloads tables). Only names
// Chromium knows: an unknown one is a console warning on every page.
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** Two years, the preload list's minimum; only sent when the site is served over https. */
const HSTS = "max-age=63072000; includeSubDomains";

export function securityHeaders(siteUrl: string): SecurityHeader[] {
  const https = new URL(siteUrl).protocol === "https:";
  const csp = https ? [...CSP, "upgrade-insecure-requests"] : CSP;
  return [
    { key: "Content-Security-Policy", value: csp.join("; ") },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: DENIED_FEATURES.map((f) => `${f}=()`).join(", ") },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    ...(https ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ];
}
