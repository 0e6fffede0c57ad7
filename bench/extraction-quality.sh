#!/usr/bin/env bash
# Extraction quality on a labelled corpus, through the real ingestion path: every article is ingested by
# ingestArticle against a real sources-service and PostgreSQL, and the stored claims are scored against the labels.
# Prints precision, recall and F1 with and without the claimant, per article and per phenomenon, the calibration of
# confidence, and every miss and false claim.
# Usage: bench/extraction-quality.sh [DIR]   (DIR: a directory laid out like corpus/; default the repository's corpus/)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_option=()
if [ $# -gt 0 ]; then
  [ -d "$1" ] || { echo "not a directory: $1" >&2; exit 2; }
  corpus_option=("-Dclaimgraph.corpus=$(cd "$1" && pwd)")
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The reactor builds the modules claims-service needs; nothing is installed into the shared local repository.
flock /tmp/claimgraph-maven.lock ./mvnw -B -ntp -o -pl claims-service -am verify -DskipITs \
  -Dtest=CorpusQualityTest -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.log.console.level=WARN \
  "${corpus_option[@]}" > "$log" 2>&1 || { tail -50 "$log"; exit 1; }
cat claims-service/target/corpus-quality.txt
