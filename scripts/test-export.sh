#!/usr/bin/env bash
# npm run test:export — a generated archive end to end, as CI runs it (issue 11):
#   1. a throwaway SQLite database with the real archive (content/) plus a small generated one
#      (EXPORT_GENERATED_ISSUES, default 20), so the export also proves generated issues render;
#   2. npm run export → out/ (one `next build` with output: "export");
#   3. Playwright smoke test against out/ served by `serve` (playwright.export.config.ts);
#   4. the server build of the same database with only the newest ON_DEMAND_PRERENDER issues
#      (default 5) prerendered, and Playwright against `next start`: older issues render on demand
#      and are cached, unknown ids are still 404s that write nothing (playwright.on-demand.config.ts).
# The main database (data/archive.db) and .next's server build are not read; .next is overwritten
# (run `npm run build` before `npm start` afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
issues="${EXPORT_GENERATED_ISSUES:-20}"
work=".tmp/export"
rm -rf "$work" && mkdir -p "$work"
export DATABASE_URL="file:./$work/archive.db"

echo "==> database: content/ + $issues generated issues ($work)"
npm run -s db:deploy >/dev/null
npm run -s ingest >/dev/null
if [[ "$issues" -gt 0 ]]; then
  npm run -s archive:generate -- --issues "$issues" --out "$work/generated" >/dev/null
  npm run -s ingest -- --content "$work/generated" >/dev/null
fi

echo "==> npm run export"
npm run -s export
echo "==> smoke test against out/ on a static file server"
playwright test -c playwright.export.config.ts

recent="${ON_DEMAND_PRERENDER:-5}"
echo "==> server build, newest $recent issues prerendered, the rest on demand"
export PRERENDER_ISSUES="$recent"
npm run -s build >/dev/null
playwright test -c playwright.on-demand.config.ts
