#!/usr/bin/env bash
# Lists at a million posts against the same lists at five thousand, in one run:
#   1. builds two databases by set-based SQL (benchmarks/scale/generate.sql), once: later runs reuse them
#        LARGE_DB (blog_scale_large): 100,000 users, 1,000,000 posts of about 600 characters, 1,000 tags
#        SMALL_DB (blog_scale_small):     500 users,     5,000 posts, the same 1,000 tag names
#      (the large one takes about 4 minutes on a 2-core machine; REBUILD=1 builds both afresh);
#   2. starts the built service on each (ports 18451 and 18452), anonymous callers throughout;
#      and adds the conversation (benchmarks/scale/conversation.sql): a user with 50,000 followers (498 on
#      the small one), 10,000 comments on one post, and a registered reader following 500 authors;
#   3. measures every list of the contract, one request at a time, alternating between the two services
#      so that both meet the same machine: p50 and p95 per request type, side by side, with the ratio;
#   4. runs 32 connections (wrk) against the first two lists on each service;
#   5. runs EXPLAIN (ANALYZE, BUFFERS) of every list statement on the large database.
# Results: benchmarks/results/<UTC time>-scale.md (tables) and -scale-plans.txt (plans).
# Needs curl, python3, psql, and wrk (installed from the distribution's packages when missing).
set -euo pipefail

DIR=$(cd "$(dirname "$0")/.." && pwd)
SCALE=$DIR/benchmarks/scale
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
LARGE_DB=${LARGE_DB:-blog_scale_large} SMALL_DB=${SMALL_DB:-blog_scale_small}
LARGE_PORT=${LARGE_PORT:-18451} SMALL_PORT=${SMALL_PORT:-18452}
REQUESTS=${REQUESTS:-300}          # measured requests per type and service
WARMUP=${WARMUP:-300}              # unmeasured requests per type and service first (the JIT)
CONNECTIONS=${CONNECTIONS:-32} DURATION=${DURATION:-20}
# Signs the service's tokens and, derived from it, its page cursors; the deep cursor is made from it here.
SECRET=${SECRET:-scale-benchmark-secret-for-tokens-and-cursors}
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
RESULTS=$DIR/benchmarks/results/$STAMP-scale.md PLANS=$DIR/benchmarks/results/$STAMP-scale-plans.txt
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in curl python3 psql; do
    command -v "$tool" > /dev/null || { echo "scale.sh: $tool is missing" >&2; exit 1; }
done
if ! command -v wrk > /dev/null; then
    echo "== installing wrk (Debian package)"
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get install -y -qq wrk > /dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk > /dev/null; }
fi
if [ ! -s "$DIR/bootstrap/target/blog.jar" ]; then
    echo "== building the service"
    (cd "$DIR" && ./mvnw -B -q -DskipTests package)
fi

