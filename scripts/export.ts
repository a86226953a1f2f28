/**
 * npm run export: the whole site as files for any static host or CDN, in out/.
 *   1. `next build` with STATIC_EXPORT=1 (next.config.ts: output "export"), after search:build.
 *   2. out/index.html: `/` picks the reader's language without a server (lib/export/root-page.ts).
 *   3. Checks that the pages a host needs are there, and prints what a static host cannot do.
 * Uses .next for its build files like any `next build`, so run `next start` from a fresh
 * `npm run build` afterwards, not from this one.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOCALES, type Locale } from "@/i18n/locales";
import { rootPageHtml } from "@/lib/export/root-page";
import { messagesByLocale } from "@/messages/messages";
import { redirectScript } from "@/scripts/lib/redirect-script";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "out");

/** Files a static host needs for the public URLs to work: their absence is a failed export. */
const REQUIRED = [
  "404.html",
  ...LOCALES.flatMap((l) => [`${l}.html`, `${l}/search.html`, `search/${l}/manifest.json`]),
];

/** What only a server does, and what the export does instead (printed, and in the README). */
const NOT_ON_A_STATIC_HOST = [
  "proxy.ts: `/` by Accept-Language → out/index.html decides in the browser (cookie, languages), <meta refresh> to /zh without JS",
  "proxy.ts: unknown locale or path (/fr/x) rewritten into a locale → the host's 404.html (bilingual)",
  "?view= rewrite → the reading-mode links point at /{locale}/notices/{id}/view/{mode}; a ?view= URL is switched in the browser",
  "/{locale}/search?q= rendered on the server → results found in the browser from out/search/ (needs JavaScript; says so without it)",
  "response headers (CSP, HSTS …) → set them in the host's configuration",
  "/{locale}/standards and /licences filtered and sorted on the server → every row, 100 a page at /{locale}/{sheet}/page/{n} (the pager links there), a page's rows filtered in the browser (text, also from ?q=); no sorting, no code-prefix/date/kind/decision filters",
  "per-request routes left out (they need a server): /{locale}/cite, the filtered .csv/.json downloads, /api/v1 (its openapi.json is exported)",
];

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`❌ ${command} ${args.join(" ")} exited ${result.status ?? result.signal}`);
    process.exit(1);
  }
}

function du(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

async function main(): Promise<void> {
  const started = performance.now();
  run("node_modules/.bin/next", ["build"], { ...process.env, STATIC_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" });

  const name = (locale: Locale) => messagesByLocale(locale).site.name;
  writeFileSync(path.join(OUT, "index.html"), rootPageHtml({ script: await redirectScript(), name }));

  const missing = REQUIRED.filter((file) => !existsSync(path.join(OUT, file)));
  if (missing.length > 0) {
    console.error(`❌ out/ lacks ${missing.join(", ")}`);
    process.exit(1);
  }
  const { files, bytes } = du(OUT);
  console.log(`✅ out/: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log("Every static page is exported. What a static host does not do, and what stands in or is left out:");
  for (const line of NOT_ON_A_STATIC_HOST) console.log(`  - ${line}`);
}

main().catch((e: unknown) => {
  console.error(`❌ export failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
