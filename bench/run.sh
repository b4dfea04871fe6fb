#!/usr/bin/env bash
# Orbita benchmark, end to end, on a fresh database:
#   start the app once (schema + admin user) -> stop it -> generate accounts/contacts with JDBC
#   -> start the app again (it rebuilds its search index) -> load run (HTTP vs raw SQL) -> stop it.
# The markdown table is printed and written to bench/out/results-<date>-<db>.md.
#
#   bench/run.sh                      PostgreSQL on 127.0.0.1:5432 (user postgres), database orbita_bench
#   bench/run.sh --db orbita_bench_x  the same on another database (it is dropped and re-created too)
#   bench/run.sh --h2                 embedded H2 file database in a temporary data directory
#   bench/run.sh --jar path/to/orbita-x.jar --contacts 100000 --accounts 20000 --seconds 20 --concurrency 4
#
# Everything runs on 127.0.0.1 and every step has a time limit. See bench/README.md.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_DIR=${ORBITA_APP_DIR:-$(dirname "$BENCH_DIR")}

DB=postgres
CONTACTS=100000
ACCOUNTS=20000
MEASURE=20
WARMUP=5
SQL_MEASURE=10
CONCURRENCY=4
PORT=18080
JAR=${ORBITA_JAR:-}
KEEP=0
H2_WRITE_DELAY=0   # the app's own setting (docs/decisions/018); H2's default is 500
ENDPOINTS=get,list,list-owner,list-q,search-name,search-phone,create
PGHOST_=${PGHOST:-127.0.0.1}
PGPORT_=${PGPORT:-5432}
PGUSER_=${PGUSER:-postgres}
PGPASSWORD_=${PGPASSWORD:-}
PGDATABASE_=${BENCH_DATABASE:-orbita_bench}
ADMIN_PASSWORD=bench-admin-pass
START_TIMEOUT=${START_TIMEOUT:-300}     # first start: schema migration + admin user
REINDEX_TIMEOUT=${REINDEX_TIMEOUT:-1200} # second start: search index rebuilt from the generated rows

usage() {
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    cat <<EOF
Options: --h2 | --postgres, --db NAME (PostgreSQL database, dropped and re-created; default orbita_bench or
\$BENCH_DATABASE), --jar FILE, --app-dir DIR, --contacts N, --accounts N, --seconds S (measured,
per endpoint), --warmup S, --sql-seconds S, --concurrency N, --endpoints a,b,c, --port P, --keep (keep the
temporary data directory and app logs), --h2-write-delay MS (H2's WRITE_DELAY: 0, the app's
setting, writes every commit to the file before it is acknowledged). Environment: PGHOST PGPORT PGUSER PGPASSWORD BENCH_DATABASE,
APP_JAVA_OPTS, BENCH_JAVA_OPTS, START_TIMEOUT, REINDEX_TIMEOUT.
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --h2) DB=h2 ;;
        --postgres | --pg) DB=postgres ;;
        --jar) JAR=$2; shift ;;
        --db) PGDATABASE_=$2; shift ;;
        --app-dir) APP_DIR=$2; shift ;;
        --contacts) CONTACTS=$2; shift ;;
        --accounts) ACCOUNTS=$2; shift ;;
        --seconds) MEASURE=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --sql-seconds) SQL_MEASURE=$2; shift ;;
        --concurrency) CONCURRENCY=$2; shift ;;
        --endpoints) ENDPOINTS=$2; shift ;;
        --port) PORT=$2; shift ;;
        --keep) KEEP=1 ;;
        --h2-write-delay) H2_WRITE_DELAY=$2; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

