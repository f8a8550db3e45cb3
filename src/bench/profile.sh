#!/usr/bin/env bash
# Where W1-W4 spend their CPU: a JFR recording of the packaged jar during each workload, summarised in PROFILES.md.
#
#   src/bench/profile.sh            (after src/bench/run.sh, on the database it loaded)
#
# Server-side caches off, as in run.sh; the same JVM options (BENCH_JAVA_OPTS, default the production image's) plus
# a JFR recording (settings=profile: CPU samples every 10-20 ms of each running Java thread). Each workload warms up
# (BENCH_WARMUP, 10s), then is recorded for BENCH_DURATION (20s) under wrk -t2 -c64. Recordings and their summaries
# go to target/bench/profile-<time>/; PROFILES.md (or BENCH_PROFILES) gets the summaries (src/bench/profile.py).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$REPO/src/bench"
# shellcheck source=lib.sh
. "$BENCH/lib.sh"

export PGHOST=${BENCH_PGHOST:-127.0.0.1} PGPORT=${BENCH_PGPORT:-5432} PGUSER=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-content_bench}
BENCH_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
APP_PORT=${BENCH_PORT:-$(free_port)}
BASE="http://127.0.0.1:$APP_PORT"
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-10s}
PROFILES=${BENCH_PROFILES:-$BENCH/PROFILES.md}
OUT="$REPO/target/bench/profile-$(date +%Y%m%d-%H%M%S)"

APP_PID=
trap stop_app EXIT
require curl java jcmd jfr psql wrk python3
ensure_jar
mkdir -p "$OUT"
ARTICLES=$(psql -X -At -d "$DB" -c "select count(*) from article where slug like 'bench-article-%'") \
    || die "no benchmark database $DB: run src/bench/run.sh first"
[ "$ARTICLES" -gt 0 ] || die "$DB holds no generated articles: run src/bench/run.sh first"

start_app "$OUT/server.log" CONTENT_CACHE_ENABLED=false CONTENT_PUBLISHING_CHECK_EVERY=1h
{
    echo "# Where W1-W4 spend their CPU"
    echo
    echo "Written by \`src/bench/profile.sh\` on $(date -u +%Y-%m-%dT%H:%M:%SZ) at commit" \
        "$(git -C "$REPO" rev-parse --short HEAD), on the data of the last \`run.sh\` ($ARTICLES bench articles)," \
        "server-side caches off, JVM options \`$BENCH_JAVA_OPTS\`; load average at the start:" \
        "$(cut -d' ' -f1-3 /proc/loadavg). Each workload: wrk -t2 -c64, $WARMUP warm-up, then $DURATION recorded."
} >"$OUT/PROFILES.md"
for workload in w1 w2 w3 w4; do
    args=()
    [ "$workload" = w2 ] || args=(-- "$ARTICLES")
    name=$(echo "$workload" | tr 'w' 'W')
    log "$name: warm-up $WARMUP, then $DURATION recorded"
    wrk -t2 -c64 -d"$WARMUP" -s "$BENCH/wrk/$workload.lua" "$BASE" ${args[@]+"${args[@]}"} >/dev/null 2>&1 || true
    jcmd "$APP_PID" JFR.start name="$name" settings=profile filename="$OUT/$name.jfr" >/dev/null
    wrk -t2 -c64 -d"$DURATION" --latency -s "$BENCH/wrk/$workload.lua" "$BASE" ${args[@]+"${args[@]}"} \
        >"$OUT/$name-wrk.txt" 2>&1 || true
    jcmd "$APP_PID" JFR.stop name="$name" >/dev/null
    {
        echo
        echo "## $name: $(awk '/Requests\/sec/ { print $2 }' "$OUT/$name-wrk.txt") req/s while recorded"
        echo
        python3 "$BENCH/profile.py" "$OUT/$name.jfr"
    } >>"$OUT/PROFILES.md"
done
cp "$OUT/PROFILES.md" "$PROFILES"
log "profiles written to $PROFILES (recordings in $OUT)"
