#!/usr/bin/env bash
# The database ceiling of scenarios a, b and d: pgbench runs the very statements the service issues per
# request (a.sql, b.sql, d.sql, taken from PostgreSQL's statement log) with as many clients as the load
# test has connections, for as long, on the same data.
# Usage: ceiling.sh DB DURATION CLIENTS OUT_DIR [SCENARIO...]   (default: a b d; the scripts are written once per
# OUT_DIR, so that a run can measure each ceiling right after its scenario)
# b: 100 scripts, each a random offset in 0..2000 with the ids that page really has; d: 50 scripts, one
# per tag name, with the ids of that tag's first page. pgbench picks one script at random per transaction.
set -euo pipefail
DB=$1 DURATION=$2 CLIENTS=$3 OUT=$4
shift 4
SCENARIOS=("$@")
(( $# > 0 )) || SCENARIOS=(a b d)
HERE=$(cd "$(dirname "$0")" && pwd)
q() { psql -X -Atq -d "$DB" -c "$1"; }

write_scripts() {
    rm -rf "$OUT"; mkdir -p "$OUT/a" "$OUT/b" "$OUT/d"
    read -r MIN_ID MAX_ID < <(q "SELECT min(id) || ' ' || max(id) FROM posts")
    sed -e "s/@MIN_ID@/$MIN_ID/" -e "s/@MAX_ID@/$MAX_ID/" "$HERE/a.sql" > "$OUT/a/a.sql"

    PAGE="SELECT p.id FROM posts p JOIN users u ON u.id = p.author_id"
    ORDER="ORDER BY p.created_at DESC, p.id DESC LIMIT 20"
    for i in $(seq 1 100); do
        offset=$(( (i * 7919 + 17) % 2001 ))   # spread over 0..2000, the same on every run
        ids=$(q "SELECT '{' || string_agg(id::text, ',') || '}' FROM ($PAGE $ORDER OFFSET $offset) page")
        sed -e "s/@OFFSET@/$offset/" -e "s/@IDS@/$ids/" "$HERE/b.sql" > "$OUT/b/b$i.sql"
    done
    for i in $(seq 1 50); do
        tag=$(printf 'tag%02d' "$i")
        ids=$(q "SELECT coalesce('{' || string_agg(id::text, ',') || '}', '{}') FROM ($PAGE WHERE EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id AND t.name = '$tag') $ORDER) page")
        sed -e "s/@TAG@/$tag/g" -e "s/@IDS@/$ids/" "$HERE/d.sql" > "$OUT/d/d$i.sql"
    done
}
[[ -s $OUT/d/d50.sql ]] || write_scripts

for scenario in "${SCENARIOS[@]}"; do
    scripts=()
    for f in "$OUT/$scenario"/*.sql; do scripts+=(-f "$f"); done
    pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" "${scripts[@]}" "$DB" > "$OUT/$scenario.txt" 2>&1 \
        || { cat "$OUT/$scenario.txt" >&2; exit 1; }
    # Only the totals: with many scripts pgbench also prints a block per script.
    printf '%s: %s, %s\n' "$scenario" "$(grep -m1 '^latency average' "$OUT/$scenario.txt")" \
        "$(grep -m1 '^tps' "$OUT/$scenario.txt")" >&2
done
