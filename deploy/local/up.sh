#!/usr/bin/env bash
# Starts the service beyond one machine, on one machine, from Debian's packages only:
#
#   HAProxy :18500 (round robin, checks /health/readiness every second; stats page :18501)
#     -> three instances of the service :18531 :18532 :18533 (bin/blog, each with its own pool of 8)
#          -> PgBouncer :18520 (transaction mode) -> PostgreSQL primary :18510
#          -> PostgreSQL replica :18511 (streaming hot standby of the primary) for the read-only use cases
#
# Migrations run once, before the instances start, over a direct connection to the primary (`bin/blog
# migrate`); the instances, whose pools go through PgBouncer, run with Flyway off. Installs
# postgresql, pgbouncer and haproxy with apt-get when they are missing. Everything it creates lives under
# $BLOG_LOCAL_DIR (default /tmp/blog-local); deploy/local/down.sh stops it all and removes that directory.
# Progress goes to stderr; the last line on stdout is the balancer's base URL alone.
#
#   BLOG_LOCAL_DIR=/tmp/blog-local   where data, configuration, logs and process ids go
#   BLOG_LOCAL_DRAIN_DELAY=4s        how long a stopping instance keeps serving with readiness DOWN
#   BLOG_LOCAL_READ_REPLICA=true     false: the instances read from the primary only
set -euo pipefail
source "$(dirname "$0")/cluster.sh"

[ ! -e "$STATE" ] || die "$STATE exists: the cluster is up, or a previous one was not taken down (deploy/local/down.sh)"

if [ -z "$(pg_bin)" ] || ! command -v pgbouncer >/dev/null || ! command -v haproxy >/dev/null \
        || ! command -v pg_basebackup >/dev/null || ! command -v curl >/dev/null; then
    log "installing postgresql, pgbouncer and haproxy from Debian's packages"
    SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q postgresql pgbouncer haproxy curl >&2
fi
PG=$(pg_bin) || die "no PostgreSQL server binaries under /usr/lib/postgresql"

if [ ! -s "$ROOT/bootstrap/target/blog.jar" ]; then
    log "building the service"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package >&2)
fi

mkdir -p "$STATE"/{run,log,pgbouncer}
[ "$(id -u)" != 0 ] || chown -R postgres: "$STATE"
password() { head -c 18 /dev/urandom | base64 | tr -d '/+='; }
BLOG_PASSWORD=$(password) REPLICATION_PASSWORD=$(password)
# One signing key for all instances, so that a token issued by one is accepted by the others.
JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
umask 077
cat > "$STATE/secrets.env" <<SECRETS
BLOG_PASSWORD=$BLOG_PASSWORD
REPLICATION_PASSWORD=$REPLICATION_PASSWORD
JWT_SECRET=$JWT_SECRET
SECRETS
umask 022

log "primary PostgreSQL on :$PRIMARY_PORT"
as_db_user "$PG/initdb" -D "$STATE/primary" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
cat >> "$STATE/primary/postgresql.conf" <<CONF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$STATE/run'
wal_level = replica
max_wal_senders = 5
hot_standby = on
CONF
as_db_user "$PG/pg_ctl" -D "$STATE/primary" -l "$STATE/log/primary.log" -w start >/dev/null
as_db_user psql -q -h "$STATE/run" -p $PRIMARY_PORT -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE blog LOGIN PASSWORD '$BLOG_PASSWORD';
-- Through PgBouncer the driver's "options" (the statement timeout) is dropped: set it on the role instead.
ALTER ROLE blog SET statement_timeout = '5s';
CREATE DATABASE blog OWNER blog;
CREATE ROLE replicator REPLICATION LOGIN PASSWORD '$REPLICATION_PASSWORD';
SQL

log "replica PostgreSQL on :$REPLICA_PORT (pg_basebackup, streaming, hot standby)"
# -R writes standby.signal and primary_conninfo; the slot keeps the WAL the replica has not received yet.
as_db_user env PGPASSWORD="$REPLICATION_PASSWORD" "$PG/pg_basebackup" -h 127.0.0.1 -p $PRIMARY_PORT \
    -U replicator -D "$STATE/replica" -R -X stream -c fast -C -S replica
