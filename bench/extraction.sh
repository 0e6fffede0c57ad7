#!/usr/bin/env bash
# Extraction throughput on one core (MB/s of article text), on a generated corpus.
# Usage: bench/extraction.sh [articles]   (default 2000 articles, about 8 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
# The reactor compiles claims-service and the modules it needs; nothing is installed into the shared local repository.
# The test classpath is written out in the same run, so the benchmark runs on the classes just compiled.
classpath=claims-service/target/extraction-bench.classpath
./mvnw -q -B -ntp -pl claims-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/extraction-bench.classpath -Dmdep.includeScope=test
java -cp "claims-service/target/test-classes:claims-service/target/classes:$(cat "$classpath")" \
  org.claimgraph.claims.extraction.ExtractionBenchmark "${1:-2000}"
