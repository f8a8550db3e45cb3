#!/usr/bin/env bash
# The benchmark of issue 5, in one command:
#
#   src/bench/run.sh [factor]            (default factor 1: 10,000 articles, 1,000 people, 500 films, 100,000 comments)
#
# Builds the jar if missing; makes a fresh database (content_bench on 127.0.0.1:5432) whose schema the jar's
# Flyway makes; loads the generated data (generate.sql, timed); starts the packaged jar against it and runs the
# wrk workloads W1-W7 (each warmed up first; the server's RSS sampled during the measured run); runs the same
# SQL through pgbench as the database's limit (64 clients, then fewer); runs the EXPLAIN check (explain.sh); and
# writes src/bench/RESULTS.md. Fails loudly (exit 1, after writing the results) when a workload had errors, W6
# got no ETag, or the EXPLAIN check failed. Raw outputs go to target/bench/<time>/.
#
# Server-side caches (content.cache.enabled) are off for W1-W4 and as configured for W5-W7.
#
# Environment (defaults in brackets):
#   BENCH_DURATION [20s]  BENCH_WARMUP [10s]  BENCH_CONNECTIONS [64]  BENCH_THREADS [2]  BENCH_TIMEOUT [5s]
#   BENCH_PGBENCH_SECONDS [20]  BENCH_PGBENCH_FEW_CLIENTS [8]
#   BENCH_DB [content_bench]  BENCH_PGHOST [127.0.0.1]  BENCH_PGPORT [5432]  BENCH_PGUSER [postgres]
#   BENCH_PORT [a free port]  BENCH_JAVA_OPTS [the production image's, src/main/docker/Dockerfile]  BENCH_EXPLAIN [1]  BENCH_RESULTS [src/bench/RESULTS.md]
#   BENCH_LABEL (a line printed at the top of the results, e.g. to mark a smoke run)
# A smoke run: BENCH_DURATION=3s BENCH_WARMUP=2s BENCH_PGBENCH_SECONDS=3 src/bench/run.sh 0.1
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
BENCH="$REPO/src/bench"
# shellcheck source=lib.sh
. "$BENCH/lib.sh"

FACTOR=${1:-1}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
TIMEOUT=${BENCH_TIMEOUT:-5s}
PGBENCH_SECONDS=${BENCH_PGBENCH_SECONDS:-20}
PGBENCH_FEW=${BENCH_PGBENCH_FEW_CLIENTS:-8}
export PGHOST=${BENCH_PGHOST:-127.0.0.1} PGPORT=${BENCH_PGPORT:-5432} PGUSER=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-content_bench}
APP_PORT=${BENCH_PORT:-$(free_port)}
RESULTS=${BENCH_RESULTS:-$BENCH/RESULTS.md}
BENCH_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
OUT="$REPO/target/bench/$(date +%Y%m%d-%H%M%S)"
BASE="http://127.0.0.1:$APP_PORT"
W6_PATH=/api/v1/articles/bench-article-000001
QUOTA=2000000000

APP_PID=
SAMPLER=
cleanup() {
    [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true
    stop_app
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v wrk >/dev/null 2>&1; then
    log "installing wrk (apt-get install -y wrk)"
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; } \
        || die "wrk is missing and could not be installed"
fi
require curl java jq psql pgbench wrk awk sort python3
mkdir -p "$OUT"
: >"$OUT/commands.txt"
: >"$OUT/workloads.jsonl"
: >"$OUT/pgbench.jsonl"
log "raw outputs in $OUT"

# --- the machine -------------------------------------------------------------------------------------------------
machine() {
    echo "- CPUs (nproc): $(nproc); CPU: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    echo "- memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); kernel: $(uname -r)"
    echo "- java: $(java -version 2>&1 | head -n 2 | tr '\n' ' ' | sed 's/ *$//')"
    echo "- PostgreSQL: $(psql -X -At -d postgres -c 'select version()')"
    echo "- wrk: $(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }'); pgbench: $(pgbench --version | awk '{ print $3 }')"
    echo "- load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg)"
}
machine >"$OUT/machine.md"
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$REPO" status --porcelain -- . ':!src/bench/RESULTS.md' ':!src/bench/EXPLAIN.md' 2>/dev/null)" ]; then
    COMMIT+=" (with uncommitted changes)"
fi

