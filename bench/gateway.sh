#!/usr/bin/env bash
# Gateway benchmark: the dashboard query (50 claims with claimant and document, across both subgraphs) through our
# gateway and through Apollo Gateway side by side, over the same subgraphs and database, with 100,000 claims loaded;
# then the gateway's overhead over a direct call to claims-service for a query only claims-service answers.
#
#   bench/gateway.sh                      # defaults below; needs wrk (apt-get install wrk) and Node 20
#   DURATION=30s CONNECTIONS=32 bench/gateway.sh
#
# Prints a table of req/s and latency percentiles, and the resident memory of both gateways after the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
CLAIMS=${CLAIMS:-100000}
DB_PORT=${BENCH_DB_PORT:-55432}
APOLLO_PORT=${APOLLO_PORT:-4000}
LOG=target/bench
mkdir -p "$LOG"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }
[ -f gateway/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B install -DskipTests
[ -d tools/federation/node_modules/@apollo/gateway ] || npm ci --prefix tools/federation --no-audit --no-fund

source bench/stack.sh
start_stack

echo "Loading $CLAIMS claims over 1,000 sources and 10,000 documents..."
export PGPASSWORD=claimgraph
psql -q -h localhost -p "$DB_PORT" -U claimgraph -d claimgraph -v ON_ERROR_STOP=1 -v claims="$CLAIMS" <<'SQL'
insert into sources.source (id, name, kind, affiliation, created_at)
select md5('bench-source-' || i)::uuid, 'Bench source ' || i,
       (array['PERSON', 'GOVERNMENT', 'MILITARY', 'THINK_TANK', 'MEDIA'])[1 + i % 5], (array['UA', 'RU', null])[1 + i % 3], now()
from generate_series(1, 1000) i on conflict do nothing;
insert into sources.document (id, title, url, published_on, published_on_precision, text, content_sha256, automated, ingested_at)
select md5('bench-document-' || i)::uuid, 'Bench report ' || i, 'https://bench.example/' || i, date '2022-02-24' + i % 1400, 'DAY',
       'Bench text ' || i, encode(sha256(convert_to('bench-document-' || i, 'UTF8')), 'hex'), true, now()
from generate_series(1, 10000) i on conflict do nothing;
insert into claims.claim (id, document_id, claimant_id, subject, population, category, best, qualifier, quote, confidence,
                          extractor, fingerprint, recorded_at)
select md5('bench-claim-' || i)::uuid, md5('bench-document-' || (1 + i % 10000))::uuid, md5('bench-source-' || (1 + (i * 7) % 1000))::uuid,
       (array['Ukraine', 'Russia', 'Gaza', 'Israel'])[1 + i % 4], (array['MILITARY', 'CIVILIAN', 'ALL'])[1 + i % 3],
       (array['KILLED', 'WOUNDED', 'CASUALTIES', 'MISSING', 'CAPTURED'])[1 + i % 5], 100 + i, 'EXACT', 'Bench quote ' || i, 0.9,
       'bench', 'bench-' || i, now() - make_interval(secs => i)
from generate_series(1, :claims) i on conflict do nothing;
-- each claim's one document is its first appearance
insert into claims.claim_appearance (id, claim_id, document_id, quote, confidence, extractor, reading, recorded_at, stated_on)
select c.id, c.id, c.document_id, c.quote, c.confidence, c.extractor, c.fingerprint, c.recorded_at, c.stated_on
from claims.claim c where c.extractor = 'bench' on conflict do nothing;
analyze;
SQL
echo "  claims in the database: $(psql -tA -h localhost -p "$DB_PORT" -U claimgraph -d claimgraph -c 'select count(*) from claims.claim')"

echo "Starting Apollo Gateway on port $APOLLO_PORT..."
node tools/federation/apollo-gateway.mjs --port "$APOLLO_PORT" sources=http://localhost:8081/graphql claims=http://localhost:8082/graphql \
  >"$LOG/apollo.out" 2>"$LOG/apollo.err" &
PIDS+=($!)
APOLLO_PID=$!
for _ in $(seq 1 60); do grep -q ready "$LOG/apollo.out" 2>/dev/null && break; sleep 1; done
grep -q ready "$LOG/apollo.out" || { echo "Apollo Gateway did not start; see $LOG/apollo.err" >&2; exit 1; }

FILTER='filter: {subject: \"Ukraine\", category: KILLED, population: MILITARY}'
DASHBOARD="{\"query\":\"{ claims(first: 50, $FILTER) { nodes { id best quote claimant { name kind } document { title publishedOn } } } }\"}"
CLAIMS_ONLY="{\"query\":\"{ claims(first: 50, $FILTER) { nodes { id best quote claimant { id } document { id } } } }\"}"

check() { # url body: one request must return data and no errors
  local answer
  answer=$(curl -s "$1" -H 'content-type: application/json' -d "$2")
  if [[ "$answer" != *'"data"'* || "$answer" == *'"errors"'* ]]; then echo "bad answer from $1: ${answer:0:300}" >&2; exit 1; fi
}
OURS=http://localhost:8080/graphql
APOLLO=http://127.0.0.1:$APOLLO_PORT/graphql
DIRECT=http://localhost:8082/graphql
check "$OURS" "$DASHBOARD"; check "$APOLLO" "$DASHBOARD"; check "$DIRECT" "$CLAIMS_ONLY"; check "$OURS" "$CLAIMS_ONLY"
if [ "$(curl -s "$OURS" -H 'content-type: application/json' -d "$DASHBOARD")" != "$(curl -s "$APOLLO" -H 'content-type: application/json' -d "$DASHBOARD")" ]; then
  echo "our gateway and Apollo Gateway answer the dashboard query differently" >&2; exit 1
fi

GATEWAY_PID=$(pgrep -f 'gateway/target/quarkus-app/quarkus-run.jar' | head -1)
APOLLO_NODE_PID=$(pgrep -f 'apollo-gateway.mjs' | head -1)
SOURCES_PID=$(pgrep -f 'sources-service/target/quarkus-app/quarkus-run.jar' | head -1)
CLAIMS_PID=$(pgrep -f 'claims-service/target/quarkus-app/quarkus-run.jar' | head -1)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICKS=$(getconf CLK_TCK)

run() { # name url body connections: wrk's numbers, and the CPU each gateway and subgraph spent per request
  local before_ours before_apollo before_sources before_claims line requests
  before_ours=$(cpu_ticks "$GATEWAY_PID"); before_apollo=$(cpu_ticks "$APOLLO_NODE_PID")
  before_sources=$(cpu_ticks "$SOURCES_PID"); before_claims=$(cpu_ticks "$CLAIMS_PID")
  line=$(BODY="$3" wrk -t"$(( $4 < 2 ? 1 : 2 ))" -c"$4" -d"$DURATION" -s bench/wrk-graphql.lua "$2" | grep '^RESULT')
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
  per_request() { awk -v a="$1" -v b="$2" -v n="$requests" -v t="$TICKS" 'BEGIN { printf "%.2f", (b - a) * 1000 / t / (n > 0 ? n : 1) }'; }
  printf '| %-42s | %s | %s | %s | %s | %s |\n' "$1" \
    "$(sed -E 's/.*rps=([0-9.]+) p50_ms=([0-9.]+) p90_ms=([0-9.]+) p99_ms=([0-9.]+) failed=([0-9]+).*/\1 | \2 | \3 | \4 | \5/' <<<"$line")" \
    "$(per_request "$before_ours" "$(cpu_ticks "$GATEWAY_PID")")" "$(per_request "$before_apollo" "$(cpu_ticks "$APOLLO_NODE_PID")")" \
    "$(per_request "$before_claims" "$(cpu_ticks "$CLAIMS_PID")")" "$(per_request "$before_sources" "$(cpu_ticks "$SOURCES_PID")")" \
    | tee -a "$LOG/results.md"
}
warm() { BODY="$2" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/wrk-graphql.lua "$1" >/dev/null; }

echo "Warming up every JVM and Node ($WARMUP per query and gateway)..."
warm "$OURS" "$DASHBOARD"; warm "$APOLLO" "$DASHBOARD"; warm "$DIRECT" "$CLAIMS_ONLY"; warm "$OURS" "$CLAIMS_ONLY"
warm "$OURS" "$DASHBOARD"; warm "$APOLLO" "$DASHBOARD"

echo
echo "wrk, $DURATION per run; $(nproc) cores shared by wrk, both gateways, both subgraphs and PostgreSQL; $(psql -tA -h localhost -p "$DB_PORT" -U claimgraph -d claimgraph -c 'select count(*) from claims.claim') claims"
echo
echo "| run | req/s | p50 ms | p90 ms | p99 ms | failed | CPU ms/req our gateway | CPU ms/req Apollo Gateway | CPU ms/req claims-service | CPU ms/req sources-service |"
echo "|---|---|---|---|---|---|---|---|---|---|"
: >"$LOG/results.md"
run "dashboard via our gateway (c=$CONNECTIONS)" "$OURS" "$DASHBOARD" "$CONNECTIONS"
run "dashboard via Apollo Gateway (c=$CONNECTIONS)" "$APOLLO" "$DASHBOARD" "$CONNECTIONS"
run "dashboard via our gateway (c=1)" "$OURS" "$DASHBOARD" 1
run "dashboard via Apollo Gateway (c=1)" "$APOLLO" "$DASHBOARD" 1
run "claims-only, direct to claims-service (c=1)" "$DIRECT" "$CLAIMS_ONLY" 1
run "claims-only, via our gateway (c=1)" "$OURS" "$CLAIMS_ONLY" 1
run "claims-only, via Apollo Gateway (c=1)" "$APOLLO" "$CLAIMS_ONLY" 1

echo
echo "resident memory after the runs: our gateway $(( $(ps -o rss= -p "$GATEWAY_PID") / 1024 )) MiB, Apollo Gateway $(( $(ps -o rss= -p "$APOLLO_NODE_PID") / 1024 )) MiB"
