#!/usr/bin/env bash
# 200 registrations at once (each an Argon2 hash, the most expensive request there is) while a reader keeps
# listing posts: shows what README "Bounds" promises under a burst. Prints the answers' statuses, the
# registrations' latency, the service's peak thread count (sampled every 50 ms from /proc) and the reader's
# latency before and during the burst.
#   benchmarks/registration-burst.sh [registrations]     default 200
# Runs the built jar (./mvnw -B -q -DskipTests package) on a database of its own on 127.0.0.1:5432, dropped
# at the end; BURST_PORT (18498) is its port.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${1:-200}
PORT=${BURST_PORT:-18498}
BASE=http://127.0.0.1:$PORT
DATABASE=blog_burst_$(date +%s)_$$
WORK=$(mktemp -d)
SERVICE_PID=

cleanup() {
    [ -n "$SERVICE_PID" ] && kill -TERM "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null || true
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -s bootstrap/target/blog.jar ] || ./mvnw -B -q -DskipTests package
MICRONAUT_SERVER_PORT=$PORT DATASOURCES_DEFAULT_URL=jdbc:postgresql://127.0.0.1:5432/$DATABASE BLOG_ARCHIVE=false \
    BLOG_JWT_SECRET=registration-burst-secret-that-is-long-enough-0123456789 bin/blog >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
    curl -fsS "$BASE/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
    sleep 0.5
done

# Something to read: one author with 50 posts.
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' "$BASE/api/users" \
    -d '{"username":"reader","email":"reader@example.com","password":"correct-horse-battery"}'
TOKEN=$(curl -fsS -X POST -H 'Content-Type: application/json' "$BASE/api/auth/login" \
    -d '{"login":"reader","password":"correct-horse-battery"}' | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
for i in $(seq 1 50); do
    curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
        "$BASE/api/posts" -d "{\"title\":\"Post $i\",\"content\":\"Text $i\",\"published\":true}"
done

read_loop() { # GET a page of posts until told to stop; one latency (ms) per line
    while [ ! -e "$WORK/stop-reading" ]; do
        curl -s -o /dev/null -w '%{time_total}\n' "$BASE/api/posts?limit=20" | awk '{ printf "%.1f\n", $1 * 1000 }'
    done >"$1"
}
percentiles() { # p50 p95 max of the numbers in $1
    sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR == 0) { print "none"; exit }
        printf "n=%d p50=%s p95=%s max=%s", NR, v[int(NR * 0.5) < 1 ? 1 : int(NR * 0.5)], v[int(NR * 0.95) < 1 ? 1 : int(NR * 0.95)], v[NR] }'
}

for _ in $(seq 1 50); do curl -s -o /dev/null "$BASE/api/posts?limit=20"; done   # warm the path
read_loop "$WORK/reads-quiet.txt" & READER=$!
sleep 3
touch "$WORK/stop-reading"; wait "$READER"; rm "$WORK/stop-reading"

THREADS_BEFORE=$(ls "/proc/$SERVICE_PID/task" | wc -l)
( while [ ! -e "$WORK/stop-sampling" ]; do ls "/proc/$SERVICE_PID/task" | wc -l; sleep 0.05; done ) >"$WORK/threads.txt" &
SAMPLER=$!
read_loop "$WORK/reads-burst.txt" & READER=$!

# One curl process sends them all at once (parallel transfers): 200 curl processes would compete with the
# service for the two cores and their start-up would count as the service's latency.
for i in $(seq 1 "$COUNT"); do
    [ "$i" -gt 1 ] && echo next
    printf 'url = "%s/api/users"\nrequest = "POST"\nheader = "Content-Type: application/json"\n' "$BASE"
    printf 'data = "{\\"username\\":\\"burst%d\\",\\"email\\":\\"burst%d@example.com\\",\\"password\\":\\"correct-horse-battery\\"}"\n' "$i" "$i"
    printf 'output = "/dev/null"\nmax-time = 120\nwrite-out = "%%{http_code} %%{time_total}\\n"\n'
done >"$WORK/burst.curl"
START=$(date +%s%N)
curl -s -Z --parallel-immediate --parallel-max "$COUNT" -K "$WORK/burst.curl" >"$WORK/registrations.txt"
ELAPSED_MS=$((($(date +%s%N) - START) / 1000000))
touch "$WORK/stop-reading" "$WORK/stop-sampling"
wait "$READER" "$SAMPLER"

echo "registrations sent at once: $COUNT, all answered after $ELAPSED_MS ms"
echo "statuses: $(awk '{ print $1 }' "$WORK/registrations.txt" | sort | uniq -c | awk '{ printf "%s x%s  ", $2, $1 }')"
awk '$1 == 201 { printf "%.0f\n", $2 * 1000 }' "$WORK/registrations.txt" >"$WORK/created-ms.txt"
awk '$1 == 503 { printf "%.0f\n", $2 * 1000 }' "$WORK/registrations.txt" >"$WORK/refused-ms.txt"
echo "201 latency ms: $(percentiles "$WORK/created-ms.txt")"
echo "503 latency ms: $(percentiles "$WORK/refused-ms.txt")"
echo "service threads: $THREADS_BEFORE before, peak $(sort -n "$WORK/threads.txt" | tail -n 1) during the burst"
echo "reads (GET /api/posts?limit=20) ms, quiet:  $(percentiles "$WORK/reads-quiet.txt")"
echo "reads (GET /api/posts?limit=20) ms, burst:  $(percentiles "$WORK/reads-burst.txt")"
