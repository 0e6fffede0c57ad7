#!/usr/bin/env bash
# Gateway benchmark: the dashboard query (50 claims with claimant and document, across both subgraphs) through our
# gateway, Apollo Gateway and Hive Gateway side by side, over the same subgraphs and database, with 100,000 claims
# loaded; then the gateways' overhead over a direct call to claims-service for a query only claims-service answers.
#
#   bench/gateway.sh                      # defaults below; needs wrk (apt-get install wrk), psql and Node 20
#   DURATION=30s ROUNDS=3 bench/gateway.sh
#   GATEWAYS=ours OUR_JVM_OPTIONS='-XX:+UseSerialGC -Xmx96m' bench/gateway.sh    # our gateway alone, other JVM options
#   GATEWAYS=ours ROUNDS=1 OVERHEAD=0 PROFILE=/tmp/warm.jfr bench/gateway.sh     # a flight recording of the warm rounds
#   CLASS_DATA=0 bench/gateway.sh        # ours started without the run command's class-data archive
#   BASELINE_APP=/tmp/old-quarkus-app ALT_JVM_OPTIONS='-XX:+UseSerialGC -Xmx128m' bench/gateway.sh
#                                        # beside ours, in the same run: another build of it (started as before: no
#                                        # class-data archive), and this build with other JVM options (its archive)
#
# Each gateway is started by this script and measured three ways, one gateway at a time:
#   cold    the first COLD seconds right after it is ready (ours: its readiness check, passed once its warm-up is
#           done; the Node gateways: their first answer), JIT not done; ours from the class-data archive its first
#           start wrote, as the run command starts it (CLASS_DATA below);
#   warm    ROUNDS rounds of DURATION each after WARMUP of load on every gateway, the gateways taking turns.
# For every run: req/s, latency, and the CPU each gateway process (with its children) spent per request; then the
# resident memory of each gateway after the runs, and its peak. Our gateway runs with the JVM options of the run
# command (gateway/src/main/jvm/options, read by ServiceProcess).
#
# Apollo Gateway comes from tools/federation (npm ci), Hive Gateway (@graphql-hive/gateway) is installed from npm into
# target/bench/hive-gateway (HIVE_DIR), outside what git tracks. The machine is shared: compare gateways within one
# run, not across runs. Results also go to target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
COLD=${COLD:-10}
ROUNDS=${ROUNDS:-2}
CONNECTIONS=${CONNECTIONS:-16}
CLAIMS=${CLAIMS:-100000}
OVERHEAD=${OVERHEAD:-1}
DB_PORT=${BENCH_DB_PORT:-55452}
# ports of their own, so that the benchmark runs beside a stack already up on the run command's
GATEWAY_PORT=${GATEWAY_PORT:-18080}
SOURCES_PORT=${SOURCES_PORT:-18081}
CLAIMS_PORT=${CLAIMS_PORT:-18082}
OUR_PORT=${OUR_PORT:-18090}
APOLLO_PORT=${APOLLO_PORT:-18091}
HIVE_PORT=${HIVE_PORT:-18092}
BASELINE_PORT=${BASELINE_PORT:-18093}
ALT_PORT=${ALT_PORT:-18094}
HIVE_VERSION=${HIVE_VERSION:-2.15.1}
LOG=target/bench
HIVE_DIR=${HIVE_DIR:-$LOG/hive-gateway}
RESULTS=$LOG/results.md
mkdir -p "$LOG"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 2; }
for module in sources-service claims-service gateway; do
  [ -f "$module/target/quarkus-app/quarkus-run.jar" ] && continue
  # built in the reactor, not installed: the local repository is shared with other checkouts
  ./mvnw -q -B -o package -DskipTests -pl sources-service,claims-service,gateway,local-stack -am </dev/null
  break
done
[ -d tools/federation/node_modules/@apollo/gateway ] || npm ci --prefix tools/federation --no-audit --no-fund
if [ ! -x "$HIVE_DIR/node_modules/.bin/hive-gateway" ]; then
  echo "Installing @graphql-hive/gateway $HIVE_VERSION into $HIVE_DIR..."
  mkdir -p "$HIVE_DIR"
  # @graphql-tools/delegate pinned (npm overrides) to the release Hive Gateway 2.15 is measured with here
  cat >"$HIVE_DIR/package.json" <<JSON
{ "name": "hive-gateway-bench", "private": true,
  "dependencies": { "@graphql-hive/gateway": "$HIVE_VERSION" },
  "overrides": { "@graphql-tools/delegate": "12.2.0" } }
