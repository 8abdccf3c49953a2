#!/usr/bin/env bash
# Start/stop the embedded Neo4j launcher (see tools/neo4j/README.md).
#
#   tools/neo4j/neo4j.sh start    build if needed, start in background, wait for Bolt
#   tools/neo4j/neo4j.sh stop     SIGTERM, wait for exit
#   tools/neo4j/neo4j.sh status   exit 0 if running and Bolt answers, 3 otherwise
#
# Env: NEO4J_HOME_DIR (default var/neo4j under the repo root; relative paths are taken from the
# repo root), NEO4J_PORT (7687), NEO4J_PASSWORD (plangraph-dev), NEO4J_JAVA_OPTS (-Xmx1g),
# NEO4J_START_TIMEOUT (120), NEO4J_STOP_TIMEOUT (60).
# `start` prints the Bolt URI (bolt://127.0.0.1:PORT) on stdout; progress goes to stderr.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd -P)"

HOME_DIR="${NEO4J_HOME_DIR:-var/neo4j}"
case "$HOME_DIR" in
  /*) ;;
  *) HOME_DIR="$REPO_ROOT/$HOME_DIR" ;;
esac
PORT="${NEO4J_PORT:-7687}"
PASSWORD="${NEO4J_PASSWORD:-plangraph-dev}"
JAVA_OPTS="${NEO4J_JAVA_OPTS:--Xmx1g}"
# From Neo4j's own neo4j.conf JVM defaults; without the add-opens the page cache falls back to a
# slower path and logs a warning.
JVM_FLAGS=(
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

PID_FILE="$HOME_DIR/neo4j.pid"
LOG_FILE="$HOME_DIR/launcher.log"
BUILD_LOG="$HOME_DIR/build.log"
TARGET="$SCRIPT_DIR/target"
STAMP="$TARGET/.build-stamp"
MAIN_CLASS="io.plangraph.neo4j.Launcher"
READY_RE='^neo4j ready bolt://'

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

say() { echo "neo4j.sh: $*" >&2; }

# True if something accepts TCP connections on 127.0.0.1:$1.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# Prints the pid from the pid file if that process is alive and is our launcher.
live_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]] && ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$MAIN_CLASS"; then
    return 1 # pid was recycled by an unrelated process
  fi
  echo "$pid"
}

# Bolt URI from the launcher's readiness line, if it has printed one.
ready_uri() {
  [[ -f "$LOG_FILE" ]] || return 1
  local line
  line="$(grep -m1 -E "$READY_RE" "$LOG_FILE" 2>/dev/null)" || return 1
  echo "${line#neo4j ready }"
}

log_tail() {
  if [[ -f "$LOG_FILE" ]]; then
    say "last lines of $LOG_FILE:"
    tail -n 40 "$LOG_FILE" >&2
  fi
}

needs_build() {
  [[ -f "$STAMP" && -f "$TARGET/classes/io/plangraph/neo4j/Launcher.class" ]] || return 0
  compgen -G "$TARGET/lib/*.jar" >/dev/null || return 0
  [[ -n "$(find "$SCRIPT_DIR/pom.xml" "$SCRIPT_DIR/src" -newer "$STAMP" -print -quit)" ]]
}

build() {
  if ! command -v mvn >/dev/null 2>&1; then
    say "mvn not found; install Maven (e.g. apt-get install maven) to build the launcher"
    exit 1
  fi
  say "building launcher (mvn package, log: $BUILD_LOG)"
  if ! mvn -q -B -f "$SCRIPT_DIR/pom.xml" package -DskipTests </dev/null >"$BUILD_LOG" 2>&1; then
    say "build failed; last lines of $BUILD_LOG:"
    tail -n 40 "$BUILD_LOG" >&2
    exit 1
  fi
  touch "$STAMP"
}

stop_pid() { # pid, timeout -> 0 if exited
  local pid="$1" waited=0
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= $2 * 10 )); then return 1; fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

cmd_start() {
  mkdir -p "$HOME_DIR"
  local pid uri
  if pid="$(live_pid)"; then
    if uri="$(ready_uri)" && port_open "${uri##*:}"; then
      say "already running (pid $pid) at $uri"
      echo "$uri"
      return 0
    fi
    say "process $pid from $PID_FILE is alive but Bolt is not answering yet; waiting for it"
  else
    rm -f "$PID_FILE"
    if ! command -v "$JAVA" >/dev/null 2>&1; then
      say "java not found; install a Java 17+ JDK (e.g. apt-get install openjdk-17-jdk-headless)"
      exit 1
    fi
    if needs_build; then build; fi
    [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.prev"
    say "starting Neo4j on 127.0.0.1:$PORT (home $HOME_DIR, log $LOG_FILE)"
    # Password goes through the environment, not argv, so it does not show up in ps.
    # shellcheck disable=SC2086
    NEO4J_PASSWORD="$PASSWORD" nohup "$JAVA" "${JVM_FLAGS[@]}" $JAVA_OPTS \
      -cp "$TARGET/classes:$TARGET/lib/*" "$MAIN_CLASS" \
      --port "$PORT" --data "$HOME_DIR" \
      </dev/null >"$LOG_FILE" 2>&1 &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi

  local start=$SECONDS
  while (( SECONDS - start < START_TIMEOUT )); do
    if uri="$(ready_uri)"; then
      say "ready (pid $pid, $((SECONDS - start))s): $uri"
      echo "$uri"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      say "Neo4j exited before becoming ready"
      log_tail
      rm -f "$PID_FILE"
      exit 1
    fi
    sleep 0.5
  done
  say "Neo4j did not become ready within ${START_TIMEOUT}s; stopping it"
  log_tail
  stop_pid "$pid" 20 || kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  exit 1
}

cmd_stop() {
  local pid
  if ! pid="$(live_pid)"; then
    say "not running"
    rm -f "$PID_FILE"
    return 0
  fi
  say "stopping Neo4j (pid $pid)"
  if stop_pid "$pid" "$STOP_TIMEOUT"; then
    rm -f "$PID_FILE"
    say "stopped"
    return 0
  fi
  say "pid $pid did not exit within ${STOP_TIMEOUT}s; sending SIGKILL (the store will recover on next start)"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  exit 1
}

cmd_status() {
  local pid uri
  if pid="$(live_pid)"; then
    if uri="$(ready_uri)" && port_open "${uri##*:}"; then
      say "running (pid $pid) at $uri"
      echo "$uri"
      return 0
    fi
    say "process $pid is alive but Bolt is not answering"
    exit 3
  fi
  say "not running"
  exit 3
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  build) mkdir -p "$HOME_DIR"; if needs_build; then build; else say "launcher is up to date"; fi ;;
  *)
    echo "usage: $0 start|stop|status|build" >&2
    exit 2
    ;;
esac
