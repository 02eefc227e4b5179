#!/usr/bin/env bash
# Login latency for an unknown login versus a wrong password, against a running service: the two must
# not be told apart by their timing (the service checks a dummy Argon2 hash for unknown logins).
#
#   BASE_URL=http://127.0.0.1:8080 benchmarks/login-timing.sh      # N=50 by default
#
# Registers N users (run.<random>-<i>), then sends, interleaved, one wrong-password login for each of them
# and one login for each of N unknown names, so that no account reaches the throttling limit; prints the
# median and p90 of each kind (curl's time_total) and how far apart the medians are.
set -euo pipefail
BASE_URL=${BASE_URL:-http://127.0.0.1:8080}
N=${N:-50}
RUN=$(head -c 4 /dev/urandom | od -An -tx1 | tr -d ' \n')
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

login() {
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X POST "$BASE_URL/api/auth/login" \
        -H 'Content-Type: application/json' -d "{\"login\": \"$1\", \"password\": \"$2\"}"
}

for i in $(seq 1 "$N"); do
    curl -sf -o /dev/null -X POST "$BASE_URL/api/users" -H 'Content-Type: application/json' \
        -d "{\"username\": \"run$RUN-$i\", \"email\": \"run$RUN-$i@example.com\", \"password\": \"correct-horse\"}"
done
# Warm-up: the first requests of a fresh JVM are slow for reasons of their own.
for i in $(seq 1 10); do login "warmup$RUN-$i" "wrong-horse" >/dev/null; done

for i in $(seq 1 "$N"); do
    login "run$RUN-$i" "wrong-horse" >>"$WORK/wrong"
    login "nobody$RUN-$i" "wrong-horse" >>"$WORK/unknown"
done

if grep -qv '^401 ' "$WORK/wrong" "$WORK/unknown"; then
    echo "login-timing: some logins did not answer 401:" >&2
    grep -v '^401 ' "$WORK/wrong" "$WORK/unknown" >&2
    exit 1
fi
stats() { cut -d' ' -f2 "$1" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int((NR + 1) / 2)] * 1000, v[int(NR * 0.9)] * 1000 }'; }
read -r unknown_median unknown_p90 < <(stats "$WORK/unknown")
read -r wrong_median wrong_p90 < <(stats "$WORK/wrong")
echo "unknown login:  median ${unknown_median} ms, p90 ${unknown_p90} ms ($N requests)"
echo "wrong password: median ${wrong_median} ms, p90 ${wrong_p90} ms ($N requests)"
awk -v a="$unknown_median" -v b="$wrong_median" 'BEGIN {
    d = (a > b ? a - b : b - a) / (a < b ? a : b) * 100
    printf "medians differ by %.1f%% of the smaller (the contract asks for less than 20%%)\n", d }'
