#!/usr/bin/env bash
# The REST benchmark of issue 4: a household of 1,000,000 transactions on the embedded PostgreSQL, served by
# Liberty, loaded by wrk (64 connections) on two requests: a filtered page of 50 transactions and the month-bucket
# report of a year. The load generator runs on the same machine as the server.
#
# Besides wrk's requests/s and latencies, which depend on what else the machine runs, it reports the CPU time
# each request cost the server's JVM, PostgreSQL and wrk (from /proc), and the throughput that would leave for
# two cores: a figure that does not depend on the machine's other load.
#
#   docs/benchmark/rest.sh [--rows N] [--work-dir DIR] [--port N] [--duration 20s] [--connections 64]
#                          [--threads 4] [--generator PATH]
#
# Seeding (skipped when DIR already holds a seeded household): the rows come from the shared generator
# (gen_transactions.py, seed 42) and go in through the bulk path, `bin/myknees import --create-accounts`, into
# the household of the machine's local user. A REST user (bench@example.org) signs up on a first server start
# and is made an editor of that household with `bin/myknees members add`. Needs python3, curl and wrk
# (Debian: apt-get install -y wrk).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rows=1000000 work="" port=9095 duration=20s connections=64 threads=4
generator="$root/../shared/bench/gen_transactions.py"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --rows) rows="$2"; shift 2 ;;
        --work-dir) work="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        --duration) duration="$2"; shift 2 ;;
        --connections) connections="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        --generator) generator="$2"; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "rest.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
done
for tool in python3 curl wrk; do
    command -v "$tool" > /dev/null || { echo "rest.sh: $tool is missing (wrk: apt-get install -y wrk)" >&2; exit 1; }
done
[[ -n "$work" ]] || work="$(mktemp -d)"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
data="$work/data" base="http://localhost:$port" email="bench@example.org" password="bench password 1234"
myknees="$root/bin/myknees"
server_pid=""

log() { echo "rest.sh: $*" >&2; }

start_server() {
    # Long-lived tokens: one login serves every wrk run.
    MYKNEES_AUTH_ACCESS_TOKEN_LIFETIME=PT1H "$myknees" serve --data-dir "$data" --port "$port" \
        >> "$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 360); do
        if curl -sf "$base/health/ready" > /dev/null 2>&1; then
            return
        fi
        kill -0 "$server_pid" 2> /dev/null || { log "the server stopped; see $work/server.log"; exit 1; }
        sleep 1
    done
    log "the server did not become ready in 6 minutes; see $work/server.log"
    exit 1
}

stop_server() {
    if [[ -n "$server_pid" ]]; then
        kill -TERM "$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
        server_pid=""
    fi
}
trap stop_server EXIT

json_field() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

if [[ ! -f "$work/seeded" ]]; then
    [[ -f "$generator" ]] || { log "no generator at $generator (use --generator PATH)"; exit 1; }
    log "generating $rows rows"
    python3 "$generator" --rows "$rows" --seed 42 --out "$work/transactions.csv"
    log "importing through the bulk path"
    /usr/bin/time -f "rest.sh: import took %e s" "$myknees" --data-dir "$data" import "$work/transactions.csv" \
        --create-accounts
    start_server
    curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' \
        -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/users"
    stop_server
    "$myknees" --data-dir "$data" members add "$email" --role editor
    rm -f "$work/transactions.csv"
    touch "$work/seeded"
fi

start_server
token="$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"$password\"}" "$base/api/v1/auth/login" | json_field "['accessToken']")"
auth="Authorization: Bearer $token"
household="$(curl -sf -H "$auth" "$base/api/v1/households" | json_field "[0]['id']")"
account="$(curl -sf -H "$auth" "$base/api/v1/households/$household/accounts" \
    | python3 -c "import json,sys; print(next(a['id'] for a in json.load(sys.stdin) if a['code']=='Checking'))")"

page="$base/api/v1/households/$household/transactions?limit=50&account=$account&from=2024-03-01&to=2024-09-30"
buckets="$base/api/v1/households/$household/reports/month-buckets?from=2024-01&to=2024-12"
log "page of 50 holds $(curl -sf -H "$auth" "$page" | json_field "['items'].__len__()") items"
log "month buckets: $(curl -sf -H "$auth" "$buckets" | json_field ".__len__()") entries"

# CPU time (clock ticks) of the given processes so far.
ticks() {
    local pid total=0
    for pid in "$@"; do
        [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}
jvm="$(pgrep -f "$root/bootstrap/server/target/liberty/wlp/bin/tools/ws-javaagent.jar" | head -1)"
postmaster="$(head -1 "$data/postgres/postmaster.pid")"
hz="$(getconf CLK_TCK)"

# The JIT compiles the request path during the first seconds: warm up on both requests before timing either.
for name in page buckets; do
    log "warming up on $name (20 s)"
    wrk -t"$threads" -c"$connections" -d20s --timeout 10s -H "$auth" "${!name}" > /dev/null
done
for name in page buckets; do
    url="${!name}"
    echo "== $name: wrk -t$threads -c$connections -d$duration; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    # PostgreSQL's backends stay open in the pool: the same processes before and after.
    postgres=("$postmaster" $(pgrep -P "$postmaster"))
    jvm_before="$(ticks "$jvm")" pg_before="$(ticks "${postgres[@]}")"
    /usr/bin/time -f "wrk cpu %U %S" -o "$work/wrk.time" \
        wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency -H "$auth" "$url" > "$work/wrk.out"
    jvm_ticks=$(($(ticks "$jvm") - jvm_before)) pg_ticks=$(($(ticks "${postgres[@]}") - pg_before))
    grep -E 'Requests/sec|Latency  |^ +(50|75|90|99)%|Non-2xx|Socket errors|requests in' "$work/wrk.out"
    echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    python3 - "$work/wrk.out" "$work/wrk.time" "$jvm_ticks" "$pg_ticks" "$hz" <<'PY'
import re, sys
out, timing, jvm, pg, hz = open(sys.argv[1]).read(), open(sys.argv[2]).read(), *map(int, sys.argv[3:6])
requests = int(re.search(r"(\d+) requests in", out).group(1))
wrk = sum(map(float, re.search(r"wrk cpu ([\d.]+) ([\d.]+)", timing).groups())) * 1000
ms = lambda ticks: ticks * 1000 / hz / requests
total = ms(jvm) + ms(pg) + wrk / requests
print(f"   CPU per request: server JVM {ms(jvm):.2f} ms, PostgreSQL {ms(pg):.2f} ms, wrk {wrk / requests:.2f} ms"
      f" = {total:.2f} ms; two cores alone would serve ~{2000 / total:.0f} requests/s")
PY
done
log "data kept in $work (pass --work-dir $work to rerun without seeding)"
