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

echo "▶ restore drill: embedded database (PGlite)"
VEZA_DATA_DIR="$work/source" veza demo
VEZA_DATA_DIR="$work/source" veza backup "$work/pglite.vezabak" --key-file "$work/key"
VEZA_DATA_DIR="$work/restored" veza restore "$work/pglite.vezabak" --key-file "$work/key"
VEZA_DATA_DIR="$work/restored" veza audit verify

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
  psql "$base" -qc "drop database veza_drill_source" -c "drop database veza_drill_restored" 2>/dev/null
fi
echo "✓ restore drill passed"
