#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server, for the tests that check the PostgreSQL half
# of the storage layer (DATABASE_URL=postgres://…): migrations, ingest, and the read side.
#   bash scripts/with-postgres.sh vitest run tests/postgres
# The server lives in a temporary folder on a free loopback port with trust auth and fsync off (its
# data is thrown away), and is stopped and deleted when the command ends, pass or fail. The command
# gets TEST_POSTGRES_URL (the `postgres` database of that server; tests create their own databases).
# Debian's postgresql package is installed when no server binaries are found, as setup.sh does for
# Chromium: CI machines start without one.
set -euo pipefail
cd "$(dirname "$0")/.."

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

bin="$(find_bin)"
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  echo "==> apt-get install postgresql (PostgreSQL tests)"
  "${sudo_cmd[@]}" apt-get update
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
  bin="$(find_bin)"
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/gazette-pg.XXXXXX")"
# initdb refuses to run as root; Debian's package creates the `postgres` system user for this.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
port="$(node -e 'const s=require("node:net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
if ! "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null; then
  cat "$dir/server.log" >&2
  exit 1
fi
echo "==> PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway)"

export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
