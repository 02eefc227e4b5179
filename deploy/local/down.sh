#!/usr/bin/env bash
# Stops everything deploy/local/up.sh started (by the process ids it recorded) and removes $BLOG_LOCAL_DIR
# (default /tmp/blog-local): data, configuration, logs. Safe to run when nothing, or only part, is up.
set -euo pipefail
source "$(dirname "$0")/cluster.sh"

[ -d "$STATE" ] || { log "nothing to take down: $STATE does not exist"; exit 0; }

stop_pid_file() { # $1: pid file; SIGTERM, then SIGKILL after $2 seconds
    local file=$1 pid deadline
    running "$file" || return 0
    pid=$(head -n 1 "$file")
    kill "$pid" 2>/dev/null || true
    deadline=$((SECONDS + $2))
    while kill -0 "$pid" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then
            kill -9 "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.2
    done
}

log "stopping HAProxy"
stop_pid_file "$STATE/run/haproxy.pid" 5
log "stopping the instances"
for port in "${INSTANCE_PORTS[@]}"; do
    stop_pid_file "$STATE/run/instance-$port.pid" 40 &
done
wait
log "stopping PgBouncer"
stop_pid_file "$STATE/run/pgbouncer.pid" 5
PG=$(pg_bin || true)
for cluster in replica primary; do
    if [ -n "$PG" ] && [ -f "$STATE/$cluster/postmaster.pid" ]; then
        log "stopping the $cluster"
        as_db_user "$PG/pg_ctl" -D "$STATE/$cluster" -m fast -w stop >/dev/null || true
    fi
done
rm -rf "$STATE"
log "down: $STATE removed"
