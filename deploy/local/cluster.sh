# Shared by up.sh, down.sh and prove.sh: where the local cluster lives and how to reach its parts.
# Sourced, not run. Everything the cluster creates is under $BLOG_LOCAL_DIR (default /tmp/blog-local),
# and every port is in 18500-18549.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${BLOG_LOCAL_DIR:-/tmp/blog-local}

BALANCER_PORT=18500        # HAProxy, round robin over the instances: the cluster's one address
BALANCER_STATS_PORT=18501  # HAProxy's statistics page (which instance is up, how many requests each took)
PRIMARY_PORT=18510         # PostgreSQL primary
REPLICA_PORT=18511         # PostgreSQL streaming hot standby of the primary
BOUNCER_PORT=18520         # PgBouncer in transaction mode, in front of the primary
INSTANCE_PORTS=(18531 18532 18533)
DRAIN_DELAY=${BLOG_LOCAL_DRAIN_DELAY:-4s}  # more than HAProxy needs to notice (checks every 1 s, 2 failures)

BALANCER_URL=http://127.0.0.1:$BALANCER_PORT
DIRECT_URL=jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/blog
# Server-side prepared statements live in one server session; in transaction mode the next transaction may
# run on another one, so the driver must not name statements (prepareThreshold=0, measured in the README).
POOLED_URL=jdbc:postgresql://127.0.0.1:$BOUNCER_PORT/blog?prepareThreshold=0
REPLICA_URL=jdbc:postgresql://127.0.0.1:$REPLICA_PORT/blog

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The newest PostgreSQL server binaries Debian installed (initdb and pg_ctl are not on the PATH there).
pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# PostgreSQL and PgBouncer refuse to run as root: as root, run them as the postgres user.
as_db_user() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# True when the process whose id is in file $1 runs.
running() { [ -s "$1" ] && kill -0 "$(head -n 1 "$1")" 2>/dev/null; }

# Waits up to $2 seconds (default 120) until URL $1 answers 200.
wait_for_200() {
    local deadline=$((SECONDS + ${2:-120}))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.5
    done
}

# Starts the instance on port $1 in the background (its own session, so it outlives the calling script).
start_instance() {
    local port=$1 replica=()
    # shellcheck disable=SC1091
    source "$STATE/secrets.env"
    if [ "${BLOG_LOCAL_READ_REPLICA:-true}" = true ]; then
        replica=(BLOG_READ_REPLICA_URL="$REPLICA_URL" BLOG_READ_REPLICA_USERNAME=blog
                 BLOG_READ_REPLICA_PASSWORD="$BLOG_PASSWORD")
    fi
    # Flyway off: migrations go over a direct connection (bin/blog migrate), not through PgBouncer.
    # BLOG_ARCHIVE=false: three first starts would all record the same start-up archive at once.
    env MICRONAUT_SERVER_PORT="$port" \
        DATASOURCES_DEFAULT_URL="$POOLED_URL" \
        DATASOURCES_DEFAULT_USERNAME=blog \
        DATASOURCES_DEFAULT_PASSWORD="$BLOG_PASSWORD" \
        BLOG_JWT_SECRET="$JWT_SECRET" \
        FLYWAY_DATASOURCES_DEFAULT_ENABLED=false \
        BLOG_SHUTDOWN_DRAIN_DELAY="$DRAIN_DELAY" \
        BLOG_ARCHIVE=false \
        "${replica[@]}" \
        setsid "$ROOT/bin/blog" >> "$STATE/log/instance-$port.log" 2>&1 < /dev/null &
    echo $! > "$STATE/run/instance-$port.pid"
    disown $!   # not a job of the calling shell: it reports nothing when the instance is killed
}
