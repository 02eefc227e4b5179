#!/usr/bin/env bash
# Checks the local cluster of deploy/local/up.sh end to end, through the balancer, and prints what it saw:
#   1. round robin: consecutive requests are answered by every instance in turn;
#   2. one database behind all: a user registered through one instance is read on each of them;
#      concurrent view counts, likes by 30 users and same-name tags through all instances lose nothing and
#      create one tag;
#   3. identity, when the service has it (POST /api/auth/login exists): a token issued by one instance
#      works on the others, a logout on one revokes it on all, failed logins are throttled across instances;
#   4. replica reads: read-only requests are served by the streaming replica; with its replay paused, a
#      user registered a moment ago logs in and reads back their own change (writes and logins use the
#      primary); with the replica stopped reads still succeed (from the primary), and use it again once back;
#   5. drain: an instance stopped with SIGTERM under load costs no request; restarted, it takes requests again;
#   6. failover: an instance killed with SIGKILL under load costs only the requests in flight on it, and
#      none once HAProxy has noticed; restarted, it takes requests again.
# Exits non-zero at the first check that fails. Leaves the cluster up, all instances running.
set -euo pipefail
source "$(dirname "$0")/cluster.sh"
[ -d "$STATE" ] || die "no cluster: start it with deploy/local/up.sh"
command -v jq >/dev/null || die "jq is missing (apt-get install jq)"
URL=$BALANCER_URL
RUN=$(date +%s)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

