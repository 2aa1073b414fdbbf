#!/usr/bin/env bash
# The restore drill (.ci/run): back up the demo region, restore it into an empty database, and compare
# every table's rows and the audit chain; `veza restore` does the comparing and exits non-zero on any
# difference, and `veza audit verify` walks the restored chain again. On the embedded database, then,
# given a PostgreSQL URL (a role that may create databases), on PostgreSQL.
#   scripts/restore-drill.sh [postgres://veza@127.0.0.1:PORT/veza]
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/veza-drill.XXXXXX)
trap 'rm -rf "$work"' EXIT
veza() { env -u DATABASE_URL node packages/cli/bin/veza.js "$@"; }
veza backup-key "$work/key"

# The restored database serves: veza start on it answers ready (the demo's follow-up jobs, restored
# with it, run as it starts).
serves() {
  local port
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  env "$@" PORT="$port" HOST=127.0.0.1 VEZA_AUDIT_ANCHOR_FILE=off node packages/cli/bin/veza.js start --no-build >"$work/start.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    if node -e "fetch('http://127.0.0.1:$port/api/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
      kill "$pid"; wait "$pid" 2>/dev/null || true
      echo "Restored database serves: /api/health/ready answers 200."
      return 0
    fi
    sleep 1
  done
  kill "$pid" 2>/dev/null || true
  cat "$work/start.log" >&2
  echo "✗ veza start on the restored database did not become ready" >&2
  return 1
}

echo "▶ restore drill: embedded database (PGlite)"
VEZA_DATA_DIR="$work/source" veza demo
VEZA_DATA_DIR="$work/source" veza backup "$work/pglite.vezabak" --key-file "$work/key"
VEZA_DATA_DIR="$work/restored" veza restore "$work/pglite.vezabak" --key-file "$work/key"
VEZA_DATA_DIR="$work/restored" veza audit verify
serves -u DATABASE_URL VEZA_DATA_DIR="$work/restored"

if [ -n "${1:-}" ]; then
  echo "▶ restore drill: PostgreSQL"
  base=$1
  source_url="${base%/*}/veza_drill_source"
  restored_url="${base%/*}/veza_drill_restored"
  psql "$base" -qc "drop database if exists veza_drill_source" -c "drop database if exists veza_drill_restored" \
    -c "create database veza_drill_source" -c "create database veza_drill_restored" 2>/dev/null
  pg() { node packages/cli/bin/veza.js "$@"; }
  DATABASE_URL="$source_url" pg demo
  DATABASE_URL="$source_url" pg backup "$work/postgres.vezabak" --key-file "$work/key"
  DATABASE_URL="$restored_url" pg restore "$work/postgres.vezabak" --key-file "$work/key"
  DATABASE_URL="$restored_url" pg audit verify
  serves DATABASE_URL="$restored_url"
  psql "$base" -qc "drop database veza_drill_source" -c "drop database veza_drill_restored" 2>/dev/null
fi
echo "✓ restore drill passed"
