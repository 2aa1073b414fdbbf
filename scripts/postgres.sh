#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for CI and benchmarks, on loopback only.
#   scripts/postgres.sh start DIR PORT   initdb + start; prints the URL of a database owner role "veza"
#   scripts/postgres.sh stop DIR
#   scripts/postgres.sh resume DIR PORT  starts a stopped cluster again, its data kept (fault tests)
# The role "veza" is not a superuser (LOGIN CREATEDB CREATEROLE), as in production, so that the
# application role and row-level security are exercised the way a real deployment uses them.
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:-/tmp/veza-postgres}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync >"$dir/initdb.log"
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create role veza login createdb createrole" >/dev/null
    as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create database veza owner veza" >/dev/null
    echo "postgres://veza@127.0.0.1:$port/veza"
    ;;
  stop)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  resume)
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop|resume DIR [PORT]" >&2
    exit 2
    ;;
esac
