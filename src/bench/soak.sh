#!/usr/bin/env bash
# Soak test: the packaged jar on a fresh database, driven by wrk with mixed reads and writes (src/bench/soak.lua) for
# a set time, reporting errors (0 expected: any 5xx, connection error or unexpected status) and memory over time
# (flat expected): the server's RSS, and its heap after a full GC, sampled every SOAK_SAMPLE_SECONDS.
#
#   src/bench/soak.sh [duration]        duration in wrk's syntax (30s, 10m, 1h); default 10m
#
# Needs: a JDK 17 (java, jcmd), wrk, curl, jq, and the PostgreSQL client tools; PostgreSQL at 127.0.0.1:5432 where
# user postgres may create databases (SOAK_PG_HOST, SOAK_PG_PORT, SOAK_PG_USER). Builds the jar if it is missing.
# Settings (environment): SOAK_PORT (18090), SOAK_CONNECTIONS (4; one wrk thread each), SOAK_DELAY_MS (5, pause
# before each request on a connection), SOAK_SAMPLE_SECONDS (30), SOAK_JAVA_OPTS (-Xmx512m), SOAK_OUT (where the
# results go; default target/soak/<time>), SOAK_KEEP_LOG=1 to keep the server's whole log.
# Exit status: 0 when there was no error, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=${1:-10m}
port=${SOAK_PORT:-18090}
connections=${SOAK_CONNECTIONS:-4}
delay_ms=${SOAK_DELAY_MS:-5}
sample_seconds=${SOAK_SAMPLE_SECONDS:-30}
java_opts=${SOAK_JAVA_OPTS:--Xmx512m}
pg_host=${SOAK_PG_HOST:-127.0.0.1}
pg_port=${SOAK_PG_PORT:-5432}
pg_user=${SOAK_PG_USER:-postgres}
out=${SOAK_OUT:-target/soak/$(date -u +%Y%m%dT%H%M%SZ)}
jar=target/quarkus-app/quarkus-run.jar
base=http://127.0.0.1:$port

for tool in java jcmd wrk curl jq createdb dropdb; do
    command -v "$tool" >/dev/null || { echo "soak: $tool is needed (wrk: apt-get install -y wrk)" >&2; exit 2; }
done
if curl -s -o /dev/null "$base/"; then
    echo "soak: something already answers on port $port (set SOAK_PORT)" >&2
    exit 2
fi
if [ ! -f "$jar" ]; then
    echo "soak: building the jar"
    ./mvnw -q package -DskipTests
fi
mkdir -p "$out"

database=soak_$(date -u +%Y%m%d%H%M%S)_$$
admin_token=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
server_pid=
sampler_pid=

cleanup() {
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
    dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists --force "$database" 2>/dev/null || true
}
trap cleanup EXIT
trap "exit 130" INT TERM

createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$database"
echo "soak: database $database, results in $out"

# The rate limit on comments is raised so that the soak's comments (all from 127.0.0.1) are never refused.
# shellcheck disable=SC2086
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pg_host:$pg_port/$database" \
QUARKUS_DATASOURCE_USERNAME="$pg_user" \
QUARKUS_HTTP_PORT="$port" \
CONTENT_ADMIN_TOKEN="$admin_token" \
CONTENT_RATE_LIMIT_COMMENTS_QUOTA=1000000000 \
    java $java_opts -jar "$jar" >"$out/server.log" 2>&1 &
server_pid=$!

deadline=$((SECONDS + 180))
until curl -sf -o /dev/null "$base/q/health/ready"; do
    if ! kill -0 "$server_pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
        echo "soak: the server did not become ready; see $out/server.log" >&2
        exit 2
    fi
    sleep 1
done

editor_token=$(curl -sf -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
    -d '{"name":"soak editor","role":"editor"}' "$base/api/v1/tokens" | jq -r .token)

metric() { # the sum of a metric's samples, from a scrape in $1; $2 the name, $3 a label filter (regex)
    awk -v name="$2" -v filter="${3:-.}" \
        'index($0, name "{") == 1 || index($0, name " ") == 1 { if ($0 ~ filter) sum += $NF }
         END { printf "%.0f", sum }' "$1"
}

