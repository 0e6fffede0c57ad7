#!/usr/bin/env bash
# Extraction throughput on one core (MB/s of article text), on a generated corpus.
# Usage: bench/extraction.sh [articles]   (default 2000 articles, about 8 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl service-commons,local-stack -am
./mvnw -q -B -pl claims-service test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.claimgraph.claims.extraction.ExtractionBenchmark -Dexec.args="${1:-2000}"