pass() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; exit 1; }
# curl that prints the body; -w appends nothing. $1 method, $2 url, $3 body (optional), then extra args.
call() {
    local method=$1 url=$2 body=${3:-}
    shift 3 || shift $#
    if [ -n "$body" ]; then
        curl -s -X "$method" "$url" -H 'Content-Type: application/json' -d "$body" "$@"
    else
        curl -s -X "$method" "$url" "$@"
    fi
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
# Retries command "$@" (which prints a value) until it prints $EXPECT, for at most 5 s: a read may be
# served by the replica, which may lag a few milliseconds behind the write.
eventually() {
    local deadline=$((SECONDS + 5)) value
    while :; do
        value=$("$@" || true)
        [ "$value" = "$EXPECT" ] && { echo "$value"; return 0; }
        [ $SECONDS -lt $deadline ] || { echo "$value"; return 1; }
        sleep 0.1
    done
}
replica_commits() {
    as_db_user psql -X -Atq -h "$STATE/run" -p $REPLICA_PORT -U postgres -d blog \
        -c "SELECT xact_commit FROM pg_stat_database WHERE datname = 'blog'"
}
wait_until_in_rotation() { # instance name, e.g. blog2: until the balancer has it back in rotation
    local deadline=$((SECONDS + 120))
    until curl -s -D - -o /dev/null "$URL/health/liveness" | grep -qi "x-blog-instance: $1"; do
        [ $SECONDS -lt $deadline ] || fail "$1 did not come back into rotation"
        sleep 0.2
    done
}
# Sends requests back to back through the balancer from 4 clients for $1 seconds; one line per request:
# "<seconds since start> <status> <instance>".
load() {
    local seconds=$1 out=$2
    for client in 1 2 3 4; do
        (
            end=$((SECONDS + seconds))
            while [ $SECONDS -lt $end ]; do
                curl -s -o /dev/null --max-time 10 -w "%{time_total} %{http_code} %header{x-blog-instance}\n" \
                    "$URL/api/posts?limit=5" | awk -v t="$(date +%s.%N)" '{print t, $2, $3}'
            done
        ) > "$out.$client" &
    done
    wait
    sort -n "$out".* > "$out"
}

echo "== 1. round robin"
for _ in 1 2 3 4 5 6; do
    curl -s -D - -o /dev/null "$URL/health/liveness" | awk 'tolower($1) == "x-blog-instance:" {print $2}' | tr -d '\r'
done > "$WORK/rr"
[ "$(sort -u "$WORK/rr" | wc -l)" -eq ${#INSTANCE_PORTS[@]} ] || fail "6 requests reached only $(sort -u "$WORK/rr" | tr '\n' ' ')"
pass "6 requests answered by $(tr '\n' ' ' < "$WORK/rr")"

echo "== 2. one database behind every instance"
USER_JSON=$(call POST "$URL/api/users" "{\"username\": \"prove$RUN\", \"email\": \"prove$RUN@example.com\", \"password\": \"correct-horse-battery\"}")
USER_ID=$(jq -r .id <<< "$USER_JSON")
[ "$USER_ID" != null ] || fail "registration: $USER_JSON"
for port in "${INSTANCE_PORTS[@]}"; do
    EXPECT=200 eventually status "http://127.0.0.1:$port/api/users/$USER_ID" > /dev/null \
        || fail "user $USER_ID not readable on :$port"
done
pass "user $USER_ID registered through the balancer, read on each instance directly"

if [ "$(status -X POST "$URL/api/auth/login" -H 'Content-Type: application/json' -d '{}')" != 404 ]; then
    IDENTITY=true
else
    IDENTITY=false
fi
AUTH=()
field() { curl -s "$1" "${AUTH[@]}" | jq -r "$2"; }   # $1 url, $2 jq path: one field of the answer
create_post() { # $1 title: prints the new post's id (API v1: /api/users/{id}/posts; v2: /api/posts with a token)
    if [ "$IDENTITY" = true ]; then
        call POST "$URL/api/posts" "{\"title\": \"$1\", \"content\": \"prove.sh\", \"published\": true}" "${AUTH[@]}" | jq -r .id
    else
        call POST "$URL/api/users/$USER_ID/posts" "{\"title\": \"$1\", \"content\": \"prove.sh\", \"published\": true}" | jq -r .id
    fi
}
if [ "$IDENTITY" = true ]; then
    TOKEN=$(call POST "http://127.0.0.1:${INSTANCE_PORTS[0]}/api/auth/login" \
        "{\"login\": \"prove$RUN\", \"password\": \"correct-horse-battery\"}" | jq -r .accessToken)
    AUTH=(-H "Authorization: Bearer $TOKEN")
fi

POST_ID=$(create_post "Counted $RUN")
seq 1 300 | xargs -P 24 -I{} curl -s -o /dev/null -X POST "$URL/api/posts/$POST_ID/views" "${AUTH[@]}"
VIEWS=$(EXPECT=300 eventually field "$URL/api/posts/$POST_ID" .viewCount) \
    || fail "300 concurrent views through 3 instances counted $VIEWS"
pass "300 concurrent views through all instances: viewCount $VIEWS"

if [ "$IDENTITY" = true ]; then
    # Likes need users: 30 of them, registered and logged in one after another (each a password hash).
    for i in $(seq 1 30); do
        call POST "$URL/api/users" "{\"username\": \"liker${RUN}_$i\", \"email\": \"liker${RUN}_$i@example.com\", \"password\": \"correct-horse-battery\"}" > /dev/null
        call POST "$URL/api/auth/login" "{\"login\": \"liker${RUN}_$i\", \"password\": \"correct-horse-battery\"}" | jq -r .accessToken
    done > "$WORK/liker-tokens"
    [ "$(grep -cv '^null$' "$WORK/liker-tokens")" = 30 ] || fail "could not register and log in 30 likers"
    xargs -P 30 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X PUT "$URL/api/posts/$POST_ID/like" \
        -H "Authorization: Bearer {}" < "$WORK/liker-tokens" > "$WORK/like-statuses"
    [ "$(sort -u "$WORK/like-statuses")" = 200 ] || fail "liking answered $(sort "$WORK/like-statuses" | uniq -c | tr '\n' ' ')"
    LIKES=$(EXPECT=30 eventually field "$URL/api/posts/$POST_ID" .likeCount) \
        || fail "30 users liking at once through 3 instances counted $LIKES"
    pass "30 users liking one post at once through all instances: likeCount $LIKES"
fi

TAG="race$RUN"
for i in $(seq 1 12); do create_post "Tagged $i"; done > "$WORK/tagged"
xargs -P 12 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST "$URL/api/posts/{}/tags" \
    -H 'Content-Type: application/json' -d "{\"name\": \"$TAG\"}" "${AUTH[@]}" < "$WORK/tagged" > "$WORK/tag-statuses"
[ "$(sort -u "$WORK/tag-statuses")" = 200 ] || [ "$(sort -u "$WORK/tag-statuses")" = 201 ] \
    || fail "tagging answered $(sort "$WORK/tag-statuses" | uniq -c | tr '\n' ' ')"
TAG_POSTS=$(EXPECT=12 eventually field "$URL/api/tags/$TAG/posts?limit=100" .total) \
    || fail "the tag has $TAG_POSTS posts, not 12"
TAGS_NAMED=$(curl -s "$URL/api/tags?limit=100&offset=0" | jq "[.items[] | select(.name == \"$TAG\")] | length")
[ "$TAGS_NAMED" = 1 ] || fail "$TAGS_NAMED tags named $TAG"
pass "12 posts tagged '$TAG' at once through all instances: one tag, 12 posts"

echo "== 3. identity across instances"
if [ "$IDENTITY" = true ]; then
    for port in "${INSTANCE_PORTS[@]}"; do
        [ "$(status "http://127.0.0.1:$port/api/users/me" "${AUTH[@]}")" = 200 ] \
            || fail "the token issued by :${INSTANCE_PORTS[0]} is refused by :$port"
    done
    pass "a token issued by :${INSTANCE_PORTS[0]} works on every instance"
    [ "$(status -X POST "http://127.0.0.1:${INSTANCE_PORTS[1]}/api/auth/logout" "${AUTH[@]}")" = 204 ] || fail "logout"
    for port in "${INSTANCE_PORTS[@]}"; do
        got=$(status "http://127.0.0.1:$port/api/users/me" "${AUTH[@]}")
        [ "$got" = 401 ] || fail "after logout on :${INSTANCE_PORTS[1]}, :$port answered $got to the old token"
    done
    pass "logged out on :${INSTANCE_PORTS[1]}: the token is refused at once by every instance"
    for attempt in 1 2 3 4 5 6; do
        port=${INSTANCE_PORTS[$((attempt % ${#INSTANCE_PORTS[@]}))]}
        got=$(status -X POST "http://127.0.0.1:$port/api/auth/login" -H 'Content-Type: application/json' \
            -d "{\"login\": \"prove$RUN\", \"password\": \"wrong-password-$attempt\"}")
        echo "$got" >> "$WORK/throttle"
    done
    [ "$(tail -n 1 "$WORK/throttle")" = 429 ] || fail "6 wrong passwords over 3 instances answered $(tr '\n' ' ' < "$WORK/throttle")"
    pass "6 wrong passwords spread over the 3 instances: $(tr '\n' ' ' < "$WORK/throttle")"
else
    echo "skip the service has no POST /api/auth/login yet"
fi

echo "== 4. reads on the replica"
if grep -q BLOG_READ_REPLICA_URL "$ROOT/deploy/local/cluster.sh" && [ "${BLOG_LOCAL_READ_REPLICA:-true}" = true ]; then
    before=$(replica_commits)
    for _ in $(seq 1 60); do curl -s -o /dev/null "$URL/api/posts?limit=5"; done
    # A backend publishes its counts when it has been idle for a while (up to 10 s later): wait for them.
    deadline=$((SECONDS + 15))
    while after=$(replica_commits); [ $((after - before)) -lt 60 ] && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    [ $((after - before)) -ge 60 ] || fail "60 reads: $((after - before)) transactions on the replica"
    pass "60 reads through the balancer: $((after - before)) transactions committed on the replica"
    if [ "$IDENTITY" = true ]; then
        as_db_user psql -X -Atq -h "$STATE/run" -p $REPLICA_PORT -U postgres -d blog -c "SELECT pg_wal_replay_pause()" > /dev/null
        fresh="fresh$RUN"
        fresh_id=$(call POST "$URL/api/users" \
            "{\"username\": \"$fresh\", \"email\": \"$fresh@example.com\", \"password\": \"correct-horse-battery\"}" | jq -r .id)
        fresh_token=$(call POST "$URL/api/auth/login" "{\"login\": \"$fresh\", \"password\": \"correct-horse-battery\"}" | jq -r .accessToken)
        patched=$(curl -s -X PATCH "$URL/api/users/$fresh_id" -H "Authorization: Bearer $fresh_token" \
            -H 'Content-Type: application/merge-patch+json' -d '{"bio": "written while the replica waits"}' | jq -r .bio)
        replica_sees=$(as_db_user psql -X -Atq -h "$STATE/run" -p $REPLICA_PORT -U postgres -d blog \
            -c "SELECT count(*) FROM users WHERE username = '$fresh'")
        as_db_user psql -X -Atq -h "$STATE/run" -p $REPLICA_PORT -U postgres -d blog -c "SELECT pg_wal_replay_resume()" > /dev/null
        [ "$fresh_id" != null ] && [ "$fresh_token" != null ] || fail "replay paused: registered $fresh_id, token $fresh_token"
        [ "$patched" = "written while the replica waits" ] || fail "replay paused: the PATCH answered bio '$patched'"
        [ "$replica_sees" = 0 ] || fail "the replica's replay was not paused (it sees the new user)"
        pass "replica replay paused: a user registered a moment ago logs in and a PATCH answers what it wrote"
    fi
    as_db_user "$(pg_bin)/pg_ctl" -D "$STATE/replica" -m fast -w stop > /dev/null
    for _ in $(seq 1 30); do status "$URL/api/posts?limit=5"; echo; done > "$WORK/without-replica"
    as_db_user "$(pg_bin)/pg_ctl" -D "$STATE/replica" -l "$STATE/log/replica.log" -w start > /dev/null
    [ "$(sort -u "$WORK/without-replica")" = 200 ] \
        || fail "with the replica stopped: $(sort "$WORK/without-replica" | uniq -c | tr '\n' ' ')"
    pass "replica stopped: 30 of 30 reads answered 200 (from the primary)"
    sleep 6   # the instances try the replica again 5 s after they found it gone
    before=$(replica_commits)
    for _ in $(seq 1 60); do curl -s -o /dev/null "$URL/api/posts?limit=5"; done
    deadline=$((SECONDS + 15))
    while after=$(replica_commits); [ $((after - before)) -lt 30 ] && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
    [ $((after - before)) -ge 30 ] || fail "replica back: only $((after - before)) transactions on it"
    pass "replica back: 60 reads, $((after - before)) transactions on the replica again"
else
    echo "skip the cluster runs without a read replica"
fi

echo "== 5. drain: SIGTERM to one instance under load"
VICTIM_PORT=${INSTANCE_PORTS[1]} VICTIM=blog2
load 12 "$WORK/drain" &
LOADER=$!
sleep 3
kill -TERM "$(cat "$STATE/run/instance-$VICTIM_PORT.pid")"
wait "$LOADER"
TOTAL=$(wc -l < "$WORK/drain")
FAILED=$(awk '$2 != 200' "$WORK/drain" | wc -l)
SERVED=$(awk -v v=$VICTIM '$3 == v' "$WORK/drain" | wc -l)
[ "$FAILED" -eq 0 ] || fail "drain: $FAILED of $TOTAL requests failed: $(awk '$2 != 200 {print $2}' "$WORK/drain" | sort | uniq -c | tr '\n' ' ')"
pass "drain: $TOTAL requests in 12 s, $FAILED failed; $VICTIM served $SERVED before it left"
start_instance "$VICTIM_PORT"
t0=$SECONDS
wait_until_in_rotation $VICTIM
pass "$VICTIM restarted: back in rotation after $((SECONDS - t0)) s"

echo "== 6. failover: SIGKILL to one instance under load"
load 15 "$WORK/kill" &
LOADER=$!
sleep 3
KILLED_AT=$(date +%s.%N)
kill -KILL "$(cat "$STATE/run/instance-$VICTIM_PORT.pid")"
wait "$LOADER"
TOTAL=$(wc -l < "$WORK/kill")
FAILED=$(awk '$2 != 200' "$WORK/kill" | wc -l)
LAST_FAILURE=$(awk -v k="$KILLED_AT" '$2 != 200 {last = $1 - k} END {printf "%.2f", last + 0}' "$WORK/kill")
AFTER=$(awk -v k="$KILLED_AT" '$1 - k > 3 && $2 != 200' "$WORK/kill" | wc -l)
[ "$AFTER" -eq 0 ] || fail "failover: $AFTER requests failed more than 3 s after the kill"
pass "failover: $TOTAL requests in 15 s, $FAILED failed (in flight on $VICTIM when it died; the last $LAST_FAILURE s after the kill), none later"
start_instance "$VICTIM_PORT"
t0=$SECONDS
wait_until_in_rotation $VICTIM
pass "$VICTIM restarted: back in rotation after $((SECONDS - t0)) s"
echo "all checks passed"
