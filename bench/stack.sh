# Sourced by the benchmarks: starts the whole local stack (embedded PostgreSQL on $DB_PORT, both subgraphs with the
# seeds, the gateway), waits until the gateway is ready, and stops every process started here when the script exits.
# Expects LOG (a folder for logs) and DB_PORT; STACK_DATA, if set, is the database's folder, emptied first (--fresh).
# The services listen on GATEWAY_PORT, SOURCES_PORT and CLAIMS_PORT (by default the run command's 8080, 8081, 8082).
GATEWAY_PORT=${GATEWAY_PORT:-8080}
SOURCES_PORT=${SOURCES_PORT:-8081}
CLAIMS_PORT=${CLAIMS_PORT:-8082}
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

start_stack() {
  echo "Starting PostgreSQL, sources-service, claims-service and the gateway (seeds loaded)..."
  for port in "$GATEWAY_PORT" "$SOURCES_PORT" "$CLAIMS_PORT" "$DB_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is taken (another stack?); choose others with GATEWAY_PORT, SOURCES_PORT, CLAIMS_PORT, BENCH_DB_PORT" >&2
      exit 1
    fi
  done
  local fresh=()
  if [ -n "${STACK_DATA:-}" ]; then fresh=(-Dclaimgraph.data-dir="$STACK_DATA" -Dexec.args=--fresh); fi
  ./mvnw -q -o -B -pl local-stack exec:java -Dclaimgraph.local.db-port="$DB_PORT" -Dclaimgraph.local.gateway-port="$GATEWAY_PORT" \
    -Dclaimgraph.local.sources-port="$SOURCES_PORT" -Dclaimgraph.local.claims-port="$CLAIMS_PORT" "${fresh[@]}" >"$LOG/stack.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 180); do
    curl -sf "localhost:$GATEWAY_PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf "localhost:$GATEWAY_PORT/q/health/ready" >/dev/null || { echo "the stack did not start; see $LOG/stack.log" >&2; exit 1; }
}
