#!/usr/bin/env bash
# Extraction quality on a labelled corpus, through the real ingestion path: every article is ingested by
# ingestArticle against a real sources-service and PostgreSQL, and the stored claims are scored against the labels.
# Prints precision, recall and F1 with and without the claimant, per article and per phenomenon, the calibration of
# confidence, and every miss and false claim.
# Usage: bench/extraction-quality.sh [DIR]   (DIR: a directory laid out like corpus/; default the repository's corpus/)
# The report is printed even when the score is under CorpusQualityTest's floors (set for corpus/); the exit status
# then says so.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_option=()
if [ $# -gt 0 ]; then
  [ -d "$1" ] || { echo "not a directory: $1" >&2; exit 2; }
  corpus_option=("-Dclaimgraph.corpus=$(cd "$1" && pwd)")
fi
report=claims-service/target/corpus-quality.txt
log=$(mktemp)
trap 'rm -f "$log"' EXIT
rm -f "$report"
status=0
# The reactor builds the modules claims-service needs; nothing is installed into the shared local repository.
./mvnw -B -ntp -pl claims-service -am verify -DskipITs \
  -Dtest=CorpusQualityTest -Dsurefire.failIfNoSpecifiedTests=false -Dquarkus.log.console.level=WARN \
  "${corpus_option[@]}" > "$log" 2>&1 || status=$?
if [ -f "$report" ]; then
  cat "$report"
  [ "$status" -eq 0 ] || echo "(under CorpusQualityTest's floors: see the totals above)" >&2
else
  tail -50 "$log"
fi
exit "$status"
