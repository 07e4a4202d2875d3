#!/usr/bin/env bash
# Bytes and requests on the wire (empty and warm cache) for the login page and the directors' and an operator's
# home, and sign-in and opening a replication on an emulated 1.6 Mbit/s, 300 ms link, in headless Chromium against
# the portal in Vaadin's production mode (what users get). Prints a table and writes target/network.md.
# See docs/network.md. Needs /usr/bin/chromium and /usr/bin/chromedriver.
set -euo pipefail
cd "$(dirname "$0")/.."
export LIQUIBASE_ANALYTICS_ENABLED=false
./mvnw -B -q -Pnetwork test "$@"
echo "Results: target/network.md"
