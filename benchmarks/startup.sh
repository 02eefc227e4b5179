#!/usr/bin/env bash
# Start-up time and memory of the service, per JDK and JVM configuration: the time from `java -jar` to the
# first 200 on /health (the database migrated and the pool up), the resident set size (VmRSS) right then
# and after a load run (Gatling scenario a, LOAD_SECONDS), each the median of RUNS starts.
#
#   benchmarks/startup.sh                  # all configurations below
#   CONFIGS="jdk17-default jdk25-aot" benchmarks/startup.sh
#
# Needs the jar (./mvnw -B -o -DskipTests package) and a seeded benchmark database (benchmarks/run.sh
# leaves one: blog_bench). Writes benchmarks/results/<date>-startup.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/benchmarks
TARGET=$BENCH/target/startup
PORT=${PORT:-18090}
BENCH_DB=${BENCH_DB:-blog_bench}
RUNS=${RUNS:-5}
LOAD_SECONDS=${LOAD_SECONDS:-20}
MVN_ARGS=${MVN_ARGS:--o}
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
mkdir -p "$TARGET"
JAR=$ROOT/bootstrap/target/blog.jar

# name -> "JAVA_HOME|options". Archives (CDS, AOT cache) are made by a training start first, see train().
declare -A CONFIG=(
    [bin-blog]="|@launcher"
    [bin-blog-c1]="|@launcher -XX:TieredStopAtLevel=1"
    [bin-blog-jdk17]="$JDK17|@launcher"
    [bin-blog-jdk25]="$JDK25|@launcher"
    [jdk17-default]="$JDK17|"
    [jdk17-serial]="$JDK17|-XX:+UseSerialGC -Xss512k -Xmx256m"
    [jdk17-serial-cds]="$JDK17|-XX:+UseSerialGC -Xss512k -Xmx256m -XX:SharedArchiveFile=$TARGET/jdk17.jsa"
    [jdk17-serial-cds-c1]="$JDK17|-XX:+UseSerialGC -Xss512k -Xmx256m -XX:SharedArchiveFile=$TARGET/jdk17.jsa -XX:TieredStopAtLevel=1"
    [jdk25-default]="$JDK25|"
    [jdk25-serial]="$JDK25|-XX:+UseSerialGC -Xss512k -Xmx256m"
    [jdk25-serial-aot]="$JDK25|-XX:+UseSerialGC -Xss512k -Xmx256m -XX:AOTCache=$TARGET/jdk25.aot"
    [jdk25-serial-aot-c1]="$JDK25|-XX:+UseSerialGC -Xss512k -Xmx256m -XX:AOTCache=$TARGET/jdk25.aot -XX:TieredStopAtLevel=1"
)
CONFIGS=${CONFIGS:-bin-blog bin-blog-c1 bin-blog-jdk17 bin-blog-jdk25 jdk17-default jdk17-serial jdk17-serial-cds jdk17-serial-cds-c1 jdk25-default jdk25-serial jdk25-serial-aot jdk25-serial-aot-c1}

PID=
stop() { if [[ -n $PID ]]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi; }
trap stop EXIT

start() { # java_home options... ; sets PID, and STARTUP_MS to the milliseconds to the first 200 on /health
    local home=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    if [[ ${1:-} == @launcher ]]; then  # bin/blog, the documented default, with any options after it
        shift
        DATASOURCES_DEFAULT_URL=jdbc:postgresql://$PGHOST:5432/$BENCH_DB MICRONAUT_SERVER_PORT=$PORT \
            JAVA_HOME=$home JAVA_OPTS="$*" "$ROOT/bin/blog" > "$TARGET/service.log" 2>&1 &
    else
        DATASOURCES_DEFAULT_URL=jdbc:postgresql://$PGHOST:5432/$BENCH_DB MICRONAUT_SERVER_PORT=$PORT \
            "$home/bin/java" "$@" -jar "$JAR" > "$TARGET/service.log" 2>&1 &
    fi
    PID=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/health"; do
        kill -0 "$PID" 2>/dev/null || { cat "$TARGET/service.log" >&2; exit 1; }
        sleep 0.01
    done
    t1=$(date +%s%N)
    STARTUP_MS=$(( (t1 - t0) / 1000000 ))
}
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status"; }

