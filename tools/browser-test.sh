#!/usr/bin/env bash
# Browser test: serves the seeds from the Neo4j in NEO4J_URI and drives the
# GraphiQL page with Debian's Chromium through playwright-core
# (server/web/e2e). Installs chromium from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v "${CHROMIUM:-chromium}" >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "browser-test: installing Debian's chromium" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    echo "browser-test: chromium is not installed (apt-get install chromium)" >&2
    exit 1
  fi
fi
export CHROMIUM=$(command -v "${CHROMIUM:-chromium}")

port=${BROWSER_TEST_PORT:-18080}
bin/plangraph load -quiet seeds
bin/plangraph serve --addr "127.0.0.1:$port" 2>var/browser-serve.log &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
  sleep 0.5
done
PLANGRAPH_URL="http://127.0.0.1:$port" node --test server/web/e2e/
