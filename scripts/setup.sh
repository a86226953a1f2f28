#!/usr/bin/env bash
# Brings a fresh clone (or a stale checkout) to a runnable state; both quick-start commands start here.
#   scripts/setup.sh            npm deps, Prisma clients, migrated SQLite database, content/ ingested
#   scripts/setup.sh --browser  the same, plus Debian's chromium and Noto CJK fonts for the browser tests
# Idempotent: each step is cheap when already done (npm ci only when the lock file changed; ingest
# skips an unchanged issue).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [[ "${1:-}" == "--browser" ]]; then
  # fc-list is read into a variable first: `fc-list | grep -q` under pipefail fails at random
  # (grep exits early, fc-list gets SIGPIPE).
  fonts=""
  if command -v fc-list >/dev/null 2>&1; then fonts="$(fc-list 2>/dev/null || true)"; fi
  if [[ ! -x /usr/bin/chromium || "$fonts" != *"Noto Sans CJK"* ]]; then
    echo "==> apt-get install chromium fonts-noto-cjk (browser tests; Chinese renders as boxes without the fonts)"
    sudo_cmd=()
    if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
    "${sudo_cmd[@]}" apt-get update
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
  fi
fi

# npm ci writes node_modules/.package-lock.json; older than the lock file means the install is stale.
# Never --omit=optional: Next's SWC binary is an optional dependency.
if [[ ! node_modules/.package-lock.json -nt package-lock.json ]]; then
  echo "==> npm ci"
  npm ci --no-audit --no-fund
fi

echo "==> prisma clients, migrations, ingest"
npm run -s db:generate >/dev/null
npm run -s db:deploy
npm run -s ingest
