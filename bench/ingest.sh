#!/usr/bin/env bash
# Ingestion throughput: ARTICLES generated news-like articles (default 1,000) sent through the gateway, each article
# distinct (its own figures, claimants from a pool of 40, outlets from a pool of 10), once per mode of MODES, one after
# the other on the same stack (each mode its own articles):
#   single  ingestArticle, one article per call, by CONCURRENCY clients at once (default 20)
#   batch   ingestArticles, BATCH articles per call (default 25), by BATCH_CONCURRENCY clients at once (default 4)
# Prints per mode articles/s, the p50/p90/p99 latency per article (in a batch: of the call that carried it), the claims
# stored, and the load average before and after.
#
#   bench/ingest.sh
#   ARTICLES=2000 CONCURRENCY=40 bench/ingest.sh
#   MODES=batch BATCH=50 BATCH_CONCURRENCY=2 bench/ingest.sh
#   GATEWAY=http://localhost:8080 bench/ingest.sh      # against a stack that is already running (nothing started)
#   PROFILE=jfr bench/ingest.sh                          # also records each service with JFR: target/bench/<service>.jfr
#
# Without GATEWAY it starts the local stack from the built jars with a throwaway database and signing key under
# target/bench, so a run leaves data/postgres and ~/.claimgraph alone and every run starts from the same empty database.
# It runs no Maven itself (a benchmark runs under the shared Maven lock, so that no build competes with it, and a Maven
# call of its own would wait for that lock forever): it names the build to run first when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-1000}
CONCURRENCY=${CONCURRENCY:-20}
MODES=${MODES:-single batch}
BATCH=${BATCH:-25}
BATCH_CONCURRENCY=${BATCH_CONCURRENCY:-4}
DB_PORT=${BENCH_DB_PORT:-55432}
LOG=target/bench
mkdir -p "$LOG"

if [ -z "${GATEWAY:-}" ]; then
  for built in sources-service/target/quarkus-app/quarkus-run.jar claims-service/target/quarkus-app/quarkus-run.jar \
      gateway/target/quarkus-app/quarkus-run.jar local-stack/target/classes/org/claimgraph/localstack/LocalStack.class; do
    [ -f "$built" ] || { echo "$built is missing; build first: ./mvnw -B -o package -DskipTests -pl sources-service,claims-service,gateway,local-stack -am" >&2; exit 1; }
  done
  [ -s "$LOG/local-stack.classpath" ] || { echo "$LOG/local-stack.classpath is missing; write it first: ./mvnw -B -o -pl local-stack dependency:build-classpath -Dmdep.outputFile=\"\$PWD/$LOG/local-stack.classpath\"" >&2; exit 1; }
  for port in 8080 8081 8082 "$DB_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use: stop what listens there first" >&2; exit 1; fi
  done
  rm -rf "$LOG/postgres"
  echo "Starting PostgreSQL, sources-service, claims-service and the gateway (seeds loaded)..."
  java -Dclaimgraph.data-dir="$LOG/postgres" -Dclaimgraph.local.auth-dir="$LOG/auth" -Dclaimgraph.local.db-port="$DB_PORT" \
    -cp "local-stack/target/classes:$(cat "$LOG/local-stack.classpath")" org.claimgraph.localstack.LocalStack >"$LOG/stack.log" 2>&1 &
  STACK=$!
  # the launcher stops the services and PostgreSQL when it is terminated
  trap 'kill $STACK 2>/dev/null || true; wait $STACK 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    curl -sf localhost:8080/q/health/ready >/dev/null 2>&1 && break
    kill -0 $STACK 2>/dev/null || break
    sleep 1
  done
  curl -sf localhost:8080/q/health/ready >/dev/null || { echo "the stack did not start; see $LOG/stack.log" >&2; exit 1; }
  GATEWAY=http://localhost:8080
  CLAIMGRAPH_TOKEN=${CLAIMGRAPH_TOKEN:-$(cat "$LOG/auth/editor.token")}
  # the processes whose CPU time each mode's articles cost: the three services and PostgreSQL (its server and backends)
  SERVICE_PIDS=""
  for pid in $(pgrep -P $STACK); do
    service=$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o '[a-z-]*/target/quarkus-app' | head -1 | cut -d/ -f1 || true)
    [ -n "$service" ] && SERVICE_PIDS="$SERVICE_PIDS $service:$pid"
  done
  postmaster=$(find "$LOG/postgres" -name postmaster.pid 2>/dev/null | head -1)
  [ -n "$postmaster" ] && SERVICE_PIDS="$SERVICE_PIDS postgres:$(head -1 "$postmaster")"
  if [ "${PROFILE:-}" = jfr ]; then
    for pid in $(pgrep -P $STACK); do
      service=$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o '[a-z-]*/target/quarkus-app' | head -1 | cut -d/ -f1)
      [ -n "$service" ] && { jcmd "$pid" JFR.start name=bench settings=profile filename="$PWD/$LOG/$service.jfr" >/dev/null || echo "JFR not started in $service" >&2; }
    done
  fi
