#!/usr/bin/env bash
# Generates the national-scale data set (issue 8): >=600 units, 100,000 innovations with awards, 1,000,000
# replications with status histories, monitoring reports and evaluations, 5,000 workshops with 24 months of figures,
# partners and sponsorships.
#
#   scripts/generate-data.sh [--seed N] [--scale F] [--as-of YYYY-MM-DD] [--force] [--checksum]
#
#   --seed N      random seed (default 1): the same seed, scale and as-of date give the same rows
#   --scale F     fraction of the full set (default 1; 0.01 = 10,000 replications)
#   --as-of DATE  the day the data set ends (default today, WIB); histories and reports lie before it
#   --force       generate although the database holds more than the demo seed (an earlier run is removed first)
#   --checksum    print the per-table checksum of the generated rows and stop
#
# Where: with REPLIKA_DB_URL (REPLIKA_DB_USER, REPLIKA_DB_PASSWORD) set, into that database (the portal must have
# started against it once, so that its schema exists); otherwise into the embedded MariaDB of the 'scale' profile
# in ./data-scale/, then start the portal on it with:  ./mvnw spring-boot:run -Dspring-boot.run.profiles=scale
set -euo pipefail
cd "$(dirname "$0")/.."

# the same JDK choice as ./mvnw: Java 21 or newer, else Temurin 25
if [ -z "${JAVA_HOME-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME LIQUIBASE_ANALYTICS_ENABLED=false

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/generator-classpath.txt >/dev/null
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/generator-classpath.txt)" \
    id.go.kemensos.replika.scale.GenerateData "$@"
