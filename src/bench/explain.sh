#!/usr/bin/env bash
# The EXPLAIN check (issue 5, point 6): every list and filter the API runs uses an index, on the generated data.
#
#   src/bench/explain.sh [factor]          (default factor 1)
#
# It starts a private PostgreSQL (initdb in a temporary directory, its own port; the machine's server is never
# reconfigured) with auto_explain logging the plan of every statement with ANALYZE and BUFFERS, makes the schema
# with the packaged jar, loads the benchmark data, starts the API and calls every list and filter in
# explain-urls.txt, twelve times each (so that the plans of server-side prepared statements, custom then
# generic, are seen too). It reads each statement's plan from the log -- the SQL the API really runs, with its
# real parameters -- and then does the same again with enable_seqscan off.
#
# It fails when
#   - the API answers an error;
#   - with seq scans off, a plan still scans a content table (article, comment, person, film, credit,
#     article_person, article_film) sequentially: no index can serve that query;
#   - a list marked "ordered" sorts a page (top-N sort) instead of reading it in order from an index.
# A seq scan that the planner prefers while an index exists is a warning when it reads more than 1,000 rows
# (small tables are rightly read whole), and every other scan that reads more than 1,000 rows of a content table
# is noted: the statement's cost grows with the data. The report goes to src/bench/EXPLAIN.md (summary and every plan); its summary is printed.
#
# Environment: BENCH_EXPLAIN_PGPORT, BENCH_EXPLAIN_APP_PORT (default: free ports),
# BENCH_EXPLAIN_REPEAT (default 12), BENCH_EXPLAIN_OUT (default src/bench/EXPLAIN.md).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$REPO/src/bench"
# shellcheck source=lib.sh
. "$BENCH/lib.sh"

FACTOR=${1:-1}
PG_BIN=${BENCH_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
export PGHOST=127.0.0.1 PGPORT=${BENCH_EXPLAIN_PGPORT:-$(free_port)} PGUSER=postgres
APP_PORT=${BENCH_EXPLAIN_APP_PORT:-$(free_port)}
while [ "$APP_PORT" = "$PGPORT" ]; do APP_PORT=$(free_port); done
REPEAT=${BENCH_EXPLAIN_REPEAT:-12}
OUT=${BENCH_EXPLAIN_OUT:-$BENCH/EXPLAIN.md}
DB=content_explain
BENCH_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
ADMIN_TOKEN=bench-explain-admin-token

require curl java psql python3
[ -x "$PG_BIN/initdb" ] || die "no PostgreSQL server binaries found (set BENCH_PG_BIN to their directory)"

WORK=$(mktemp -d /tmp/content-explain.XXXXXX)
APP_PID=
as_owner() {
    # initdb refuses to run as root: the cluster then belongs to the postgres user.
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
cleanup() {
    stop_app
    if [ -f "$WORK/data/postmaster.pid" ]; then
        as_owner "$PG_BIN/pg_ctl" -D "$WORK/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

[ "$(id -u)" != 0 ] || chown postgres "$WORK"
log "private PostgreSQL in $WORK on port $PGPORT"
as_owner "$PG_BIN/initdb" -D "$WORK/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/postgresql.log" -w start -o "\
 -p $PGPORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100 \
 -c shared_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 \
 -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on -c auto_explain.log_format=json \
 -c auto_explain.log_nested_statements=off -c log_line_prefix='%m [%p] ' -c log_min_messages=warning" >/dev/null

ensure_jar
psql -X -q -d postgres -c "create database $DB" || die "cannot create $DB"
log "schema (Flyway, through the jar)"
migrate "$WORK/migrate.log"
log "data, factor $FACTOR"
seconds=$(generate "$DB" "$FACTOR")
log "data loaded in $seconds s"

APP_ENV=(CONTENT_ADMIN_TOKEN=$ADMIN_TOKEN CONTENT_PUBLISHING_CHECK_EVERY=1h CONTENT_RATE_LIMIT_COMMENTS_QUOTA=1000000000
    CONTENT_CACHE_ENABLED=false)

log_size() { stat -c %s "$WORK/postgresql.log"; }

log "plans as the planner chooses them"
since=$(log_size)
start_app "$WORK/app-natural.log" "${APP_ENV[@]}"
python3 "$BENCH/explain.py" drive --base "http://127.0.0.1:$APP_PORT" --log "$WORK/postgresql.log" \
    --urls "$BENCH/explain-urls.txt" --token "$ADMIN_TOKEN" --repeat "$REPEAT" --since "$since" --out "$WORK/natural.json"
stop_app

log "plans with enable_seqscan off: a seq scan that remains has no index to use"
psql -X -q -d postgres -c "alter database $DB set enable_seqscan = off"
since=$(log_size)
start_app "$WORK/app-noseq.log" "${APP_ENV[@]}"
python3 "$BENCH/explain.py" drive --base "http://127.0.0.1:$APP_PORT" --log "$WORK/postgresql.log" \
    --urls "$BENCH/explain-urls.txt" --token "$ADMIN_TOKEN" --repeat "$REPEAT" --since "$since" --out "$WORK/noseq.json"
stop_app

python3 "$BENCH/explain.py" report --natural "$WORK/natural.json" --noseq "$WORK/noseq.json" \
    --factor "$FACTOR" --out "$OUT"