train() { # make the CDS archive / AOT cache of a configuration with one start and a little traffic
    local home=$1 options=$2
    if [[ $options == *jdk17.jsa* && ! -s $TARGET/jdk17.jsa ]]; then
        start "$home" -XX:ArchiveClassesAtExit="$TARGET/jdk17.jsa"
        for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/api/posts/1"; done
        stop
    fi
    if [[ $options == @launcher* ]]; then  # the launcher records its archive on its first start
        # shellcheck disable=SC2086
        start "$home" $options
        for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/api/posts/1"; done
        stop
    fi
    if [[ $options == *jdk25.aot* && ! -s $TARGET/jdk25.aot ]]; then
        start "$home" -XX:AOTCacheOutput="$TARGET/jdk25.aot"
        for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/api/posts/1"; done
        stop
    fi
}

cpu_idle_percent() {
    local a b
    read -r -a a < /proc/stat; sleep 1; read -r -a b < /proc/stat
    local busy=$(( (b[1]+b[2]+b[3]+b[6]+b[7]) - (a[1]+a[2]+a[3]+a[6]+a[7]) ))
    local idle=$(( (b[4]+b[5]) - (a[4]+a[5]) ))
    echo $(( 100 * idle / (busy + idle) ))
}
wait_until_quiet() { # the machine may be shared: wait (at most 120 s) until it is at least 85% idle
    local waited=0
    while (( $(cpu_idle_percent) < 85 && waited < 120 )); do waited=$((waited + 1)); done
}

median() { tr -s ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT=$BENCH/results/$STAMP-startup.md
{
    echo "# Start-up and memory, $STAMP"
    echo
    echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM; median of $RUNS starts;"
    echo "start-up = from \`java -jar\` to the first 200 on /health (Flyway validated, pool of 8 filled);"
    echo "RSS after load = after ${LOAD_SECONDS} s of scenario a (32 connections)."
    echo
    echo "| configuration | JVM options | start-up ms | RSS after start-up MiB | RSS after load MiB | scenario a requests/s |"
    echo "|---|---|---:|---:|---:|---:|"
} > "$OUT"

# Archives first; then the starts in rounds, one of each configuration per round, so that a slow spell of
# a shared machine falls on all of them alike; then a load run per configuration.
for name in $CONFIGS; do
    IFS='|' read -r home options <<< "${CONFIG[$name]}"
    train "$home" "$options"
done
declare -A TIMES=() RSSES=()
for _ in $(seq 1 "$RUNS"); do
    for name in $CONFIGS; do
        IFS='|' read -r home options <<< "${CONFIG[$name]}"
        wait_until_quiet
        # shellcheck disable=SC2086
        start "$home" $options
        TIMES[$name]+="$STARTUP_MS "
        sleep 1   # let the pool finish filling and the start-up threads settle
        RSSES[$name]+="$(rss) "
        stop
    done
done
for name in $CONFIGS; do
    IFS='|' read -r home options <<< "${CONFIG[$name]}"
    # shellcheck disable=SC2086
    start "$home" $options
    ./mvnw -B -q $MVN_ARGS -f "$BENCH/pom.xml" gatling:test -Dscenario=a -Dduration="$LOAD_SECONDS" \
        -DbaseUrl="http://127.0.0.1:$PORT" -DseedDir="$BENCH/target/seed" \
        -Dgatling.resultsFolder="$TARGET/gatling" > "$TARGET/gatling-$name.log" 2>&1
    loaded=$(rss)
    rps=$(grep -m1 'mean throughput' "$TARGET/gatling-$name.log" | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}')
    stop
    line="| $name | \`${options//$TARGET\//}\` | $(echo "${TIMES[$name]}" | median) | $(echo "${RSSES[$name]}" | median) | $loaded | $rps |"
    echo "$line" | tee -a "$OUT"
done
echo "written: ${OUT#$ROOT/}"
