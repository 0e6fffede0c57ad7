#!/usr/bin/env bash
# Runs each service's native build up to the point where GraalVM would take over
# (-Dnative -Dquarkus.native.sources-only=true): Quarkus' native build steps, reflection registration and
# configuration checks all run, so build-time native errors surface on machines without GraalVM.
# The result is <service>/target/native-sources/ (the jar and native-image.args native-image would be given).
set -euo pipefail
cd "$(dirname "$0")/.."
for service in sources-service claims-service gateway; do
  ./mvnw -B -ntp -q -pl "$service" -am package -DskipTests -Dnative -Dquarkus.native.sources-only=true
  test -s "$service/target/native-sources/native-image.args"
  echo "$service: native sources generated in $service/target/native-sources"
done
