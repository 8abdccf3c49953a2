#!/usr/bin/env bash
# Runs a command with a Neo4j server to talk to.
#
#   tools/with-neo4j.sh run|test COMMAND...
#
# When NEO4J_URI is set, that server is used and nothing is started. Otherwise
# the embedded launcher (tools/neo4j) is started — for "run" on var/neo4j and
# port 7687, keeping its data; for "test" on a fresh var/neo4j-test and port
# 7688, so tests never touch the data of `make run` — and stopped when the
# command ends. NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are exported to the
# command either way.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:?usage: with-neo4j.sh run|test COMMAND...}
shift

if [ -n "${NEO4J_URI:-}" ]; then
  export NEO4J_USER=${NEO4J_USER:-neo4j}
  echo "with-neo4j: using NEO4J_URI=$NEO4J_URI" >&2
  exec "$@"
fi

case "$mode" in
  run)  home=var/neo4j;      port=${NEO4J_PORT:-7687} ;;
  test) home=var/neo4j-test; port=${NEO4J_TEST_PORT:-7688}; rm -rf "$home" ;;
  *) echo "with-neo4j: mode must be run or test, not $mode" >&2; exit 2 ;;
esac

export NEO4J_HOME_DIR=$home NEO4J_PORT=$port
export NEO4J_PASSWORD=${NEO4J_PASSWORD:-plangraph-dev}
tools/neo4j/neo4j.sh start
trap 'NEO4J_HOME_DIR=$home tools/neo4j/neo4j.sh stop || true' EXIT INT TERM

export NEO4J_URI=bolt://127.0.0.1:$port NEO4J_USER=neo4j
set +e
"$@"
status=$?
set -e
exit $status