# --- 1. the databases ------------------------------------------------------------------------------------
# A database is reused when its comment says it was completed by this script with the same sizes.
build_database() { # name users posts tags
    local db=$1 marker="blog scale benchmark: $2 users, $3 posts, $4 tags"
    local existing
    existing=$("${PSQL[@]}" -d postgres -Atc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")
    if [ "$existing" = "$marker" ] && [ "${REBUILD:-0}" != 1 ]; then
        echo "== $db: reusing ($marker)"
        return
    fi
    echo "== $db: building ($marker)"
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" BLOG_ARCHIVE=false "$DIR/bin/blog" migrate \
        > "$WORK/migrate-$db.log" 2>&1 || { cat "$WORK/migrate-$db.log"; exit 1; }
    local started=$SECONDS
    "${PSQL[@]}" -d "$db" -v users="$2" -v posts="$3" -v tags="$4" -f "$SCALE/generate.sql" > /dev/null
    "${PSQL[@]}" -d postgres -c "COMMENT ON DATABASE $db IS '$marker'"
    echo "   built in $((SECONDS - started)) s"
}
build_database "$SMALL_DB" 500 5000 1000
build_database "$LARGE_DB" 100000 1000000 1000

# The conversation (benchmarks/scale/conversation.sql), added once to a database that has none yet.
add_conversation() { # name followers
    if [ "$("${PSQL[@]}" -d "$1" -Atc "SELECT count(*) FROM (SELECT 1 FROM comments LIMIT 1) AS c")" = 1 ]; then
        echo "== $1: reusing its conversation"
        return
    fi
    echo "== $1: adding the conversation (user 2 followed by up to $2, 10,000 comments on the newest post)"
    "${PSQL[@]}" -d "$1" -v followers="$2" -v comments=10000 -f "$SCALE/conversation.sql" > /dev/null
}

# --- 2. the services -------------------------------------------------------------------------------------
start_service() { # database port
    MICRONAUT_SERVER_PORT=$2 DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" \
        BLOG_DATABASE_CREATE_IF_MISSING=false BLOG_JWT_SECRET=$SECRET BLOG_ACCESS_LOG_ENABLED=false \
        BLOG_ARCHIVE=false "$DIR/bin/blog" > "$WORK/service-$1.log" 2>&1 &
    PIDS+=($!)
}
wait_for_service() { # port database
    for _ in $(seq 1 300); do
        curl -sf "http://127.0.0.1:$1/health" > /dev/null && return
        sleep 1
    done
    echo "scale.sh: the service on $2 did not start:" >&2
    tail -20 "$WORK/service-$2.log" >&2
    exit 1
}
echo "== starting the service on both (a database that predates a migration is migrated now)"
start_service "$SMALL_DB" "$SMALL_PORT"
start_service "$LARGE_DB" "$LARGE_PORT"
wait_for_service "$SMALL_PORT" "$SMALL_DB"
wait_for_service "$LARGE_PORT" "$LARGE_DB"
# After the services migrated them: the conversation needs the tables of the latest migrations.
add_conversation "$SMALL_DB" 50000
add_conversation "$LARGE_DB" 50000
# The post_tags and tags tables the migrations may just have rebuilt: visibility map and statistics.
for db in "$SMALL_DB" "$LARGE_DB"; do "${PSQL[@]}" -d "$db" -c "VACUUM ANALYZE"; done

# --- 3. latency per request type -------------------------------------------------------------------------
# The deep cursor: the position of the post at DEPTH (a fraction of all posts) in the newest-first list of
# published posts, signed as the service signs cursors (Cursors and TokenSigningFactory).
DEPTH_FRACTION=${DEPTH_FRACTION:-0.89}
cursor_at_depth() { # database -> "depth cursor"
    local row
    row=$("${PSQL[@]}" -d "$1" -AtF ' ' -c "
        SELECT depth, extract(epoch FROM date_trunc('second', created_at))::bigint,
               (extract(microseconds FROM created_at)::bigint % 1000000) * 1000, id
        FROM (SELECT floor(count(*) * $DEPTH_FRACTION)::int AS depth FROM posts) AS d,
             LATERAL (SELECT created_at, id FROM posts WHERE published
                      ORDER BY created_at DESC, id DESC OFFSET d.depth - 1 LIMIT 1) AS p")
    python3 - "$SECRET" $row <<'EOF'
import base64, hashlib, hmac, sys
secret, depth, seconds, nanos, post_id = sys.argv[1:]
key = hmac.new(secret.encode(), b"blog page cursors", hashlib.sha256).digest()
payload = f"t:{seconds}:{nanos}:{post_id}".encode()
binding = b"posts?authorId=null&tag=null&published=null&likedBy=null"
signature = hmac.new(key, binding + b"\0" + payload, hashlib.sha256).digest()[:16]
b64 = lambda data: base64.urlsafe_b64encode(data).rstrip(b"=").decode()
print(depth, b64(payload) + "." + b64(signature))
EOF
}
author_of_newest() { "${PSQL[@]}" -d "$1" -Atc "SELECT author_id FROM posts WHERE published ORDER BY created_at DESC, id DESC LIMIT 1"; }
read -r SMALL_DEPTH SMALL_CURSOR <<< "$(cursor_at_depth "$SMALL_DB")"
read -r LARGE_DEPTH LARGE_CURSOR <<< "$(cursor_at_depth "$LARGE_DB")"
SMALL_AUTHOR=$(author_of_newest "$SMALL_DB") LARGE_AUTHOR=$(author_of_newest "$LARGE_DB")
POPULAR=tag0001 RARE=tag0900

# The feed's reader: registered through the API (so that it can log in), following 500 authors.
feed_reader_token() { # port database -> token
    local body='{"username": "feedreader", "email": "feedreader@example.com", "password": "correct-horse-battery"}'
    curl -s -o /dev/null -X POST "http://127.0.0.1:$1/api/users" -H 'Content-Type: application/json' -d "$body"
    "${PSQL[@]}" -d "$2" -c "
        INSERT INTO follows (follower_id, followee_id, created_at)
        SELECT r.id, u.id, now() FROM users r, users u
        WHERE r.username = 'feedreader' AND u.id <> r.id AND u.id > 2 ORDER BY u.id LIMIT 500
        ON CONFLICT DO NOTHING"
    curl -s -X POST "http://127.0.0.1:$1/api/auth/login" -H 'Content-Type: application/json' \
        -d '{"login": "feedreader", "password": "correct-horse-battery"}' \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])'
}
SMALL_TOKEN=$(feed_reader_token "$SMALL_PORT" "$SMALL_DB") LARGE_TOKEN=$(feed_reader_token "$LARGE_PORT" "$LARGE_DB")
# The discussed post and the cursor of the comment at 9,000 of its 10,000 (oldest first), signed as above.
comment_cursor() { # database -> "post cursor"
    local row
    row=$("${PSQL[@]}" -d "$1" -AtF ' ' -c "
        SELECT c.post_id, extract(epoch FROM date_trunc('second', c.created_at))::bigint,
               (extract(microseconds FROM c.created_at)::bigint % 1000000) * 1000, c.id
        FROM (SELECT post_id FROM comments GROUP BY post_id ORDER BY count(*) DESC LIMIT 1) AS d,
             LATERAL (SELECT created_at, id, post_id FROM comments WHERE post_id = d.post_id
                      ORDER BY created_at, id OFFSET 8999 LIMIT 1) AS c")
    python3 - "$SECRET" $row <<'EOF'
import base64, hashlib, hmac, sys
secret, post_id, seconds, nanos, comment_id = sys.argv[1:]
key = hmac.new(secret.encode(), b"blog page cursors", hashlib.sha256).digest()
payload = f"o:{seconds}:{nanos}:{comment_id}".encode()
binding = f"posts/{post_id}/comments?".encode()
signature = hmac.new(key, binding + b"\0" + payload, hashlib.sha256).digest()[:16]
b64 = lambda data: base64.urlsafe_b64encode(data).rstrip(b"=").decode()
print(post_id, b64(payload) + "." + b64(signature))
EOF
}
read -r SMALL_DISCUSSED SMALL_COMMENT_CURSOR <<< "$(comment_cursor "$SMALL_DB")"
read -r LARGE_DISCUSSED LARGE_COMMENT_CURSOR <<< "$(comment_cursor "$LARGE_DB")"

# label|small path|large path
TYPES=(
    "GET /api/posts?limit=20|/api/posts?limit=20|/api/posts?limit=20"
    "GET /api/posts?published=true|/api/posts?published=true&limit=20|/api/posts?published=true&limit=20"
    "GET /api/posts?offset=2000|/api/posts?offset=2000&limit=20|/api/posts?offset=2000&limit=20"
    "GET /api/posts?cursor=<depth $SMALL_DEPTH / $LARGE_DEPTH>|/api/posts?limit=20&cursor=$SMALL_CURSOR|/api/posts?limit=20&cursor=$LARGE_CURSOR"
    "GET /api/posts?tag=$POPULAR (popular)|/api/posts?tag=$POPULAR&limit=20|/api/posts?tag=$POPULAR&limit=20"
    "GET /api/tags/$POPULAR/posts (popular)|/api/tags/$POPULAR/posts?limit=20|/api/tags/$POPULAR/posts?limit=20"
    "GET /api/tags/$RARE/posts (rare)|/api/tags/$RARE/posts?limit=20|/api/tags/$RARE/posts?limit=20"
    "GET /api/users/{author}/posts|/api/users/$SMALL_AUTHOR/posts?limit=20|/api/users/$LARGE_AUTHOR/posts?limit=20"
    "GET /api/tags|/api/tags?limit=20|/api/tags?limit=20"
    "GET /api/users|/api/users?limit=20|/api/users?limit=20"
    "GET /api/feed (500 authors followed)|/api/feed?limit=20|/api/feed?limit=20|token"
    "GET /api/users/2/followers (popular: 498 / 50,000)|/api/users/2/followers?limit=20|/api/users/2/followers?limit=20"
    "GET /api/posts/{discussed}/comments (10,000)|/api/posts/$SMALL_DISCUSSED/comments?limit=20|/api/posts/$LARGE_DISCUSSED/comments?limit=20"
    "GET /api/posts/{discussed}/comments?cursor=<comment 9,000>|/api/posts/$SMALL_DISCUSSED/comments?limit=20&cursor=$SMALL_COMMENT_CURSOR|/api/posts/$LARGE_DISCUSSED/comments?limit=20&cursor=$LARGE_COMMENT_CURSOR"
)

# Times a batch of requests on one keep-alive connection: one line of seconds per request.
batch() { # port path count [token]
    local args=() i
    for ((i = 0; i < $3; i++)); do args+=(-o /dev/null "http://127.0.0.1:$1$2"); done
    curl -s -w '%{http_code} %{time_total}\n' ${4:+-H "Authorization: Bearer $4"} "${args[@]}"
}
percentiles() { # file -> "p50 p95" in ms
    python3 - "$1" <<'EOF'
import sys
times = sorted(float(line) * 1000 for line in open(sys.argv[1]) if line.strip())
pick = lambda p: times[min(len(times) - 1, int(round(p * (len(times) - 1))))]
print(f"{pick(0.50):.1f} {pick(0.95):.1f}")
EOF
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== latency: $WARMUP warm-up and $REQUESTS measured requests per type and service, alternating"
TABLE="| request | 5k posts p50 | 5k p95 | 1M posts p50 | 1M p95 | p50 ratio |
|---|---|---|---|---|---|"
for type in "${TYPES[@]}"; do
    IFS='|' read -r label small_path large_path auth <<< "$type"
    small_token=${auth:+$SMALL_TOKEN} large_token=${auth:+$LARGE_TOKEN}
    for ((i = 0; i < WARMUP; i += 50)); do
        batch "$SMALL_PORT" "$small_path" 50 "$small_token" > /dev/null
        batch "$LARGE_PORT" "$large_path" 50 "$large_token" > /dev/null
    done
    : > "$WORK/small" ; : > "$WORK/large"
    for ((i = 0; i < REQUESTS; i += 10)); do
        batch "$SMALL_PORT" "$small_path" 10 "$small_token" >> "$WORK/small"
        batch "$LARGE_PORT" "$large_path" 10 "$large_token" >> "$WORK/large"
    done
    for side in small large; do
        if grep -qv '^200 ' "$WORK/$side"; then
            echo "scale.sh: $label on the $side database answered: $(grep -v '^200 ' "$WORK/$side" | head -1)" >&2
            exit 1
        fi
        cut -d' ' -f2 "$WORK/$side" > "$WORK/$side.times"
    done
    read -r small50 small95 <<< "$(percentiles "$WORK/small.times")"
    read -r large50 large95 <<< "$(percentiles "$WORK/large.times")"
    ratio=$(python3 -c "print(f'{$large50 / $small50:.2f}')")
    line="| \`$label\` | $small50 ms | $small95 ms | $large50 ms | $large95 ms | $ratio |"
    echo "$line"
    TABLE+=$'\n'"$line"
done

# --- 4. 32 connections -------------------------------------------------------------------------------------
echo "== $CONNECTIONS connections for $DURATION s per list and service (wrk, 2 threads)"
LOAD="| request | service | requests/s | p50 | p99 | errors |
|---|---|---|---|---|---|"
for path in "/api/posts?limit=20" "/api/posts?published=true&limit=20"; do
    for side in small large; do
        port=$([ $side = small ] && echo "$SMALL_PORT" || echo "$LARGE_PORT")
        wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$port$path" > "$WORK/wrk" 2>&1
        rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk")
        p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk")
        p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk")
        errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {print; e = 1} END {if (!e) print n + 0}' "$WORK/wrk")
        line="| \`GET $path\` | $([ $side = small ] && echo 5k || echo 1M) posts | $rps | $p50 | $p99 | $errors |"
        echo "$line"
        LOAD+=$'\n'"$line"
    done
done

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 5. plans ----------------------------------------------------------------------------------------------
echo "== EXPLAIN (ANALYZE, BUFFERS) of every list statement on $LARGE_DB"
"${PSQL[@]}" -d "$LARGE_DB" -v author="$LARGE_AUTHOR" -v depth_fraction="$DEPTH_FRACTION" -v popular="'$POPULAR'" -v rare="'$RARE'" \
    -f "$SCALE/plans.sql" > "$PLANS" 2>&1

cat > "$RESULTS" <<EOF
# Lists at a million posts ($STAMP, benchmarks/scale.sh)

$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); PostgreSQL $("${PSQL[@]}" -d postgres -Atc "SHOW server_version"),
the two services and the load generator on the same machine, load average $LOAD_BEFORE before the
measurements and $LOAD_AFTER after them (other work shares the machine). Anonymous callers (published
posts only).
$SMALL_DB: 500 users, 5,000 posts; $LARGE_DB: 100,000 users, 1,000,000 posts; 1,000 tags in both.
One request at a time, $REQUESTS per type and service after $WARMUP of warm-up, alternating between the two.

$TABLE

$CONNECTIONS connections, $DURATION s each (wrk; errors: non-2xx answers and socket errors):

$LOAD

Plans: \`$(basename "$PLANS")\`.
EOF
echo "== written $RESULTS and $PLANS"