[[ $PGDATABASE_ =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--db: a lower-case SQL name, not $PGDATABASE_" >&2; exit 2; }

log() { printf '\n[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '\nrun.sh: %s\n' "$*" >&2; exit 1; }

BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/orbita-bench.XXXXXX)
APP_PID=""
OK=0

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 1
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            echo "app did not stop within 60 s: killing it"
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

cleanup() {
    stop_app
    if [ "$OK" = 1 ] && [ "$KEEP" = 0 ]; then
        rm -rf "$WORK"
    else
        echo "data directory and app logs kept in $WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools and jars -----------------------------------------------------------------------------
command -v java >/dev/null || die "java is not on the PATH"
command -v curl >/dev/null || die "curl is not on the PATH"
if curl -s -o /dev/null --max-time 2 "$BASE/actuator/health"; then
    die "something already answers on $BASE: stop it or pick another --port"
fi

MVN=mvn
[ -x "$APP_DIR/mvnw" ] && MVN="$APP_DIR/mvnw"
log "building the benchmark harness (bench/target/orbita-bench.jar)"
if ! timeout 600 "$MVN" -q -o -f "$BENCH_DIR/pom.xml" package; then
    echo "offline build failed; trying once with the Maven repository reachable"
    timeout 900 "$MVN" -q -f "$BENCH_DIR/pom.xml" package || die "cannot build the harness"
fi
BENCH_JAR=$BENCH_DIR/target/orbita-bench.jar

if [ -z "$JAR" ]; then
    JAR=$(ls -t "$APP_DIR"/target/orbita-*.jar 2>/dev/null | grep -v -e '\.original$' -e '-plain\.jar$' | head -n 1 || true)
    if [ -z "$JAR" ]; then
        log "building the app jar ($APP_DIR: ./mvnw -q -DskipTests package)"
        (cd "$APP_DIR" && timeout 900 ./mvnw -q -DskipTests package) || die "cannot build the app"
        JAR=$(ls -t "$APP_DIR"/target/orbita-*.jar | grep -v -e '\.original$' -e '-plain\.jar$' | head -n 1)
    fi
fi
[ -f "$JAR" ] || die "app jar not found: $JAR"
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
JAR_SRC=$(dirname "$(dirname "$JAR")")
APP_COMMIT=$(git -C "$JAR_SRC" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$APP_COMMIT" != unknown ] && [ -n "$(git -C "$JAR_SRC" status --porcelain -- src pom.xml 2>/dev/null)" ]; then
    APP_COMMIT="$APP_COMMIT + uncommitted changes"
fi
log "app: $JAR (commit $APP_COMMIT); data directory $WORK"

# --- database -------------------------------------------------------------------------------------
H2_URL="jdbc:h2:file:$WORK/db/orbita;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=$H2_WRITE_DELAY"
PG_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$PGDATABASE_"
if [ "$DB" = postgres ]; then
    command -v psql >/dev/null || die "psql is not on the PATH"
    log "creating a fresh PostgreSQL database $PGDATABASE_ on $PGHOST_:$PGPORT_"
    PGPASSWORD=$PGPASSWORD_ timeout 120 psql -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" -d postgres -v ON_ERROR_STOP=1 -q \
        -c "drop database if exists $PGDATABASE_ with (force)" -c "create database $PGDATABASE_" \
        || die "cannot (re)create database $PGDATABASE_"
    PG_VERSION=$(PGPASSWORD=$PGPASSWORD_ psql -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" -d "$PGDATABASE_" -Atc 'show server_version' || echo '?')
    LABEL="PostgreSQL $PG_VERSION, app $APP_COMMIT"
else
    LABEL="H2 (embedded file, WRITE_DELAY=$H2_WRITE_DELAY), app $APP_COMMIT"
fi

# $1: log name; $2: "auto" to open the H2 file with AUTO_SERVER=TRUE (so that the harness can connect too)
start_app() {
    local name=$1 mode=${2:-}
    local -a env=(ORBITA_ADMIN_PASSWORD="$ADMIN_PASSWORD" ORBITA_DEMO_DATA=false ORBITA_DATA_DIR="$WORK"
        SERVER_PORT="$PORT")
    if [ "$DB" = postgres ]; then
        env+=(SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="$PG_URL" SPRING_DATASOURCE_USERNAME="$PGUSER_"
            SPRING_DATASOURCE_PASSWORD="$PGPASSWORD_")
    elif [ "$mode" = auto ]; then
        env+=(SPRING_DATASOURCE_URL="$H2_URL;AUTO_SERVER=TRUE")
    fi
    # server.address keeps the app on loopback; the percentile histogram lets the harness read server-side
    # p50/p99 of http.server.requests from /actuator/prometheus (configuration only, no code change).
    # shellcheck disable=SC2086
    env "${env[@]}" java ${APP_JAVA_OPTS:-} -Dh2.bindAddress=127.0.0.1 -jar "$JAR" --server.address=127.0.0.1 \
        --management.metrics.distribution.percentiles-histogram.http.server.requests=true \
        >"$WORK/app-$name.log" 2>&1 &
    APP_PID=$!
}

wait_ready() {
    local limit=$1 started=$SECONDS
    while true; do
        if curl -fs --max-time 5 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
            echo "ready after $((SECONDS - started)) s"
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -n 40 "$WORK"/app-*.log | tail -n 40
            die "the app exited before it was ready"
        fi
        if [ $((SECONDS - started)) -ge "$limit" ]; then
            tail -n 20 "$WORK"/app-*.log
            die "the app was not ready within $limit s"
        fi
        sleep 2
    done
}

log "first start: schema migration and admin user"
start_app first
wait_ready "$START_TIMEOUT"
stop_app

log "generating $CONTACTS contacts and $ACCOUNTS accounts"
# shellcheck disable=SC2086
if [ "$DB" = postgres ]; then
    timeout 900 java ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" generate --jdbc "$PG_URL" --user "$PGUSER_" \
        --password="$PGPASSWORD_" --contacts "$CONTACTS" --accounts "$ACCOUNTS" | tee "$WORK/generate.txt"
    LOAD_JDBC=$PG_URL
else
    timeout 900 java ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" generate --jdbc "$H2_URL" --user sa --password= \
        --contacts "$CONTACTS" --accounts "$ACCOUNTS" | tee "$WORK/generate.txt"
    LOAD_JDBC="$H2_URL;AUTO_SERVER=TRUE"
fi
GENERATED=$(grep -E '^contacts:|^inserted' "$WORK/generate.txt" | paste -sd ';' - | sed 's/;/; /g' || true)

log "second start: the app rebuilds its search index from the generated rows"
start_app second auto
wait_ready "$REINDEX_TIMEOUT"
grep -h -E 'IndexRebuilder|Rebuilt' "$WORK/app-second.log" | sed 's/^/    /' || true

mkdir -p "$BENCH_DIR/out"
OUT=$BENCH_DIR/out/results-$(date +%Y%m%d-%H%M%S)-$DB.md
N_ENDPOINTS=$(echo "$ENDPOINTS" | tr ',' '\n' | wc -l)
LOAD_LIMIT=$((N_ENDPOINTS * (WARMUP + MEASURE + 3 + SQL_MEASURE + 60) + 600))
log "load run: $ENDPOINTS, $CONCURRENCY thread(s), ${WARMUP}s warm-up + ${MEASURE}s per endpoint (limit ${LOAD_LIMIT}s)"
# shellcheck disable=SC2086
timeout "$LOAD_LIMIT" java ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" load --base "$BASE" --user admin \
    --password "$ADMIN_PASSWORD" --jdbc "$LOAD_JDBC" --db-user "$([ "$DB" = postgres ] && echo "$PGUSER_" || echo sa)" \
    --db-password="$([ "$DB" = postgres ] && echo "$PGPASSWORD_" || echo '')" --seconds "$MEASURE" \
    --warmup "$WARMUP" --sql-seconds "$SQL_MEASURE" --concurrency "$CONCURRENCY" --endpoints "$ENDPOINTS" \
    --label "$LABEL" --out "$OUT.tmp"
{
    cat "$OUT.tmp"
    printf '\nGenerator: %s\n' "$GENERATED"
    printf 'App: %s (commit %s); %s\n' "$(basename "$JAR")" "$APP_COMMIT" \
        "$(grep -h 'Rebuilt the' "$WORK/app-second.log" | sed 's/.*: //' | paste -sd ';' - | sed 's/;/; /g' || true)"
} >"$OUT"
rm -f "$OUT.tmp"
stop_app
OK=1
log "results written to $OUT"