sample() { # elapsed seconds, RSS, heap in use, heap after a full GC, live data after the last GC, requests served
    local elapsed=$1 scrape rss heap after_full live requests
    scrape=$(mktemp)
    rss=$(awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$server_pid/status")
    curl -sf -H 'Accept: text/plain' "$base/q/metrics" >"$scrape"
    heap=$(metric "$scrape" jvm_memory_used_bytes 'area="heap"')
    live=$(metric "$scrape" jvm_gc_live_data_size_bytes)
    requests=$(metric "$scrape" http_server_requests_seconds_count)
    jcmd "$server_pid" GC.run >/dev/null
    curl -sf -H 'Accept: text/plain' "$base/q/metrics" >"$scrape"
    after_full=$(metric "$scrape" jvm_memory_used_bytes 'area="heap"')
    rm -f "$scrape"
    awk -v s="$elapsed" -v rss="$rss" -v heap="$heap" -v full="$after_full" -v live="$live" -v n="$requests" \
        'BEGIN { m = 1048576; printf "%s,%s,%.1f,%.1f,%.1f,%s\n", s, rss, heap / m, full / m, live / m, n }'
}

echo "seconds,rss_mib,heap_used_mib,heap_after_full_gc_mib,live_data_after_gc_mib,requests" >"$out/memory.csv"
sample 0 >>"$out/memory.csv"
start=$SECONDS
rm -f "$out/.stop"
(
    next=$sample_seconds
    until [ -e "$out/.stop" ]; do
        sleep 1
        if [ $((SECONDS - start)) -ge "$next" ] && [ ! -e "$out/.stop" ]; then
            sample $((SECONDS - start)) >>"$out/memory.csv"
            next=$((next + sample_seconds))
        fi
    done
) &
sampler_pid=$!

command_line="wrk -t$connections -c$connections -d$duration --timeout 10s --latency -s src/bench/soak.lua $base"
echo "soak: $command_line"
SOAK_EDITOR_TOKEN="$editor_token" SOAK_DELAY_MS="$delay_ms" SOAK_RESULT="$out/wrk.json" \
    $command_line >"$out/wrk.txt" 2>&1 || true

touch "$out/.stop"
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=
rm -f "$out/.stop"
sample $((SECONDS - start)) >>"$out/memory.csv"

final=$(mktemp)
curl -sf -H 'Accept: text/plain' "$base/q/metrics" >"$final"
server_5xx=$(metric "$final" http_server_requests_seconds_count 'status="5')
rm -f "$final"

kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=

# The server's log is JSON lines (one per request, with the access log): keep the counts by level and every line
# above INFO, and the whole log only when asked.
jq -R -r 'fromjson? | .level' "$out/server.log" | sort | uniq -c | awk '{ print $2 ": " $1 }' >"$out/log-levels.txt"
jq -R -c 'fromjson? | select(.level != "INFO" and .level != "DEBUG")' "$out/server.log" >"$out/server-problems.log" || true
not_json=$(jq -R 'fromjson? // "not json" | select(. == "not json")' "$out/server.log" | wc -l)
if [ "${SOAK_KEEP_LOG:-0}" != 1 ]; then
    rm -f "$out/server.log"
fi

if [ ! -s "$out/wrk.json" ]; then
    echo "soak: wrk gave no result; see $out/wrk.txt" >&2
    exit 1
fi
w=$out/wrk.json
requests=$(jq .requests "$w")
seconds=$(jq '.duration_us / 1000000' "$w")
socket_errors=$(jq '.socket_errors | add' "$w")
unexpected=$(jq '[.unexpected[]] | add // 0' "$w")
errors=$((socket_errors + unexpected + server_5xx))
problem_lines=$(wc -l <"$out/server-problems.log")

{
    echo "## Soak run $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "- Machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -1)), $(free -m | awk '/^Mem:/ { print $2 }') MiB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1)"
    echo "- Server: \`java $java_opts -jar $jar\` (prod profile: JSON logs and access log on), fresh database on $pg_host:$pg_port"
    echo "- Load: \`$command_line\`, $delay_ms ms pause before each request on a connection"
    echo "- Duration: $(printf '%.0f' "$seconds") s; requests: $requests ($(jq '.requests / (.duration_us / 1000000) | floor' "$w")/s); latency p50 $(jq .latency_ms.p50 "$w") ms, p90 $(jq .latency_ms.p90 "$w") ms, p99 $(jq .latency_ms.p99 "$w") ms, max $(jq .latency_ms.max "$w") ms"
    echo "- **Errors: $errors** — socket errors $socket_errors ($(jq -c .socket_errors "$w")), unexpected statuses $unexpected ($(jq -c .unexpected "$w")), 5xx counted by the server $server_5xx"
    echo "- Server log: $(paste -sd' ' "$out/log-levels.txt" | sed 's/ \([A-Z]\)/, \1/g'); $problem_lines lines above INFO; $not_json lines not JSON"
    echo
    echo "Requests by kind:"
    echo
    echo "| kind | responses |"
    echo "| --- | ---: |"
    jq -r '.by_kind | to_entries[] | "| \(.key) | \(.value) |"' "$w"
    echo
    echo "Memory (MiB; heap after full GC: \`jcmd GC.run\`, then the heap in use):"
    echo
    echo "| s | RSS | heap in use | heap after full GC | live data after last GC | requests served |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
    tail -n +2 "$out/memory.csv" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }'
} >"$out/summary.md"

cat "$out/summary.md"
[ "$errors" -eq 0 ]