fi

status=0
python3 - "$GATEWAY" "$ARTICLES" "$CONCURRENCY" "${CLAIMGRAPH_TOKEN:-}" "$MODES" "$BATCH" "$BATCH_CONCURRENCY" "${SERVICE_PIDS:-}" <<'PY' || status=$?
import json, os, random, sys, time, urllib.error, urllib.request, concurrent.futures as cf
gateway, articles, concurrency, token = sys.argv[1].rstrip('/'), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
modes, batch, batch_concurrency = sys.argv[5].split(), int(sys.argv[6]), int(sys.argv[7])
services = [entry.split(":") for entry in sys.argv[8].split()]
TICK = os.sysconf("SC_CLK_TCK")
def cpu_seconds(pid, tree):
    """CPU time of a process (user + system), with its children's (living and reaped) when tree is set."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    total = (int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if tree else 0)) / TICK
    if tree:
        try:
            with open(f"/proc/{pid}/task/{pid}/children") as children:
                total += sum(cpu_seconds(int(child), False) for child in children.read().split())
        except OSError:
            pass
    return total
def cpu():
    return {name: cpu_seconds(int(pid), name == "postgres") for name, pid in services}
rng = random.Random(42)
people = [f"{first} {last}" for first in ["Olena", "Ivan", "Maria", "Pavel", "Anna", "Dmytro", "Sofia", "Oleg"]
          for last in ["Kovalenko", "Petrov", "Shevchenko", "Ivanova", "Bondar"]]
outlets = ["Kyiv Daily", "Moscow Herald", "Euro Wire", "Global Post", "Front Line News", "The Observer", "Daily Report",
           "World Times", "Eastern Courier", "News Agency"]
sides = [("Ukrainian", "Ukraine"), ("Russian", "Russia")]
SINGLE = ("mutation($title: String!, $outletName: String, $publishedOn: Date, $text: String!) { ingestArticle(title: $title, "
          "outletName: $outletName, publishedOn: $publishedOn, text: $text) { created unchanged } }")
BATCH = ("mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { index "
         "ingestion { created unchanged } error { code field message } } }")
run = f"{time.time():.0f}"
def article(tag, i):
    speaker, other = rng.sample(people, 2)
    demonym, _ = rng.choice(sides)
    killed, wounded = rng.randint(1000, 90000), rng.randint(1000, 300000)
    text = (f"Defence analyst {speaker} said on Monday that {killed:,} {demonym} soldiers have been killed since the war began. "
            f"{other}, a spokesperson, said about {wounded:,} {demonym} troops were wounded. "
            f"The figures could not be verified independently. Bench run {run} {tag} article {i}.")
    return {"title": f"Bench article {run}-{tag}-{i}", "outletName": rng.choice(outlets),
            "publishedOn": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "text": text}
headers = {"Content-Type": "application/json", "Accept": "application/json"}
if token:
    headers["Authorization"] = "Bearer " + token
def post(body):
    request = urllib.request.Request(gateway + "/graphql", data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.load(response)
    except urllib.error.HTTPError as refused:  # a GraphQL error body with a 4xx/5xx status
        try:
            return json.load(refused)
        except ValueError:
            return {"errors": [{"message": f"HTTP {refused.code}"}]}
    except OSError as failed:
        return {"errors": [{"message": str(failed)}]}
def send_single(chunk):
    """One call per article: [(latency, claims created, error)]"""
    started = time.perf_counter()
    answer = post(json.dumps({"query": SINGLE, "variables": chunk[0]}).encode())
    elapsed = time.perf_counter() - started
    if answer.get("errors"):
        return [(elapsed, 0, answer["errors"][0].get("message"))]
    return [(elapsed, answer["data"]["ingestArticle"]["created"], None)]
def send_batch(chunk):
    """One call for the chunk; each article's latency is the call's."""
    started = time.perf_counter()
    answer = post(json.dumps({"query": BATCH, "variables": {"articles": chunk}}).encode())
    elapsed = time.perf_counter() - started
    if answer.get("errors"):
        return [(elapsed, 0, answer["errors"][0].get("message"))] * len(chunk)
    return [(elapsed, (item["ingestion"] or {}).get("created", 0), item["error"] and item["error"]["message"])
            for item in answer["data"]["ingestArticles"]]
def measure(mode):
    size, clients, send = (1, concurrency, send_single) if mode == "single" else (batch, batch_concurrency, send_batch)
    def chunks(items):
        return [items[i:i + size] for i in range(0, len(items), size)]
    warm = chunks([article(mode + "-warm", i) for i in range(max(20, 2 * size))])  # outside the measurement
    bodies = chunks([article(mode, i) for i in range(articles)])
    with cf.ThreadPoolExecutor(clients) as pool:
        list(pool.map(send, warm))
    load = os.getloadavg()[0]
    cpu_before = cpu()
    started = time.perf_counter()
    with cf.ThreadPoolExecutor(clients) as pool:
        results = [r for call in pool.map(send, bodies) for r in call]
    wall = time.perf_counter() - started
    cpu_after = cpu()
    latencies = sorted(r[0] for r in results)
    failures = [r[2] for r in results if r[2]]
    def pct(p):
        return latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))] * 1000
    shape = "ingestArticle, 1 per call" if mode == "single" else f"ingestArticles, {size} per call"
    print(f"[{mode}] {shape}, {clients} clients; articles: {articles}, failed: {len(failures)}"
          + (f" (first: {failures[0]})" if failures else ""))
    print(f"[{mode}] claims created: {sum(r[1] or 0 for r in results)}")
    print(f"[{mode}] throughput: {articles / wall:.1f} articles/s over {wall:.1f} s; load average {load:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after")
    print(f"[{mode}] latency per article: p50 {pct(50):.0f} ms, p90 {pct(90):.0f} ms, p99 {pct(99):.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms")
    if services:
        spent = {name: (cpu_after[name] - cpu_before[name]) * 1000 / articles for name in cpu_before}
        print(f"[{mode}] CPU per article: " + ", ".join(f"{name} {ms:.1f} ms" for name, ms in spent.items())
              + f"; all {sum(spent.values()):.1f} ms")
    return len(failures)
failed = sum(measure(mode) for mode in modes)
sys.exit(1 if failed else 0)
PY
if [ "${PROFILE:-}" = jfr ] && [ -n "${STACK:-}" ]; then
  for pid in $(pgrep -P $STACK); do jcmd "$pid" JFR.stop name=bench >/dev/null 2>&1 || true; done
  echo "JFR recordings: $LOG/*.jfr"
fi
exit $status
