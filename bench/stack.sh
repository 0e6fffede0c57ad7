# Sourced by the benchmarks: starts the whole local stack (embedded PostgreSQL on $DB_PORT, both subgraphs with the
# seeds, the gateway), waits until the gateway is ready, and stops every process started here when the script exits.
# Expects LOG (a folder for logs) and DB_PORT.
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

start_stack() {
  echo "Starting PostgreSQL, sources-service, claims-service and the gateway (seeds loaded)..."
  ./mvnw -q -o -B -pl local-stack exec:java -Dclaimgraph.local.db-port="$DB_PORT" >"$LOG/stack.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 180); do
    curl -sf localhost:8080/q/health/ready >/dev/null 2>&1 && break
    sleep 1
  done
  curl -sf localhost:8080/q/health/ready >/dev/null || { echo "the stack did not start; see $LOG/stack.log" >&2; exit 1; }
}