# hot_standby_feedback: the primary's vacuum keeps the rows a replica query still reads, instead of the
# replica cancelling that query ("conflict with recovery").
printf 'port = %s\nhot_standby_feedback = on\n' $REPLICA_PORT | as_db_user tee -a "$STATE/replica/postgresql.conf" >/dev/null
as_db_user "$PG/pg_ctl" -D "$STATE/replica" -l "$STATE/log/replica.log" -w start >/dev/null

log "PgBouncer on :$BOUNCER_PORT (transaction mode)"
as_db_user tee "$STATE/pgbouncer/userlist.txt" >/dev/null <<USERS
"blog" "$BLOG_PASSWORD"
USERS
chmod 600 "$STATE/pgbouncer/userlist.txt"
as_db_user tee "$STATE/pgbouncer/pgbouncer.ini" >/dev/null <<INI
[databases]
blog = host=127.0.0.1 port=$PRIMARY_PORT dbname=blog

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $STATE/pgbouncer/userlist.txt
pool_mode = transaction
; 3 instances x 8 pooled connections share these server connections: two cores do not run more at once.
default_pool_size = 10
max_client_conn = 200
; the JDBC driver sends them at connect; PgBouncer must not refuse the connection for them (the statement
; timeout in "options" is set on the role instead)
ignore_startup_parameters = extra_float_digits,options
logfile = $STATE/log/pgbouncer.log
pidfile = $STATE/run/pgbouncer.pid
INI
as_db_user pgbouncer -d -q "$STATE/pgbouncer/pgbouncer.ini"

log "migrating over a direct connection to the primary"
DATASOURCES_DEFAULT_URL=$DIRECT_URL DATASOURCES_DEFAULT_USERNAME=blog DATASOURCES_DEFAULT_PASSWORD=$BLOG_PASSWORD \
    BLOG_ARCHIVE=false "$ROOT/bin/blog" migrate 2>&1 | grep -E '^blog: ' >&2 || die "the migration failed: run it again by hand to see why"

log "three instances on :${INSTANCE_PORTS[*]}"
for port in "${INSTANCE_PORTS[@]}"; do
    start_instance "$port"
done
for port in "${INSTANCE_PORTS[@]}"; do
    wait_for_200 "http://127.0.0.1:$port/health/readiness" \
        || die "the instance on :$port did not become ready: see $STATE/log/instance-$port.log"
done

log "HAProxy on :$BALANCER_PORT (round robin; statistics on :$BALANCER_STATS_PORT)"
{
    cat <<CFG
global
    maxconn 2000
    stats socket $STATE/run/haproxy.sock mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A connection an instance refuses (it has just died) is tried again on another instance; a request
    # already sent is never repeated, since it may have changed something.
    retries 2
    option redispatch 1

frontend blog
    bind 127.0.0.1:$BALANCER_PORT
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /health/readiness
    http-check expect status 200
    # Out after 2 failed checks a second apart, back after 2 good ones.
    default-server inter 1s fall 2 rise 2
    # Which instance answered, so that round robin and failover can be seen from outside.
    http-response set-header X-Blog-Instance %s
CFG
    i=0
    for port in "${INSTANCE_PORTS[@]}"; do
        i=$((i + 1))
        echo "    server blog$i 127.0.0.1:$port check"
    done
    cat <<CFG

listen stats
    bind 127.0.0.1:$BALANCER_STATS_PORT
    stats enable
    stats uri /
    stats refresh 2s
CFG
} > "$STATE/haproxy.cfg"
haproxy -q -D -f "$STATE/haproxy.cfg" -p "$STATE/run/haproxy.pid"
wait_for_200 "$BALANCER_URL/health/readiness" 30 || die "HAProxy does not answer on :$BALANCER_PORT"

log "up: logs in $STATE/log; deploy/local/prove.sh checks it end to end; deploy/local/down.sh removes it"
echo "$BALANCER_URL"