# --- database and data -------------------------------------------------------------------------------------------
ensure_jar
log "fresh database $DB on $PGHOST:$PGPORT; schema by Flyway (the jar's first start)"
fresh_database "$DB"
migrate "$OUT/migrate.log"
log "generating data, factor $FACTOR"
LOAD_SECONDS=$(generate "$DB" "$FACTOR")
ARTICLES=$(psql -X -At -d "$DB" -c "select count(*) from article where slug like 'bench-article-%'")
COUNTS=$(psql -X -At -F ' ' -d "$DB" -c "select (select count(*) from article), (select count(*) from person),
    (select count(*) from film), (select count(*) from credit), (select count(*) from comment)")
read -r N_ARTICLE N_PERSON N_FILM N_CREDIT N_COMMENT <<<"$COUNTS"
log "data loaded in $LOAD_SECONDS s: $ARTICLES published articles"

# --- wrk workloads -----------------------------------------------------------------------------------------------
sample_rss() {
    local pid=$1
    while kill -0 "$pid" 2>/dev/null; do
        awk '/^VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true
        sleep 0.25
    done
}

# workload <name> <caches> <script> [script args...]
workload() {
    local name=$1 caches=$2 script="$BENCH/wrk/$3"
    shift 3
    local args=()
    [ $# -eq 0 ] || args=(-- "$@")
    local command=(wrk "-t$THREADS" "-c$CONNECTIONS" "-d$DURATION" --timeout "$TIMEOUT" --latency -s "$script" "$BASE"
        ${args[@]+"${args[@]}"})
    log "$name: warm-up $WARMUP, then $DURATION"
    wrk "-t$THREADS" "-c$CONNECTIONS" "-d$WARMUP" --timeout "$TIMEOUT" -s "$script" "$BASE" ${args[@]+"${args[@]}"} \
        >"$OUT/$name-warmup.txt" 2>&1 || true
    echo "${command[*]}" | sed "s#$REPO/##g" >>"$OUT/commands.txt"
    sample_rss "$APP_PID" >"$OUT/$name-rss.txt" &
    SAMPLER=$!
    "${command[@]}" >"$OUT/$name.txt" 2>&1 || true
    kill "$SAMPLER" 2>/dev/null || true
    wait "$SAMPLER" 2>/dev/null || true
    SAMPLER=
    local line rss hwm
    line=$(sed -n 's/^BENCH //p' "$OUT/$name.txt" | tail -n 1)
    [ -n "$line" ] || line='{"workload":"'"$name"'","requests":0,"rps":0,"p50_ms":0,"p99_ms":0,"errors":-1,"note":"wrk reported nothing"}'
    rss=$(sort -n "$OUT/$name-rss.txt" | tail -n 1)
    hwm=$(awk '/^VmHWM/ { print $2 }' "/proc/$APP_PID/status")
    jq -c --arg caches "$caches" --argjson rss "${rss:-0}" --argjson hwm "${hwm:-0}" \
        '. + {caches: $caches, rss_max_kb: $rss, hwm_kb: $hwm}
         | if .requests == 0 and (.note | not) then .note = "no request completed" else . end' \
        <<<"$line" >>"$OUT/workloads.jsonl"
    jq -r '"  \(.workload): \(.rps) req/s, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms, errors \(.errors), RSS max \(.rss_max_kb / 1024 | floor) MB"' \
        <<<"$(tail -n 1 "$OUT/workloads.jsonl")" >&2
}

COMMON_ENV=(CONTENT_RATE_LIMIT_COMMENTS_QUOTA=$QUOTA CONTENT_PUBLISHING_CHECK_EVERY=1h)

log "server with server-side caches off (CONTENT_CACHE_ENABLED=false) for W1-W4"
start_app "$OUT/server-w1-w4.log" "${COMMON_ENV[@]}" CONTENT_CACHE_ENABLED=false
workload W1 off w1.lua "$ARTICLES"
workload W2 off w2.lua
workload W3 off w3.lua "$ARTICLES"
workload W4 off w4.lua "$ARTICLES"
stop_app

log "server with server-side caches as configured (default) for W5-W7"
start_app "$OUT/server-w5-w7.log" "${COMMON_ENV[@]}"
workload W5 default w5.lua
ETAG=$(curl -fsS -D - -o /dev/null "$BASE$W6_PATH" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
echo "curl -sS -D - -o /dev/null $BASE$W6_PATH   # ETag: ${ETAG:-none}" >>"$OUT/commands.txt"
if [ -n "$ETAG" ]; then
    workload W6 default w6.lua "$W6_PATH" "$ETAG"
else
    log "W6: $W6_PATH answered no ETag"
    echo '{"workload":"W6","requests":0,"rps":0,"p50_ms":0,"p99_ms":0,"errors":-1,"note":"no ETag","caches":"default"}' \
        >>"$OUT/workloads.jsonl"
fi
workload W7 default w7.lua "$ARTICLES"
stop_app

# --- pgbench: the same SQL, the database alone ---------------------------------------------------------------------
PAGE_IDS=$(psql -X -At -d "$DB" -c "select array(select a.id from article a where a.status = 'published'
    order by a.published_at desc nulls last, a.id desc limit 20)")
PAGE_AUTHORS=$(psql -X -At -d "$DB" -c "select array(select distinct author_id from article
    where id = any('$PAGE_IDS'::bigint[]) and author_id is not null)")

# pgbench_run <name> <clients>
pgbench_run() {
    local name=$1 clients=$2 jobs=$THREADS
    [ "$clients" -ge "$jobs" ] || jobs=$clients
    local prefix="$OUT/pgbench-$name-c$clients"
    local command=(pgbench -n -M prepared -c "$clients" -j "$jobs" -T "$PGBENCH_SECONDS"
        -D articles="$ARTICLES" -D published=published -D approved=approved -D ids="$PAGE_IDS" -D authors="$PAGE_AUTHORS"
        -f "$BENCH/pgbench/$(echo "$name" | tr 'W' 'w').sql" -l --log-prefix="$prefix" "$DB")
    echo "${command[*]}" | sed "s#$REPO/##g; s# -l --log-prefix=[^ ]*##" >>"$OUT/commands.txt"
    log "pgbench $name, $clients clients, $PGBENCH_SECONDS s"
    "${command[@]}" >"$prefix.txt" 2>&1 || true
    local tps failed p50 p99
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$prefix.txt")
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$prefix.txt")
    read -r p50 p99 < <(cat "$prefix".[0-9]* 2>/dev/null | awk '{ print $3 }' | sort -n | awk '
        { v[NR] = $1 } END { if (NR == 0) { print "0 0" } else {
            printf "%.3f %.3f\n", v[int(NR * 0.50) + (NR * 0.50 > int(NR * 0.50))] / 1000, v[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))] / 1000 } }')
    rm -f "$prefix".[0-9]*
    jq -nc --arg name "$name" --argjson clients "$clients" --argjson tps "${tps:-0}" --argjson failed "${failed:--1}" \
        --argjson p50 "$p50" --argjson p99 "$p99" \
        '{workload: $name, clients: $clients, tps: $tps, failed: $failed, p50_ms: $p50, p99_ms: $p99}' >>"$OUT/pgbench.jsonl"
    jq -r '"  pgbench \(.workload) c\(.clients): \(.tps) tps, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms, failed \(.failed)"' \
        <<<"$(tail -n 1 "$OUT/pgbench.jsonl")" >&2
}
for name in W1 W2 W3 W4; do
    pgbench_run "$name" "$CONNECTIONS"
    pgbench_run "$name" "$PGBENCH_FEW"
done

# --- the EXPLAIN check ---------------------------------------------------------------------------------------------
EXPLAIN_STATUS=skipped
if [ "${BENCH_EXPLAIN:-1}" = 1 ]; then
    log "EXPLAIN check (explain.sh $FACTOR)"
    if "$BENCH/explain.sh" "$FACTOR" >"$OUT/explain.txt" 2>"$OUT/explain.log"; then
        EXPLAIN_STATUS=passed
    else
        EXPLAIN_STATUS=failed
    fi
    log "EXPLAIN check $EXPLAIN_STATUS"
fi

# --- results -------------------------------------------------------------------------------------------------------
TARGETS='{"W1":"≥ 12,000 req/s, p99 ≤ 20 ms","W2":"≥ 10,000 req/s, p99 ≤ 20 ms","W3":"≥ 9,000 req/s, p99 ≤ 20 ms",
 "W4":"≥ 12,000 req/s, p99 ≤ 20 ms","W6":"≥ 50,000 req/s"}'
WHAT='{"W1":"one article by a random slug","W2":"the 20 newest articles","W3":"an article with ?include=author",
 "W4":"the 20 newest comment threads of a random article","W5":"a search, varied terms",
 "W6":"conditional GET answered 304","W7":"comment posts (1 in 10) mixed with comment reads"}'
{
    echo "# Benchmark results"
    echo
    [ -z "${BENCH_LABEL:-}" ] || { echo "**${BENCH_LABEL}**"; echo; }
    echo "Written by \`src/bench/run.sh $FACTOR\` on $(date -u +%Y-%m-%dT%H:%M:%SZ) at commit $COMMIT."
    echo "How the benchmark works: [README.md](README.md)."
    echo
    echo "## Machine"
    echo
    cat "$OUT/machine.md"
    echo "- server JVM options: \`${BENCH_JAVA_OPTS:-none (JVM defaults)}\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
    echo
    echo "## Data"
    echo
    echo "Factor $FACTOR: $N_ARTICLE articles ($ARTICLES published bench articles), $N_PERSON people, $N_FILM films," \
        "$N_CREDIT credits, $N_COMMENT comments (the seed content included). Generated and loaded in" \
        "**$LOAD_SECONDS s** (\`psql -v factor=$FACTOR -f src/bench/generate.sql\`, after Flyway made the schema)."
    echo
    echo "## HTTP: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up)"
    echo
    echo "| workload | what | server caches | req/s | p50 ms | p99 ms | errors | server RSS max MB | target |"
    echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
    jq -r --argjson targets "$TARGETS" --argjson what "$WHAT" \
        '"| \(.workload) | \($what[.workload]) | \(.caches) | \(.rps | floor) | \(.p50_ms) | \(.p99_ms) | \(.errors)\(if .note then " (" + .note + ")" elif .workload == "W6" then " (\(.not_modified) × 304\(if (.unexpected_statuses // "") != "" then "; others: " + .unexpected_statuses else "" end))" elif .workload == "W7" then " (\(.posts) posts, \(.reads) reads\(if (.unexpected_statuses // "") != "" then "; others: " + .unexpected_statuses else "" end))" else "" end)\(if (.socket_errors // 0) > 0 then " (\(.socket_errors) socket errors)" else "" end) | \((.rss_max_kb // 0) / 1024 | floor) | \($targets[.workload] // "-") |"' \
        "$OUT/workloads.jsonl"
    echo
    echo "Server RSS: the highest VmRSS sampled (every 0.25 s) during the measured run; VmHWM (peak since start) at" \
        "the end of each server's last workload: $(jq -rs 'map("\(.workload) \((.hwm_kb // 0) / 1024 | floor) MB") | join(", ")' "$OUT/workloads.jsonl")."
    echo "Errors: socket errors (connect, read, write, timeout after $TIMEOUT) plus answers >= 400 (W6: every answer" \
        "but 304; W7: every answer but 201/202 to a post and 200 to a read), the unexpected ones by status."
    echo
    echo "## The database alone: pgbench -M prepared -T $PGBENCH_SECONDS, the same SQL as W1-W4"
    echo
    echo "One pgbench transaction is the SQL of one HTTP request (\`src/bench/pgbench/w1.sql\` ... \`w4.sql\`)."
    echo
    echo "| statements of | clients | transactions/s | p50 ms | p99 ms | failed |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    jq -r '"| \(.workload) | \(.clients) | \(.tps | floor) | \(.p50_ms) | \(.p99_ms) | \(.failed) |"' "$OUT/pgbench.jsonl"
    echo
    echo "## EXPLAIN check: $EXPLAIN_STATUS"
    echo
    if [ "$EXPLAIN_STATUS" = skipped ]; then
        echo "Not run (BENCH_EXPLAIN=0)."
    else
        echo "\`src/bench/explain.sh $FACTOR\`; every plan in [EXPLAIN.md](EXPLAIN.md). Its findings (FAIL fails the" \
            "check; WARN: a seq scan the planner chose over a usable index, reading > 1,000 rows; note: a scan" \
            "reading > 1,000 rows, i.e. a cost that grows with the data, or a sorted page in a filtered list):"
        echo
        grep -E '^- (FAIL|WARN|note):' "$OUT/explain.txt" | sed 's/^- \(FAIL\|WARN\|note\): /- **\1**: /' || echo "- none"
        echo
        grep -E '^EXPLAIN check' "$OUT/explain.txt" | sed "s#$REPO/##g" || true
    fi
    echo
    echo "## Commands"
    echo
    echo '```'
    cat "$OUT/commands.txt"
    echo '```'
} >"$RESULTS"
log "results written to $RESULTS"

# --- verdict -------------------------------------------------------------------------------------------------------
PROBLEMS=$(jq -r 'select(.errors != 0 or .requests == 0) | "\(.workload): \(.errors) errors\(if .note then " (" + .note + ")" else "" end)"' \
    "$OUT/workloads.jsonl")
PROBLEMS+=$(jq -r 'select(.failed != 0) | "\npgbench \(.workload) c\(.clients): \(.failed) failed transactions"' \
    "$OUT/pgbench.jsonl")
[ "$EXPLAIN_STATUS" != failed ] || PROBLEMS+=$'\nthe EXPLAIN check failed (see src/bench/EXPLAIN.md)'
if [ -n "$(echo "$PROBLEMS" | tr -d '[:space:]')" ]; then
    log "FAILED:"
    echo "$PROBLEMS" | sed '/^$/d; s/^/    /' >&2
    exit 1
fi
log "done: no errors"
