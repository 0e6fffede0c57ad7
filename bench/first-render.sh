#!/usr/bin/env bash
# The dashboard's first render right after the run command starts: RUNS times, the run command is started on the seed
# data (a fresh database each time), and as soon as it says it is up, Chromium opens the dashboard once
# (cold), then five times more in new tabs (warm). The time is the page's own: navigation start to the spread drawn
# (the `claimgraph:spread-drawn` mark), with each request and resource on the way for the cold load.
#
#   bench/first-render.sh                  # needs /usr/bin/chromium (apt-get install -y chromium) and Node 20
#   RUNS=5 bench/first-render.sh
#   CLAIMGRAPH_GATEWAY_WARM_UP_ENABLED=false STACK_OPTS=-Dclaimgraph.local.class-data-archive=false bench/first-render.sh
#                                          # without the gateway's warm-up and the class-data archives: as before both
#
# The services listen on GATEWAY_PORT, SOURCES_PORT, CLAIMS_PORT (18180-18182, beside a stack up on the usual ports),
# PostgreSQL on BENCH_DB_PORT; the database lives in target/bench/first-render-data.
# Results also go to target/bench/first-render.md. The machine is shared: compare runs of one invocation.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
DB_PORT=${BENCH_DB_PORT:-55454}
GATEWAY_PORT=${GATEWAY_PORT:-18180}
SOURCES_PORT=${SOURCES_PORT:-18181}
CLAIMS_PORT=${CLAIMS_PORT:-18182}
LOG=target/bench
RESULTS=$LOG/first-render.md
E2E=gateway/src/test/e2e
mkdir -p "$LOG"

[ -x /usr/bin/chromium ] || { echo "chromium is missing: apt-get install -y chromium" >&2; exit 2; }
# Maven runs under the shared build lock (MAVEN_LOCK), and only to build: the run command's launcher is then started
# with java directly, as exec:java would start it, so that no Maven process is held while the stack runs
MAVEN_LOCK=${MAVEN_LOCK:-/tmp/claimgraph-maven.lock}
maven() { flock "$MAVEN_LOCK" ./mvnw -q -B -ntp -o "$@" </dev/null; }
for module in sources-service claims-service gateway; do
  [ -f "$module/target/quarkus-app/quarkus-run.jar" ] && continue
  # built in the reactor, not installed: the local repository is shared with other checkouts
  maven package -DskipTests -pl sources-service,claims-service,gateway,local-stack -am
  break
done
[ -d local-stack/target/classes/org ] || maven compile -pl local-stack
maven -pl local-stack dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/$LOG/first-render-classpath.txt"
[ -d "$E2E/node_modules/playwright-core" ] || npm ci --prefix "$E2E" --no-audit --no-fund

STACK=
stop_stack() { if [ -n "$STACK" ]; then kill "$STACK" 2>/dev/null || true; wait "$STACK" 2>/dev/null || true; STACK=; fi; }
trap stop_stack EXIT

: >"$RESULTS"
{
  echo
  echo "first render of the dashboard (navigation start to the spread drawn), right after the run command is up; $(nproc) cores"
  echo
  echo "| run | run command up after s | cold first render ms | warm first renders ms |"
  echo "|---|---|---|---|"
} | tee -a "$RESULTS"
start_run_command() { # run: starts it and waits until it says it is up; fails when it exits first
  java -cp "local-stack/target/classes:$(cat "$LOG/first-render-classpath.txt")" -Dclaimgraph.local.db-port="$DB_PORT" \
    -Dclaimgraph.local.gateway-port="$GATEWAY_PORT" -Dclaimgraph.local.sources-port="$SOURCES_PORT" -Dclaimgraph.local.claims-port="$CLAIMS_PORT" \
    -Dclaimgraph.data-dir="$PWD/$LOG/first-render-data" -Dclaimgraph.local.auth-dir="$PWD/$LOG/first-render-auth" \
    ${STACK_OPTS:-} org.claimgraph.localstack.LocalStack --fresh >"$LOG/first-render-stack-$1.log" 2>&1 &
  STACK=$!
  for _ in $(seq 1 900); do
    grep -q 'claimgraph is up' "$LOG/first-render-stack-$1.log" && return 0
    kill -0 "$STACK" 2>/dev/null || { STACK=; return 1; }
    sleep 0.2
  done
  stop_stack; return 1
}
for run in $(seq 1 "$RUNS"); do
  started=$SECONDS
  # a machine loaded by others can make the seeding time out: one more try, then give up
  start_run_command "$run" || { echo "  run $run: the run command did not come up (see $LOG/first-render-stack-$run.log); trying again" >&2; sleep 5
    started=$SECONDS; start_run_command "$run" || { echo "the run command did not come up twice; see $LOG/first-render-stack-$run.log" >&2; exit 1; }; }
  up=$(( SECONDS - started ))
  (cd "$E2E" && BASE_URL=http://localhost:$GATEWAY_PORT/ SHOTS="$PWD/../../../target/first-render-shots" node dashboard.e2e.mjs first-render) \
    >"$LOG/first-render-browser-$run.log" 2>&1 || { cat "$LOG/first-render-browser-$run.log" >&2; exit 1; }
  cold=$(sed -nE 's/^FIRST_RENDER cold (.*)/\1/p' "$LOG/first-render-browser-$run.log")
  warm=$(sed -nE 's/^FIRST_RENDER warm (.*)/\1/p' "$LOG/first-render-browser-$run.log")
  printf '| %s | %s | %s | %s |\n' "$run" "$up" "$cold" "$warm" | tee -a "$RESULTS"
  sed -nE 's/^  cold steps: (.*)/    cold: \1/p' "$LOG/first-render-browser-$run.log"
  stop_stack
done
echo
echo "written to $RESULTS"
