#!/usr/bin/env bash
# The one command of the benchmarks: builds the service, starts it on a fresh database (unless BASE_URL is
# given), seeds it through the API, runs the load scenarios with Gatling, each of a, b and d followed by its
# pgbench ceiling on the same data with the same concurrency and duration, and prints the results
# table, which it also writes to benchmarks/results/. Gatling's HTML reports stay in benchmarks/target/gatling/.
#
#   benchmarks/run.sh                                   # defaults: 30 s per scenario, 32 connections
#   DURATION=10 benchmarks/run.sh                       # a quick run
#   BASE_URL=http://host:8080 BENCH_DB=blog_bench_x benchmarks/run.sh   # a running service on a throwaway database
#
# Environment (all optional):
#   DURATION=30        seconds per scenario and per pgbench ceiling
#   CONNECTIONS=32     concurrent connections (Gatling virtual users, pgbench clients)
#   WARMUP=15          seconds of reads (a, b, d) before measuring, not reported (0 = none)
#   BASE_URL           a running service to measure; then BENCH_DB must name its database, which is seeded,
#                      has posts deleted and is vacuumed: give it a throwaway database, never one you keep
#   PORT=18080         port of the service this script starts
#   BENCH_DB=blog_bench  the benchmarks' own database: dropped and created afresh. The development database
#                      (blog) and the maintenance database (postgres) are refused unless BENCH_DB_DISPOSABLE=1
#   JAVA_HOME          JDK that runs the started service (default: the one on the PATH)
#   BLOG_LAUNCHER=bin/blog   how the service is started (the documented default launcher)
#   JAVA_OPTS          extra JVM options for the service, on top of the launcher's
#   SKIP_BUILD=1       use the jar already in bootstrap/target
#   REUSE_DB=1         keep the database of the previous run and its seed (quick experiments)
#   LABEL              a word for the results file name (default: run)
#   SCENARIOS="a b c d e r"  the scenarios to run (r: RealWorld article pages); CEILINGS=0 skips pgbench
#   MVN_ARGS           extra Maven arguments, e.g. -o to build offline once ~/.m2 holds Gatling
#   Any DATASOURCES_DEFAULT_* or MICRONAUT_* variable reaches the started service unchanged.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/benchmarks
TARGET=$BENCH/target

DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-15}
PORT=${PORT:-18080}
BENCH_DB=${BENCH_DB:-blog_bench}
LABEL=${LABEL:-run}
SCENARIOS=" ${SCENARIOS:-a b c d e r} "
CEILINGS=${CEILINGS:-1}
MVN_ARGS=${MVN_ARGS:-}
BLOG_LAUNCHER=${BLOG_LAUNCHER:-$ROOT/bin/blog}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

case $BENCH_DB in
    blog | postgres | template0 | template1)
        if [[ ${BENCH_DB_DISPOSABLE:-} != 1 ]]; then
            echo "benchmarks/run.sh: BENCH_DB=$BENCH_DB would seed, delete from and vacuum that database;" \
                "use a database of the benchmarks' own, or set BENCH_DB_DISPOSABLE=1 if it really is disposable" >&2
            exit 2
        fi
        ;;
esac

