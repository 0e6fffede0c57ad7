#!/usr/bin/env bash
# Ingestion throughput: ARTICLES generated news-like articles (default 1,000) sent to the gateway's ingestArticle by
# CONCURRENCY clients at once (default 20), each article distinct (its own figures, claimants from a pool of 40,
# outlets from a pool of 10). Prints articles/s and the p50/p90/p99 latency of one ingestion, and the claims stored.
#
#   bench/ingest.sh
#   ARTICLES=2000 CONCURRENCY=40 bench/ingest.sh
#   GATEWAY=http://localhost:8080 bench/ingest.sh      # against a stack that is already running (nothing started)
#   PROFILE=jfr bench/ingest.sh                          # also records each service with JFR: target/bench/<service>.jfr
#
# Without GATEWAY it builds what is missing in the reactor (never `install`: the local Maven repository may be shared),
# then starts the local stack from the built jars with a throwaway database and signing key under target/bench, so a
# run leaves data/postgres and ~/.claimgraph alone and every run starts from the same empty database.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-1000}
CONCURRENCY=${CONCURRENCY:-20}
DB_PORT=${BENCH_DB_PORT:-55432}
LOG=target/bench
mkdir -p "$LOG"
maven() { flock /tmp/claimgraph-maven.lock ./mvnw -q -B -ntp -o "$@"; }

if [ -z "${GATEWAY:-}" ]; then
  for built in sources-service/target/quarkus-app/quarkus-run.jar claims-service/target/quarkus-app/quarkus-run.jar \
      gateway/target/quarkus-app/quarkus-run.jar local-stack/target/classes/org/claimgraph/localstack/LocalStack.class; do
    [ -f "$built" ] || { maven package -DskipTests -pl sources-service,claims-service,gateway,local-stack -am; break; }
  done
  [ -s "$LOG/local-stack.classpath" ] || maven -pl local-stack dependency:build-classpath -Dmdep.outputFile="$PWD/$LOG/local-stack.classpath"
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
  if [ "${PROFILE:-}" = jfr ]; then
    for pid in $(pgrep -P $STACK); do
      service=$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o '[a-z-]*/target/quarkus-app' | cut -d/ -f1)
      [ -n "$service" ] && jcmd "$pid" JFR.start name=bench settings=profile filename="$PWD/$LOG/$service.jfr" >/dev/null
    done
  fi
fi

status=0
python3 - "$GATEWAY" "$ARTICLES" "$CONCURRENCY" "${CLAIMGRAPH_TOKEN:-}" <<'PY' || status=$?
import json, random, sys, time, urllib.error, urllib.request, concurrent.futures as cf
gateway, articles, concurrency, token = sys.argv[1].rstrip('/'), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = random.Random(42)
people = [f"{first} {last}" for first in ["Olena", "Ivan", "Maria", "Pavel", "Anna", "Dmytro", "Sofia", "Oleg"]
          for last in ["Kovalenko", "Petrov", "Shevchenko", "Ivanova", "Bondar"]]
outlets = ["Kyiv Daily", "Moscow Herald", "Euro Wire", "Global Post", "Front Line News", "The Observer", "Daily Report",
           "World Times", "Eastern Courier", "News Agency"]
sides = [("Ukrainian", "Ukraine"), ("Russian", "Russia")]
QUERY = ("mutation($title: String!, $outletName: String, $publishedOn: Date, $text: String!) { ingestArticle(title: $title, "
         "outletName: $outletName, publishedOn: $publishedOn, text: $text) { created unchanged } }")
run = f"{time.time():.0f}"
def article(i):
    speaker, other = rng.sample(people, 2)
    demonym, _ = rng.choice(sides)
    killed, wounded = rng.randint(1000, 90000), rng.randint(1000, 300000)
    text = (f"Defence analyst {speaker} said on Monday that {killed:,} {demonym} soldiers have been killed since the war began. "
            f"{other}, a spokesperson, said about {wounded:,} {demonym} troops were wounded. "
            f"The figures could not be verified independently. Bench run {run} article {i}.")
    return {"title": f"Bench article {run}-{i}", "outletName": rng.choice(outlets),
            "publishedOn": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "text": text}
bodies = [json.dumps({"query": QUERY, "variables": article(i)}).encode() for i in range(articles)]
headers = {"Content-Type": "application/json", "Accept": "application/json"}
if token:
    headers["Authorization"] = "Bearer " + token
def send(body):
    started = time.perf_counter()
    request = urllib.request.Request(gateway + "/graphql", data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as refused:  # a GraphQL error body with a 4xx/5xx status
        try:
            answer = json.load(refused)
        except ValueError:
            answer = {"errors": [{"message": f"HTTP {refused.code}"}]}
    except OSError as failed:
        answer = {"errors": [{"message": str(failed)}]}
    elapsed = time.perf_counter() - started
    if answer.get("errors"):
        return elapsed, None, answer["errors"][0].get("message")
    return elapsed, answer["data"]["ingestArticle"]["created"], None
# warm-up: 20 articles outside the measurement
warm = [json.dumps({"query": QUERY, "variables": article(10_000_000 + i)}).encode() for i in range(20)]
with cf.ThreadPoolExecutor(concurrency) as pool:
    list(pool.map(send, warm))
started = time.perf_counter()
with cf.ThreadPoolExecutor(concurrency) as pool:
    results = list(pool.map(send, bodies))
wall = time.perf_counter() - started
latencies = sorted(r[0] for r in results)
failures = [r[2] for r in results if r[2]]
created = sum(r[1] or 0 for r in results)
def pct(p):
    return latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))] * 1000
print(f"articles: {articles}, concurrency: {concurrency}, failed: {len(failures)}" + (f" (first: {failures[0]})" if failures else ""))
print(f"claims created: {created}")
print(f"throughput: {articles / wall:.1f} articles/s over {wall:.1f} s")
print(f"latency per article: p50 {pct(50):.0f} ms, p90 {pct(90):.0f} ms, p99 {pct(99):.0f} ms, max {latencies[-1] * 1000:.0f} ms")
sys.exit(1 if failures else 0)
PY
if [ "${PROFILE:-}" = jfr ] && [ -n "${STACK:-}" ]; then
  for pid in $(pgrep -P $STACK); do jcmd "$pid" JFR.stop name=bench >/dev/null 2>&1 || true; done
  echo "JFR recordings: $LOG/*.jfr"
fi
exit $status
