#!/usr/bin/env bash
# Ingestion throughput: ARTICLES generated news-like articles (default 1,000) sent to the gateway's ingestArticle by
# CONCURRENCY clients at once (default 20), each article distinct (its own figures, claimants from a pool of 40,
# outlets from a pool of 10). Prints articles/s and the p50/p90/p99 latency of one ingestion, and the claims stored.
#
#   bench/ingest.sh
#   ARTICLES=2000 CONCURRENCY=40 bench/ingest.sh
#   GATEWAY=http://localhost:8080 bench/ingest.sh      # against a stack that is already running (nothing started)
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-1000}
CONCURRENCY=${CONCURRENCY:-20}
DB_PORT=${BENCH_DB_PORT:-55432}
LOG=target/bench
mkdir -p "$LOG"

if [ -z "${GATEWAY:-}" ]; then
  [ -f gateway/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B install -DskipTests
  source bench/stack.sh
  start_stack
  GATEWAY=http://localhost:8080
fi

python3 - "$GATEWAY" "$ARTICLES" "$CONCURRENCY" "${CLAIMGRAPH_TOKEN:-}" <<'PY'
import json, random, sys, time, urllib.request, concurrent.futures as cf
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
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.load(response)
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
