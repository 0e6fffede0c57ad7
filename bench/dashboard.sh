#!/usr/bin/env bash
# Dashboard benchmark: three dashboard queries (a claims page, the estimates as of a date, the timeline of the five
# most prolific claimants) over 1,000,000 claims, measured with wrk directly against claims-service and through the
# gateway, next to pgbench running the same SQL on the same database in the same run: how much of what PostgreSQL
# serves for a query the GraphQL layers deliver.
#
#   bench/dashboard.sh                      # defaults below; needs wrk, psql and pgbench (apt-get install wrk postgresql)
#   DURATION=30s CONNECTIONS=16 CLAIMS=200000 bench/dashboard.sh
#
# The data is bench/dashboard-data.sql (5,000 sources, 200,000 documents, CLAIMS claims; a few minutes for a million),
# loaded unless claims.claim already holds CLAIMS claims. pgbench runs each statement prepared (-M prepared) with
# plan_cache_mode=force_custom_plan: claims-service does not cache prepared statements, so PostgreSQL plans each of
# its statements for the values bound, and so must pgbench (PLAN_CACHE_MODE=auto shows the generic plans instead).
# Prints a table of req/s and latency percentiles (pgbench's from its per-transaction log), also written to
# target/bench/dashboard-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-8}
CLAIMS=${CLAIMS:-1000000}
DB_PORT=${BENCH_DB_PORT:-55433}
PLAN_CACHE_MODE=${PLAN_CACHE_MODE:-force_custom_plan}
LOG=target/bench
RESULTS=$LOG/dashboard-results.md
mkdir -p "$LOG/sql"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql (Debian ships it with the server)" >&2; exit 2; }
for service in sources-service claims-service gateway; do
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || { ./mvnw -q -B install -DskipTests; break; }
done

seconds() { # a wrk duration (20s, 2m, 1h) in seconds, for pgbench -T
  case "$1" in
    *h) echo $(( ${1%h} * 3600 )) ;;
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}
THREADS=$(( CONNECTIONS < 2 ? 1 : 2 ))

source bench/stack.sh
start_stack

export PGPASSWORD=claimgraph
db() { psql -X -q -h localhost -p "$DB_PORT" -U claimgraph -d claimgraph -v ON_ERROR_STOP=1 "$@"; }
claim_count() { db -tA -c 'select count(*) from claims.claim'; }

if (( $(claim_count) < CLAIMS )); then
  echo "Loading $CLAIMS claims over 5,000 sources and 200,000 documents (bench/dashboard-data.sql)..."
  started=$SECONDS
  db -v claims="$CLAIMS" -f bench/dashboard-data.sql
  echo "  loaded in $(( SECONDS - started )) s"
else
  echo "claims.claim already holds $(claim_count) claims (>= $CLAIMS); not loading"
fi
db -c 'vacuum analyze sources.source, sources.document, claims.claimant, claims.document, claims.claim'

