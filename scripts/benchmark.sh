#!/usr/bin/env bash
# Runs the benchmark harness (issue 8; docs/performance.md): the replication grid's pages and counts through the
# service against the bare JDBC time of the same SQL, the directors' dashboard queries, a 100,000-row XLSX export,
# the heap per UI session and real-Chromium timings. Prints a table; writes target/benchmark.json and
# target/benchmark.md.
#
#   scripts/benchmark.sh                       # on the generated data (Spring profile scale, ./data-scale/)
#   scripts/benchmark.sh --profile test --pad 300000   # on a fresh demo database padded to 300,000 replications
#   scripts/benchmark.sh --skip browser,sessions       # leave parts out (grid, dashboard, export, sessions, browser)
#   scripts/benchmark.sh --iterations 100              # measured iterations per figure (at least 30; default 50)
#
# Needs Chromium and ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver) for the browser part.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --profile) args+=("-Dbenchmark.profile=$2"); shift 2 ;;
        --pad) args+=("-Dbenchmark.pad-replications=$2"); shift 2 ;;
        --skip) args+=("-Dbenchmark.skip=$2"); shift 2 ;;
        --iterations) args+=("-Dbenchmark.iterations=$2"); shift 2 ;;
        --sessions) args+=("-Dbenchmark.sessions=$2"); shift 2 ;;
        --browser-runs) args+=("-Dbenchmark.browser-runs=$2"); shift 2 ;;
        -D*) args+=("$1"); shift ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

export LIQUIBASE_ANALYTICS_ENABLED=false
# surefire passes -D properties given to Maven on to the test JVM as system properties
./mvnw -B -q -Pbenchmark test "${args[@]}"
echo "Results: target/benchmark.json (table as Markdown: target/benchmark.md)"
