#!/usr/bin/env bash
# Load through the cluster of deploy/local/up.sh, with benchmarks/run.sh's Gatling scenarios:
#   1. one instance directly (:18531, its pool through PgBouncer) - LABEL cluster-one-instance
#   2. the three instances behind HAProxy (:18500)                  - LABEL cluster-haproxy-three
# on the same seeded data (the first run seeds 200 users and 5,000 posts through the API, the second
# reuses them). Tables go to benchmarks/results/. Environment as for benchmarks/run.sh, defaults here:
# SCENARIOS="a b e" DURATION=20 CONNECTIONS=32 CEILINGS=0 QUIET_WAIT=30.
set -euo pipefail
source "$(dirname "$0")/cluster.sh"
[ -d "$STATE" ] || die "no cluster: start it with deploy/local/up.sh"
# shellcheck disable=SC1091
source "$STATE/secrets.env"
export PGHOST=127.0.0.1 PGPORT=$PRIMARY_PORT PGUSER=blog PGPASSWORD=$BLOG_PASSWORD BENCH_DB=blog BENCH_DB_DISPOSABLE=1
export SCENARIOS=${SCENARIOS:-a b e} DURATION=${DURATION:-20} CONNECTIONS=${CONNECTIONS:-32}
export CEILINGS=${CEILINGS:-0} QUIET_WAIT=${QUIET_WAIT:-30} SKIP_BUILD=1

BASE_URL=http://127.0.0.1:${INSTANCE_PORTS[0]} LABEL=cluster-one-instance "$ROOT/benchmarks/run.sh"
BASE_URL=$BALANCER_URL LABEL=cluster-haproxy-three REUSE_DB=1 "$ROOT/benchmarks/run.sh"