# The five claimants with most claims on the series the timeline shows.
CLAIMANT_IDS=$(db -tA -c "select string_agg(claimant_id::text, ',' order by n desc, claimant_id)
  from (select claimant_id, count(*) as n from claims.claim
        where subject_key = 'ukraine' and category = 'KILLED' and population = 'MILITARY'
        group by claimant_id order by n desc, claimant_id limit 5) top")
[ "$(tr ',' '\n' <<<"$CLAIMANT_IDS" | grep -c .)" -eq 5 ] || { echo "fewer than 5 claimants on the series: $CLAIMANT_IDS" >&2; exit 1; }
GRAPHQL_IDS=$(sed -E 's/[^,]+/\\"&\\"/g; s/,/, /g' <<<"$CLAIMANT_IDS")

SERIES='subject: \"Ukraine\", category: KILLED, population: MILITARY'
CLAIMS_PAGE="{\"query\":\"{ claims(first: 50, filter: {$SERIES}, orderBy: STATED_ON_DESC) { nodes { id best low high qualifier statedOn quote claimant { id } document { id } } pageInfo { endCursor hasNextPage } } }\"}"
ESTIMATES="{\"query\":\"{ estimates($SERIES, asOf: \\\"2025-06-30\\\", first: 50) { claimants minLow medianBest maxHigh bySide { side claimants minLow medianBest maxHigh } latest { id best statedOn claimant { id } } } }\"}"
TIMELINE="{\"query\":\"{ timeline($SERIES, claimantIds: [$GRAPHQL_IDS], from: \\\"2022-02-24\\\", to: \\\"2026-11-01\\\", every: MONTH) { claimant { id } points { date low best high } } }\"}"
SERIES_VARIABLES=(-D subject=ukraine -D category=KILLED -D population=MILITARY)
CLAIMS_PAGE_VARIABLES=("${SERIES_VARIABLES[@]}")
ESTIMATES_VARIABLES=("${SERIES_VARIABLES[@]}" -D includeScoped=false -D includeRejected=false -D asOf=2025-06-30 -D basis=TOTAL -D limit=50)
TIMELINE_VARIABLES=("${SERIES_VARIABLES[@]}" -D includeScoped=false -D includeRejected=false -D "claimantIds={$CLAIMANT_IDS}" -D from=2022-02-24 -D to=2026-11-01 -D every=month -D basis=TOTAL -D limit=5001)

DIRECT=http://localhost:8082/graphql
GATEWAY=http://localhost:8080/graphql
check() { # url body fragment: one request must return data, no errors, and the fragment (at least one row)
  local answer squeezed
  answer=$(curl -s "$1" -H 'content-type: application/json' -d "$2")
  squeezed=${answer//[[:space:]]/}
  if [[ "$answer" != *'"data"'* || "$answer" == *'"errors"'* || "$squeezed" != *"$3"* ]]; then
    echo "bad answer from $1: ${answer:0:300}" >&2; exit 1
  fi
}
for url in "$DIRECT" "$GATEWAY"; do
  check "$url" "$CLAIMS_PAGE" '"nodes":[{'; check "$url" "$ESTIMATES" '"latest":[{'; check "$url" "$TIMELINE" '"points":[{'
done
for body in "$CLAIMS_PAGE" "$ESTIMATES" "$TIMELINE"; do
  if [ "$(curl -s "$DIRECT" -H 'content-type: application/json' -d "$body")" != "$(curl -s "$GATEWAY" -H 'content-type: application/json' -d "$body")" ]; then
    echo "warning: claims-service and the gateway answer differently to ${body:0:60}..." >&2
  fi
done

# pgbench reads the shared statements as they are; comment and blank lines are dropped into target/bench/sql/ so that
# a file holding comments only (the claims page's placeholder) is recognised, and skipped.
prepare_sql() { # name file: prints the path of the statement for pgbench, nothing when there is no statement
  local out=$LOG/sql/$1.sql
  sed -e '/^[[:space:]]*--/d' -e '/^[[:space:]]*$/d' "$2" >"$out"
  if [ -s "$out" ]; then echo "$out"; fi
}
CLAIMS_PAGE_SQL=$(prepare_sql claims-page bench/sql/claims-page.sql)
ESTIMATES_SQL=$(prepare_sql estimates claims-service/src/main/resources/sql/estimates.sql)
TIMELINE_SQL=$(prepare_sql timeline claims-service/src/main/resources/sql/timeline.sql)
[ -n "$CLAIMS_PAGE_SQL" ] || echo "bench/sql/claims-page.sql holds no statement yet: no pgbench run for the claims page" >&2

pgbench_run() { # name file seconds variables...: prints "req/s p50-ms p99-ms" (percentiles from the per-transaction log)
  local name=$1 file=$2 secs=$3 out tps
  shift 3
  out=$LOG/pgbench-$name
  rm -f "$out".*
  PGOPTIONS="-c plan_cache_mode=$PLAN_CACHE_MODE" pgbench -h localhost -p "$DB_PORT" -U claimgraph -n -M prepared \
    -c "$CONNECTIONS" -j "$THREADS" -T "$secs" --log --log-prefix="$out" -f "$file" "$@" claimgraph >"$out.out" 2>&1 \
    || { echo "pgbench failed on $file; see $out.out" >&2; exit 1; }
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$out.out")
  # Log lines: client transaction latency-us script epoch-s epoch-us; a failed transaction has no number as latency.
  cat "$out".[0-9]* | awk '$3 ~ /^[0-9]+$/ { print $3 }' | sort -n | awk -v tps="$tps" '
    { latency[NR] = $1 }
    function percentile(p,  rank) { rank = int(p * NR / 100); if (rank < p * NR / 100) rank++; if (rank < 1) rank = 1; return latency[rank] / 1000 }
    END { if (NR == 0) { print "0 0 0"; exit } printf "%.1f %.2f %.2f\n", tps, percentile(50), percentile(99) }'
}
wrk_run() { # url body: prints "req/s p50-ms p99-ms failed"
  BODY="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s -s bench/wrk-graphql.lua "$1" | grep '^RESULT' \
    | sed -E 's/.*rps=([0-9.]+) p50_ms=([0-9.]+) p90_ms=[0-9.]+ p99_ms=([0-9.]+) failed=([0-9]+).*/\1 \2 \3 \4/'
}
warm() { BODY="$2" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -s bench/wrk-graphql.lua "$1" >/dev/null; }

row() { # query path req/s p50 p99 failed pgbench-req/s
  local rps=$3 share=n/a
  if [[ "$7" != n/a && "$3" != n/a ]]; then share=$(awk -v a="$3" -v b="$7" 'BEGIN { printf "%.0f%%", (b > 0 ? 100 * a / b : 0) }'); fi
  if [[ "$6" != 0 && "$6" != n/a ]]; then rps="$3 ($6 failed)"; fi
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$rps" "$4" "$5" "$share" | tee -a "$RESULTS"
}
measure() { # name query body sql-file variables...: pgbench, then claims-service directly, then through the gateway
  local name=$1 query=$2 body=$3 sql=$4 pg_rps=n/a pg_p50=n/a pg_p99=n/a result rps p50 p99 failed
  shift 4
  if [ -n "$sql" ]; then
    result=$(pgbench_run "$name" "$sql" "$SECONDS_PER_RUN" "$@")
    read -r pg_rps pg_p50 pg_p99 <<<"$result"
  fi
  row "$query" "pgbench (SQL)" "$pg_rps" "$pg_p50" "$pg_p99" 0 "$pg_rps"
  result=$(wrk_run "$DIRECT" "$body")
  read -r rps p50 p99 failed <<<"$result"
  row "$query" "claims-service direct" "$rps" "$p50" "$p99" "$failed" "$pg_rps"
  result=$(wrk_run "$GATEWAY" "$body")
  read -r rps p50 p99 failed <<<"$result"
  row "$query" "gateway" "$rps" "$p50" "$p99" "$failed" "$pg_rps"
}
SECONDS_PER_RUN=$(seconds "$DURATION")

echo "Warming up claims-service, the gateway and PostgreSQL ($WARMUP per query and path)..."
for body in "$CLAIMS_PAGE" "$ESTIMATES" "$TIMELINE"; do warm "$DIRECT" "$body"; warm "$GATEWAY" "$body"; done
[ -z "$CLAIMS_PAGE_SQL" ] || pgbench_run warmup "$CLAIMS_PAGE_SQL" "$(seconds "$WARMUP")" "${CLAIMS_PAGE_VARIABLES[@]}" >/dev/null
pgbench_run warmup "$ESTIMATES_SQL" "$(seconds "$WARMUP")" "${ESTIMATES_VARIABLES[@]}" >/dev/null
pgbench_run warmup "$TIMELINE_SQL" "$(seconds "$WARMUP")" "${TIMELINE_VARIABLES[@]}" >/dev/null

: >"$RESULTS"
{
  echo
  echo "wrk and pgbench, $DURATION per run, $CONNECTIONS connections; $(nproc) cores shared by wrk, pgbench, the gateway, both subgraphs and PostgreSQL"
  echo "database $(db -tA -c 'select pg_size_pretty(pg_database_size(current_database()))'), $(claim_count) claims;" \
    "pgbench -M prepared, plan_cache_mode=$PLAN_CACHE_MODE, JIT available: $(db -tA -c 'select pg_jit_available()')"
  echo
  echo "| query | path | req/s | p50 ms | p99 ms | share of pgbench req/s |"
  echo "|---|---|---|---|---|---|"
} | tee -a "$RESULTS"
measure claims-page "claims page (first 50)" "$CLAIMS_PAGE" "$CLAIMS_PAGE_SQL" "${CLAIMS_PAGE_VARIABLES[@]}"
measure estimates "estimates (as of 2025-06-30)" "$ESTIMATES" "$ESTIMATES_SQL" "${ESTIMATES_VARIABLES[@]}"
measure timeline "timeline (5 claimants)" "$TIMELINE" "$TIMELINE_SQL" "${TIMELINE_VARIABLES[@]}"
echo
echo "written to $RESULTS"