mkdir -p "$TARGET" "$BENCH/results"
SERVICE_PID=
stop_service() {
    if [[ -n $SERVICE_PID ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID"
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    SERVICE_PID=
}
trap stop_service EXIT

log() { printf '\n== %s\n' "$*" >&2; }

if [[ -z ${SKIP_BUILD:-} ]]; then
    log "building the service"
    ./mvnw -B -q $MVN_ARGS -DskipTests package
fi
log "compiling the simulations"
./mvnw -B -q $MVN_ARGS -f "$BENCH/pom.xml" test-compile

if [[ -z ${BASE_URL:-} ]]; then
    BASE_URL=http://127.0.0.1:$PORT
    log "starting the service on $BASE_URL with a fresh database $BENCH_DB"
    if [[ -z ${REUSE_DB:-} ]]; then
        dropdb --if-exists "$BENCH_DB"
        createdb "$BENCH_DB"
    fi
    start_service() {
        DATASOURCES_DEFAULT_URL=jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB MICRONAUT_SERVER_PORT=$PORT \
            JAVA_HOME=${JAVA_HOME:-} JAVA_OPTS=${JAVA_OPTS:-} "$BLOG_LAUNCHER" > "$TARGET/service.log" 2>&1 &
        SERVICE_PID=$!
        for _ in $(seq 1 300); do
            curl -sf "$BASE_URL/health" > /dev/null && break
            kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$TARGET/service.log"; exit 1; }
            sleep 0.1
        done
        curl -sf "$BASE_URL/health" > /dev/null || { echo "the service did not become healthy" >&2; exit 1; }
    }
    # The first start after a build records the launcher's start-up archive (JDK 25: an AOT cache, whose
    # recording slows the JVM down): make that a start of its own, not the measured one.
    if [[ -z $(find "$ROOT/bootstrap/target" -maxdepth 1 \( -name 'blog-*.aot' -o -name 'blog-*.jsa' \) \
            -newer "$ROOT/bootstrap/target/blog.jar" 2>/dev/null) ]]; then
        log "recording the launcher's start-up archive"
        start_service
        for _ in $(seq 1 50); do curl -s -o /dev/null "$BASE_URL/api/posts?limit=20"; done
        stop_service
    fi
    start_service
fi

# The machine may be shared: before measuring, wait (at most QUIET_WAIT s) until it is at least 85% idle.
cpu_idle_percent() {
    local a b
    read -r -a a < /proc/stat; sleep 1; read -r -a b < /proc/stat
    local busy=$(( (b[1]+b[2]+b[3]+b[6]+b[7]) - (a[1]+a[2]+a[3]+a[6]+a[7]) ))
    local idle=$(( (b[4]+b[5]) - (a[4]+a[5]) ))
    echo $(( 100 * idle / (busy + idle) ))
}
wait_until_quiet() {
    local waited=0 idle
    while idle=$(cpu_idle_percent); (( idle < 85 && waited < ${QUIET_WAIT:-300} )); do
        (( waited == 0 )) && echo "   the machine is busy (${idle}% idle): waiting for it to settle" >&2
        waited=$((waited + 1))
    done
}

gatling() { # scenario duration
    [[ $1 == seed ]] || wait_until_quiet
    rm -rf "$TARGET/gatling/$1"
    ./mvnw -B -q $MVN_ARGS -f "$BENCH/pom.xml" gatling:test -Dscenario="$1" -Dduration="$2" \
        -Dconnections="$CONNECTIONS" -DbaseUrl="$BASE_URL" -DseedDir="$TARGET/seed" \
        -Dgatling.resultsFolder="$TARGET/gatling/$1" -Dgatling.runDescription="scenario $1" \
        > "$TARGET/gatling-$1.log" 2>&1 || { tail -40 "$TARGET/gatling-$1.log"; exit 1; }
}

if [[ -n ${REUSE_DB:-} && -s $TARGET/seed/post-ids.txt ]]; then
    log "reusing the seeded database $BENCH_DB"
else
    log "seeding through the API: 200 users, 5,000 posts with 0..4 of 50 tags"
    gatling seed 0
    grep -h '^seeded' "$TARGET/gatling-seed.log" >&2 || true
    if (( $(wc -l < "$TARGET/seed/post-ids.txt") < 5000 )); then
        echo "seeding failed: see benchmarks/target/gatling-seed.log and service.log" >&2; exit 1
    fi
    psql -q -d "$BENCH_DB" -c 'VACUUM ANALYZE' > /dev/null
fi
SEEDED_MAX_ID=$(sort -n "$TARGET/seed/post-ids.txt" | tail -1)
# Back to the seeded data: c and e add posts, and every scenario should meet the data the seed made
# (count(*) and the tag filter grow with the table, so e would otherwise depend on how fast c was).
# VACUUM FULL, not VACUUM: the deleted posts were the newest, at the head of the newest-first index, and
# their half-empty pages stayed in it; after a few runs the index was ten times its size and the
# ceiling of b had halved.
reset_data() {
    psql -X -q -d "$BENCH_DB" -c "DELETE FROM posts WHERE id > $SEEDED_MAX_ID" \
        -c 'VACUUM FULL posts, post_tags, tags' -c 'ANALYZE' > /dev/null
}
reset_data   # a reused database may carry an earlier run's leftovers

if (( WARMUP > 0 )); then
    log "warming up: ${WARMUP} s of reads (not reported)"
    gatling warmup "$WARMUP"
fi

rm -f "$TARGET"/gatling-[a-e].log "$TARGET"/gatling-r.log
run_scenario() {
    [[ $SCENARIOS == *" $1 "* ]] || return 0
    log "scenario $1: ${DURATION} s, $CONNECTIONS connections"
    gatling "$1" "$DURATION"
    reset_data
}

# Each read scenario, then its ceiling right after it on the same data (the shared machine's speed drifts
# over minutes, and a ratio of two figures taken far apart would carry that drift), then the writes.
rm -rf "$TARGET/pgbench"
for scenario in a b d; do
    run_scenario $scenario
    if [[ $CEILINGS == 1 && $SCENARIOS == *" $scenario "* ]]; then
        log "database ceiling of $scenario (pgbench, $CONNECTIONS clients, ${DURATION} s)"
        wait_until_quiet
        "$BENCH/pgbench/ceiling.sh" "$BENCH_DB" "$DURATION" "$CONNECTIONS" "$TARGET/pgbench" "$scenario"
    fi
done
run_scenario r
for scenario in c e; do run_scenario $scenario; done

RSS_AFTER_LOAD= SERVICE_JDK="not started by this run"
if [[ -n $SERVICE_PID ]]; then
    JAVA_PID=$(pgrep -P "$SERVICE_PID" java || echo "$SERVICE_PID")
    RSS_AFTER_LOAD=$(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$JAVA_PID/status" 2>/dev/null || true)
    # The launcher picks the JDK: ask the running process which one it is.
    SERVICE_JDK=$("$(readlink -f "/proc/$JAVA_PID/exe")" -version 2>&1 | head -1)
    SERVICE_ARGS=$(tr '\0' ' ' < "/proc/$JAVA_PID/cmdline" | sed "s|$ROOT/||g")
fi
stop_service

STAMP=$(date -u +%Y-%m-%dT%H%MZ)
RESULT=$BENCH/results/$STAMP-$LABEL.md
{
    echo "# Benchmark run $STAMP ($LABEL)"
    echo
    echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr); load generator, service and PostgreSQL on the same machine"
    echo "- JDK of the service: $SERVICE_JDK"
    echo "- PostgreSQL: $(psql -Atc 'SHOW server_version' -d "$BENCH_DB")"
    echo "- configuration: launcher \`${BLOG_LAUNCHER#$ROOT/}\`, JAVA_OPTS=\`${JAVA_OPTS:-}\`, $(env | grep -E '^(DATASOURCES_DEFAULT|MICRONAUT|BLOG)_' | grep -v PASSWORD | tr '\n' ' ')"
    [[ -n ${SERVICE_ARGS:-} ]] && echo "- service command line: \`$SERVICE_ARGS\`"
    echo "- load: $CONNECTIONS connections, ${DURATION} s per scenario, ${WARMUP} s warm-up; Gatling $(grep -m1 -o '<gatling.version>[^<]*' "$BENCH/pom.xml" | cut -d'>' -f2)"
    [[ -n $RSS_AFTER_LOAD ]] && echo "- service RSS after the run: $RSS_AFTER_LOAD"
    echo
    python3 "$BENCH/report.py" "$TARGET"
} > "$RESULT"
cat "$RESULT"
echo
echo "results: ${RESULT#$ROOT/}; Gatling reports: benchmarks/target/gatling/<scenario>/*/index.html"