JSON
  npm install --prefix "$HIVE_DIR" --no-audit --no-fund --loglevel=error >"$LOG/hive-install.log" 2>&1 \
    || { echo "npm install of Hive Gateway failed; see $LOG/hive-install.log" >&2; exit 1; }
fi

# a database of its own, new at every run: the claims loaded below are the only ones besides the seeds
STACK_DATA=$PWD/$LOG/gateway-data
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
analyze sources.source, sources.document, claims.claim, claims.claim_appearance;
SQL
echo "  claims in the database: $(psql -tA -h localhost -p "$DB_PORT" -U claimgraph -d claimgraph -c 'select count(*) from claims.claim')"

FILTER='filter: {subject: \"Ukraine\", category: KILLED, population: MILITARY}'
DASHBOARD="{\"query\":\"{ claims(first: 50, $FILTER) { nodes { id best quote claimant { name kind } document { title publishedOn } } } }\"}"
CLAIMS_ONLY="{\"query\":\"{ claims(first: 50, $FILTER) { nodes { id best quote claimant { id } document { id } } } }\"}"
OURS=http://localhost:$OUR_PORT/graphql
APOLLO=http://127.0.0.1:$APOLLO_PORT/graphql
HIVE=http://127.0.0.1:$HIVE_PORT/graphql
DIRECT=http://localhost:$CLAIMS_PORT/graphql
declare -A URL=([ours]=$OURS [apollo]=$APOLLO [hive]=$HIVE [baseline]=http://localhost:$BASELINE_PORT/graphql
  [alt]=http://localhost:$ALT_PORT/graphql)
declare -A NAME=([ours]="our gateway" [apollo]="Apollo Gateway" [hive]="Hive Gateway" [baseline]="ours, baseline build"
  [alt]="ours, other JVM options")
declare -A READY=([ours]=http://localhost:$OUR_PORT/q/health/ready [baseline]=http://localhost:$BASELINE_PORT/q/health/ready
  [alt]=http://localhost:$ALT_PORT/q/health/ready)
declare -A PID=()
read -r -a GATEWAYS <<<"${GATEWAYS:-ours apollo hive}" # GATEWAYS=ours: ours alone, to try its options
[ -n "${BASELINE_APP:-}" ] && GATEWAYS+=(baseline)
[ -n "${ALT_JVM_OPTIONS:-}" ] && GATEWAYS+=(alt)

answer() { curl -s "$1" -H 'content-type: application/json' -d "$2"; }
check() { # url body: one request must return data and no errors
  local got
  got=$(answer "$1" "$2")
  if [[ "$got" != *'"data"'* || "$got" == *'"errors"'* ]]; then echo "bad answer from $1: ${got:0:300}" >&2; exit 1; fi
}
await_ready() { # gateway: until it says it is ready (ours: its readiness check, which waits for its warm-up) and
  # answers the dashboard query; prints the seconds since it was started
  local started=$SECONDS ready="${READY[$1]:-}"
  for _ in $(seq 1 600); do
    kill -0 "${PID[$1]}" 2>/dev/null || { echo "${NAME[$1]} exited; see $LOG/$1.log" >&2; exit 1; }
    if { [ -z "$ready" ] || curl -sf "$ready" >/dev/null 2>&1; } && [[ "$(answer "${URL[$1]}" "$DASHBOARD" 2>/dev/null)" == *'"data"'* ]]; then
      echo $(( SECONDS - started )); return 0
    fi
    sleep 0.2
  done
  echo "${NAME[$1]} was not ready within 120 s; see $LOG/$1.log" >&2; exit 1
}

# Our gateway as the run command starts it: the same JVM options, trusting the run command's token issuer.
jvm_options() {
  if [ -n "${OUR_JVM_OPTIONS+set}" ]; then echo "$OUR_JVM_OPTIONS"; return; fi # other options, to try them
  sed -e 's/#.*//' -e '/^[[:space:]]*$/d' gateway/src/main/jvm/options 2>/dev/null | tr '\n' ' '
}
# a copy of the built gateway (OUR_APP: another one), so that a build during the run cannot change it under the JVM
OUR_APP=${OUR_APP:-}
if [ -z "$OUR_APP" ]; then
  OUR_APP=$LOG/ours-app
  rm -rf "$OUR_APP"; cp -r gateway/target/quarkus-app "$OUR_APP"; rm -f "$OUR_APP"/*.jsa "$OUR_APP"/*.aot
fi
# The run command's class-data archive (CLASS_DATA=0: none): its first start after a build writes the archive when the
# gateway stops, later starts map it. So ours is started once under load and stopped (the archive is written), then
# measured from a start that maps it, as every start of the run command but the first after a build.
CLASS_DATA=${CLASS_DATA:-1}
class_data_options() { # write|read: the JDK's options for the archive beside the copy of the jar
  [ "$CLASS_DATA" = 1 ] || return 0
  local release
  release=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  if (( release >= 25 )); then
    if [ "$1" = write ]; then echo "-XX:AOTCacheOutput=$OUR_APP/app.aot"; else echo "-XX:AOTCache=$OUR_APP/app.aot"; fi
  elif [ "$1" = write ]; then echo "-XX:ArchiveClassesAtExit=$OUR_APP/app-cds.jsa"
  else echo "-XX:SharedArchiveFile=$OUR_APP/app-cds.jsa"; fi
}
java_gateway() { # id port app log options...: one of our gateways, as the run command starts it
  local id=$1 port=$2 app=$3 log=$4
  shift 4
  JWT_PUBLIC_KEY_LOCATION="file://$HOME/.claimgraph/auth/public-key.pem" JWT_ISSUER=https://claimgraph.local/issuer \
    SOURCES_GRAPHQL_URL=http://localhost:$SOURCES_PORT/graphql CLAIMS_GRAPHQL_URL=http://localhost:$CLAIMS_PORT/graphql \
    java "$@" -Dquarkus.http.port="$port" -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
  PIDS+=($!); PID[$id]=$!
}
start_ours() { # [write]: the start that writes the class-data archive
  # shellcheck disable=SC2046 # one option per word
  java_gateway ours "$OUR_PORT" "$OUR_APP" "$LOG/ours${1:+-$1}.log" $(jvm_options) $(class_data_options "${1:-read}")
}
start_baseline() { # another build, as it was started before the class-data archive: without one
  # shellcheck disable=SC2046
  java_gateway baseline "$BASELINE_PORT" "$BASELINE_APP" "$LOG/baseline.log" $(jvm_options)
}
start_alt() { # this build with other JVM options, from the same class-data archive as ours (JIT options do not change it)
  # shellcheck disable=SC2046
  java_gateway alt "$ALT_PORT" "$OUR_APP" "$LOG/alt.log" $ALT_JVM_OPTIONS $(class_data_options read)
}
train_ours() { # the run command's first start after a build: serves a while, then stops and writes the archive
  start_ours write
  await_ready ours >/dev/null
  BODY="$DASHBOARD" wrk -t1 -c"$CONNECTIONS" -d5s -s bench/wrk-graphql.lua "$OURS" >/dev/null
  kill "${PID[ours]}"; wait "${PID[ours]}" 2>/dev/null || true
  [ -s "$OUR_APP/app-cds.jsa" ] || [ -s "$OUR_APP/app.aot" ] || echo "warning: no class-data archive written; see $LOG/ours-write.log" >&2
}
start_apollo() {
  node tools/federation/apollo-gateway.mjs --port "$APOLLO_PORT" --supergraph-out "$LOG/supergraph.graphql" \
    sources=http://localhost:$SOURCES_PORT/graphql claims=http://localhost:$CLAIMS_PORT/graphql >"$LOG/apollo.log" 2>&1 &
  PIDS+=($!); PID[apollo]=$!
}
start_hive() { # from the supergraph Apollo's composer wrote: the same composition for both Node gateways
  [ -s "$LOG/supergraph.graphql" ] || { echo "no supergraph from Apollo Gateway in $LOG/supergraph.graphql" >&2; exit 1; }
  "$HIVE_DIR/node_modules/.bin/hive-gateway" supergraph "$LOG/supergraph.graphql" --host 127.0.0.1 --port "$HIVE_PORT" \
    --fork 1 --polling 1h --disable-websockets >"$LOG/hive.log" 2>&1 &
  PIDS+=($!); PID[hive]=$!
}

tree() { local child; echo "$1"; for child in $(pgrep -P "$1"); do tree "$child"; done; }
cpu_ticks() { # user and system time of a process and its children, in clock ticks
  local sum=0 pid
  for pid in $(tree "$1"); do sum=$(( sum + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done
  echo "$sum"
}
memory() { # field (VmRSS, VmHWM) of a process and its children, in MiB
  local sum=0 pid
  for pid in $(tree "$2"); do sum=$(( sum + $(awk -v f="$1:" '$1 == f {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0) )); done
  echo $(( sum / 1024 ))
}
TICKS=$(getconf CLK_TCK)

row() { # round gateway url body connections duration: one wrk run, a row of the table, CPU of the gateway per request
  local before after line requests cpu
  before=$(cpu_ticks "${PID[$2]}")
  line=$(BODY="$4" wrk -t"$(( $5 < 2 ? 1 : 2 ))" -c"$5" -d"$6" -s bench/wrk-graphql.lua "$3" | grep '^RESULT')
  after=$(cpu_ticks "${PID[$2]}")
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
  cpu=$(awk -v a="$before" -v b="$after" -v n="$requests" -v t="$TICKS" 'BEGIN { printf "%.2f", (b - a) * 1000 / t / (n > 0 ? n : 1) }')
  CPU["$1/$2"]=$cpu
  RPS["$1/$2"]=$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")
  printf '| %s | %s | %s | %s | %s |\n' "$1" "${NAME[$2]}" \
    "$(sed -E 's/.*rps=([0-9.]+) p50_ms=([0-9.]+) p90_ms=([0-9.]+) p99_ms=([0-9.]+) failed=([0-9]+).*/\1 | \2 | \4 | \5/' <<<"$line")" \
    "$cpu" "$(memory VmRSS "${PID[$2]}")" | tee -a "$RESULTS"
}
declare -A CPU=() RPS=()

: >"$RESULTS"
{
  echo
  echo "wrk, $CONNECTIONS connections; cold: the first $COLD s after each gateway is ready; warm: $ROUNDS rounds of $DURATION after $WARMUP of load each"
  echo "$(nproc) cores shared by wrk, three gateways, both subgraphs and PostgreSQL; $CLAIMS claims; our gateway's JVM: $(java -version 2>&1 | head -1), options: $(jvm_options)"
  echo
  echo "| round | gateway | req/s | p50 ms | p99 ms | failed | CPU ms/req | RSS MiB |"
  echo "|---|---|---|---|---|---|---|---|"
} | tee -a "$RESULTS"

# The subgraphs warmed first (through the stack's own gateway, which is not measured), so that no cold round pays for
# cold subgraphs, and the first gateway measured does not warm them for the others.
echo "Warming up the subgraphs ($WARMUP through the stack's gateway)..."
BODY="$DASHBOARD" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/wrk-graphql.lua "http://localhost:$GATEWAY_PORT/graphql" >/dev/null

# Cold: one gateway at a time, started now, loaded from the moment it is ready on.
declare -A STARTUP=()
if [ "$CLASS_DATA" = 1 ] && [[ " ${GATEWAYS[*]} " == *" ours "* ]]; then
  echo "Writing our gateway's class-data archive (a start under load, then a stop, as the run command's first start)..."
  train_ours
fi
for gateway in "${GATEWAYS[@]}"; do
  "start_$gateway"
  STARTUP[$gateway]=$(await_ready "$gateway")
  row cold "$gateway" "${URL[$gateway]}" "$DASHBOARD" "$CONNECTIONS" "${COLD}s"
done
for gateway in "${GATEWAYS[@]}"; do check "${URL[$gateway]}" "$DASHBOARD"; done
for gateway in apollo hive; do
  [[ -n "${PID[$gateway]:-}" && -n "${PID[ours]:-}" ]] || continue
  if [ "$(answer "$OURS" "$DASHBOARD")" != "$(answer "${URL[$gateway]}" "$DASHBOARD")" ]; then
    echo "warning: our gateway and ${NAME[$gateway]} answer the dashboard query differently" >&2
  fi
done

for gateway in "${GATEWAYS[@]}"; do BODY="$DASHBOARD" wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s bench/wrk-graphql.lua "${URL[$gateway]}" >/dev/null; done
ROUND_NAMES=(cold)
# PROFILE=file.jfr: a flight recording of our gateway over the warm rounds (CPU samples, allocation samples); it costs
# CPU of its own, so its rounds are not the ones to compare
[ -n "${PROFILE:-}" ] && jcmd "${PID[ours]}" JFR.start name=warm settings=profile filename="$(realpath -m "$PROFILE")" >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  ROUND_NAMES+=("warm $round")
  for gateway in "${GATEWAYS[@]}"; do row "warm $round" "$gateway" "${URL[$gateway]}" "$DASHBOARD" "$CONNECTIONS" "$DURATION"; done
done
[ -n "${PROFILE:-}" ] && jcmd "${PID[ours]}" JFR.stop name=warm >/dev/null && echo "profile of the warm rounds: $PROFILE"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "" && b > 0) printf "%.2f", a / b; else print "n/a" }'; }
{
  echo
  echo "CPU per request, side by side (goals: warm, ours <= 0.20 x Hive's and <= 0.33 x Apollo's; cold, ours <= Apollo's)"
  echo
  echo "| round | ours ms | Apollo ms | Hive ms | ours / Apollo | ours / Hive | req/s ours / Apollo / Hive |"
  echo "|---|---|---|---|---|---|---|"
  for round in "${ROUND_NAMES[@]}"; do
    ours=${CPU[$round/ours]:-} apollo=${CPU[$round/apollo]:-} hive=${CPU[$round/hive]:-}
    printf '| %s | %s | %s | %s | %s | %s | %s / %s / %s |\n' "$round" "$ours" "$apollo" "$hive" \
      "$(ratio "$ours" "$apollo")" "$(ratio "$ours" "$hive")" "${RPS[$round/ours]:-}" "${RPS[$round/apollo]:-}" "${RPS[$round/hive]:-}"
  done
  echo
  if [ -n "${BASELINE_APP:-}${ALT_JVM_OPTIONS:-}" ]; then
    echo "Our other variants (baseline: ${BASELINE_APP:-none}; other JVM options: ${ALT_JVM_OPTIONS:-none}):"
    echo
    echo "| round | variant | CPU ms/req | / Apollo | / Hive | / ours | req/s |"
    echo "|---|---|---|---|---|---|---|"
    for round in "${ROUND_NAMES[@]}"; do
      for variant in baseline alt; do
        [ -n "${CPU[$round/$variant]:-}" ] || continue
        printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$round" "${NAME[$variant]}" "${CPU[$round/$variant]}" \
          "$(ratio "${CPU[$round/$variant]}" "${CPU[$round/apollo]:-}")" "$(ratio "${CPU[$round/$variant]}" "${CPU[$round/hive]:-}")" \
          "$(ratio "${CPU[$round/$variant]}" "${CPU[$round/ours]:-}")" "${RPS[$round/$variant]}"
      done
    done
    echo
  fi
  echo "| gateway | ready after s | RSS after the runs MiB | peak RSS MiB |"
  echo "|---|---|---|---|"
  for gateway in "${GATEWAYS[@]}"; do
    printf '| %s | %s | %s | %s |\n' "${NAME[$gateway]}" "${STARTUP[$gateway]}" "$(memory VmRSS "${PID[$gateway]}")" "$(memory VmHWM "${PID[$gateway]}")"
  done
} | tee -a "$RESULTS"

if [ "$OVERHEAD" = 1 ]; then
  {
    echo
    echo "The gateways' overhead for a query claims-service answers alone, at 1 connection:"
    echo
    echo "| round | path | req/s | p50 ms | p99 ms | failed | CPU ms/req | RSS MiB |"
    echo "|---|---|---|---|---|---|---|---|"
  } | tee -a "$RESULTS"
  PID[direct]=$(pgrep -f "$PWD/claims-service/target/quarkus-app/quarkus-run.jar" | head -1); NAME[direct]="claims-service directly"
  check "$DIRECT" "$CLAIMS_ONLY"
  row claims-only direct "$DIRECT" "$CLAIMS_ONLY" 1 "$DURATION"
  for gateway in "${GATEWAYS[@]}"; do check "${URL[$gateway]}" "$CLAIMS_ONLY"; row claims-only "$gateway" "${URL[$gateway]}" "$CLAIMS_ONLY" 1 "$DURATION"; done
fi
echo
echo "written to $RESULTS"
