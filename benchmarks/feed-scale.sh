#!/usr/bin/env bash
# The feed and a popular user's followers at a million posts against five thousand, statement by statement:
#   1. builds two databases (FEED_LARGE_DB: 100,000 users and 1,000,000 posts; FEED_SMALL_DB: 500 users and
#      5,000 posts) with benchmarks/scale/generate.sql, migrated by the built jar; user 1 follows 500 authors
#      (all there are on the small one), user 2 has 50,000 followers (all there are on the small one);
#      about 6 minutes on a 2-core machine; REUSE=1 keeps databases built before;
#   2. runs EXPLAIN (ANALYZE, BUFFERS) of the feed's page and count and of the followers' page and count
#      (benchmarks/scale/feed-plans.sql) three times on each and keeps the last, warm, run.
# Prints the execution times side by side; the plans go to benchmarks/results/<UTC time>-feed-plans-*.txt.
# Needs psql and a build (./mvnw -B -q -DskipTests package).
set -euo pipefail
DIR=$(cd "$(dirname "$0")/.." && pwd)
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
LARGE=${FEED_LARGE_DB:-blog_feed_large} SMALL=${FEED_SMALL_DB:-blog_feed_small}
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
[ -s "$DIR/bootstrap/target/blog.jar" ] || (cd "$DIR" && ./mvnw -B -q -DskipTests package)

build() { # database users posts
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
    DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" BLOG_ARCHIVE=false "$DIR/bin/blog" migrate > /dev/null
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" -v users="$2" -v posts="$3" -v tags=1000 \
        -f "$DIR/benchmarks/scale/generate.sql" > /dev/null
    psql -X -q -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
INSERT INTO follows (follower_id, followee_id, created_at)
SELECT 1, id, now() - (id || ' seconds')::interval FROM users WHERE id > 2 ORDER BY id LIMIT 500;
INSERT INTO follows (follower_id, followee_id, created_at)
SELECT id, 2, now() - (id || ' seconds')::interval FROM users WHERE id > 2 ORDER BY id LIMIT 50000;
VACUUM ANALYZE;
SQL
}
exists() { [ "$(psql -X -At -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = '$1'")" = 1 ]; }

for spec in "$SMALL 500 5000" "$LARGE 100000 1000000"; do
    set -- $spec
    if [ -n "${REUSE:-}" ] && exists "$1"; then
        DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PGHOST:$PGPORT/$1" BLOG_ARCHIVE=false "$DIR/bin/blog" migrate > /dev/null
    else
        echo "== building $1 ($2 users, $3 posts)"
        build "$@"
    fi
done

labels=("feed: a page of 20 (500 authors followed)" "feed: its count (up to 10,001)"
        "followers: a page of 20" "followers: its count (up to 10,001)")
for db in "$SMALL" "$LARGE"; do
    out=$DIR/benchmarks/results/$STAMP-feed-plans-$db.txt
    for _ in 1 2 3; do psql -X -d "$db" -f "$DIR/benchmarks/scale/feed-plans.sql" > "$out"; done
    mapfile -t "times_$db" < <(grep "Execution Time" "$out" | awk '{print $3}')
done
small_times=("times_$SMALL[@]") large_times=("times_$LARGE[@]")
small_times=("${!small_times}") large_times=("${!large_times}")
printf '| statement | 5,000 posts: ms | 1,000,000 posts: ms | ratio |\n|---|---:|---:|---:|\n'
for i in "${!labels[@]}"; do
    awk -v l="${labels[$i]}" -v s="${small_times[$i]}" -v g="${large_times[$i]}" \
        'BEGIN { printf "| %s | %.1f | %.1f | %.2f |\n", l, s, g, g / s }'
done
