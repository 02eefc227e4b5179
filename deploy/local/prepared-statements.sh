#!/usr/bin/env bash
# What prepareThreshold=0 (required behind PgBouncer in transaction mode) costs, on the cluster of
# deploy/local/up.sh after deploy/local/compare.sh has seeded it:
#   1. pgbench with the statements of scenarios b and d (benchmarks/pgbench), 8 clients (one instance's
#      pool), straight to the primary: -M prepared (named server-side statements, what the JDBC driver
#      does from a statement's fifth use on) vs -M extended (unnamed, parsed and planned every time: what
#      prepareThreshold=0 does); and -M extended through PgBouncer;
#   2. the service itself, one instance straight to the primary on :18534, scenarios b and d, with the
#      driver's default and with prepareThreshold=0.
# Prints the figures; the Gatling tables also go to benchmarks/results/.
set -euo pipefail
source "$(dirname "$0")/cluster.sh"
[ -d "$STATE" ] || die "no cluster: start it with deploy/local/up.sh"
# shellcheck disable=SC1091
source "$STATE/secrets.env"
export PGHOST=127.0.0.1 PGPORT=$PRIMARY_PORT PGUSER=blog PGPASSWORD=$BLOG_PASSWORD BENCH_DB_DISPOSABLE=1
SECONDS_EACH=${DURATION:-20}
OUT=$STATE/pgbench
"$ROOT/benchmarks/pgbench/ceiling.sh" blog 1 1 "$OUT" b d 2>/dev/null   # writes the scripts

pgbench_tps() { # port mode scenario
    local scripts=()
    for f in "$OUT/$3"/*.sql; do scripts+=(-f "$f"); done
    PGPORT=$1 pgbench -n -M "$2" -c 8 -j 2 -T "$SECONDS_EACH" "${scripts[@]}" blog 2>/dev/null \
        | awk '/^tps/ {printf "%.0f", $3} /^latency average/ {lat = $4} END {printf " tps, %s ms average\n", lat}'
}
for scenario in b d; do
    echo "pgbench $scenario, primary, -M prepared: $(pgbench_tps $PRIMARY_PORT prepared $scenario)"
    echo "pgbench $scenario, primary, -M extended: $(pgbench_tps $PRIMARY_PORT extended $scenario)"
    echo "pgbench $scenario, PgBouncer, -M extended: $(pgbench_tps $BOUNCER_PORT extended $scenario)"
done

PORT=18534
for url in "$DIRECT_URL" "$DIRECT_URL?prepareThreshold=0"; do
    label=direct-default-prepare
    [[ $url == *prepareThreshold=0 ]] && label=direct-prepare-threshold-0
    env MICRONAUT_SERVER_PORT=$PORT DATASOURCES_DEFAULT_URL="$url" DATASOURCES_DEFAULT_USERNAME=blog \
        DATASOURCES_DEFAULT_PASSWORD="$BLOG_PASSWORD" FLYWAY_DATASOURCES_DEFAULT_ENABLED=false BLOG_ARCHIVE=false \
        "$ROOT/bin/blog" > "$STATE/log/instance-$PORT.log" 2>&1 &
    pid=$!
    wait_for_200 "http://127.0.0.1:$PORT/health/readiness" || die "the instance on :$PORT did not start"
    BASE_URL=http://127.0.0.1:$PORT BENCH_DB=blog REUSE_DB=1 SKIP_BUILD=1 CEILINGS=0 SCENARIOS="b d" \
        DURATION=$SECONDS_EACH QUIET_WAIT=${QUIET_WAIT:-30} LABEL=$label "$ROOT/benchmarks/run.sh" | grep -E '^\| [bd]:'
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done
