#!/usr/bin/env bash
# Extraction quality on the labelled corpus (corpus/), through the real ingestion path: every article is ingested by
# ingestArticle against a real sources-service and PostgreSQL, and the stored claims are scored against the labels.
# Prints precision, recall and F1 with and without the claimant, per article and per phenomenon, the calibration of
# confidence, and every miss and false claim.
# Usage: bench/extraction-quality.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp install -DskipTests -pl service-commons,local-stack,sources-service -am
./mvnw -q -B -ntp -pl claims-service test -Dtest=CorpusQualityTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dquarkus.log.console.level=WARN > target-corpus-quality.log 2>&1 || { tail -50 target-corpus-quality.log; exit 1; }
rm -f target-corpus-quality.log
cat claims-service/target/corpus-quality.txt
