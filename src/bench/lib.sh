# Shared by run.sh and explain.sh (sourced): the packaged jar, databases, the server's life.
# Expects REPO (the repository root) and PGHOST, PGPORT, PGUSER in the environment.

# The JVM options of the production image (src/main/docker/Dockerfile), with MALLOC_ARENA_MAX=2 as there; an empty
# BENCH_JAVA_OPTS runs the JVM with its defaults.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS-"-XX:+UseSerialGC -Xmx96m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

log() {
    printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

die() {
    log "FAILED: $*"
    exit 1
}

require() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || die "$tool is needed and not installed"
    done
}

# The packaged application, built when missing.
ensure_jar() {
    if [ ! -f "$REPO/target/quarkus-app/quarkus-run.jar" ]; then
        log "building the application (./mvnw -q -DskipTests package)"
        (cd "$REPO" && ./mvnw -q -DskipTests package) || die "the build failed"
    fi
}

# A fresh, empty database.
fresh_database() {
    local db=$1
    psql -X -q -d postgres -v ON_ERROR_STOP=1 -c "drop database if exists \"$db\" with (force)" \
        -c "create database \"$db\"" || die "cannot create the database $db"
}

# A TCP port nobody listens on now (the machine is shared: fixed ports collide with other people's servers).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_app <log file> [VAR=value ...]: starts the packaged jar against $BENCH_JDBC_URL on $APP_PORT with the
# given extra environment, and sets APP_PID. $BENCH_JAVA_OPTS (e.g. -Xmx256m) is passed to the JVM.
start_app() {
    local logfile=$1
    shift
    if curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/" 2>/dev/null; then
        die "something already listens on port $APP_PORT"
    fi
    # shellcheck disable=SC2086
    env QUARKUS_DATASOURCE_JDBC_URL="$BENCH_JDBC_URL" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
        QUARKUS_HTTP_PORT="$APP_PORT" "$@" \
        java ${BENCH_JAVA_OPTS:-} -jar "$REPO/target/quarkus-app/quarkus-run.jar" >"$logfile" 2>&1 &
    APP_PID=$!
    local deadline=$((SECONDS + 120))
    until curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready" 2>/dev/null; do
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$logfile" >&2
            die "the server exited while starting (log: $logfile)"
        fi
        [ $SECONDS -lt $deadline ] || die "the server was not ready within 120 s (log: $logfile)"
        sleep 0.5
    done
    log "server ready (pid $APP_PID, port $APP_PORT)"
}

stop_app() {
    if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID"
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=
}

# Makes the schema as production does: the jar migrates an empty database with Flyway on its first start.
migrate() {
    start_app "$1"
    stop_app
}

# generate <database> <factor>: loads the benchmark data; prints the seconds it took.
generate() {
    local db=$1 factor=$2 started ended
    started=$(date +%s.%N)
    psql -X -q -d "$db" -v ON_ERROR_STOP=1 -v factor="$factor" -f "$REPO/src/bench/generate.sql" >&2 \
        || die "the data generator failed"
    ended=$(date +%s.%N)
    echo "$started $ended" | awk '{ printf "%.1f\n", $2 - $1 }'
}
