#!/usr/bin/env bash
# Runs the whole Attendance system locally with one command:
#   builds what is missing or out of date, fetches the face models, starts face-service,
#   attendance-api (with an embedded PostgreSQL unless DATABASE_URL is set) and attendance-web,
#   waits until all three are healthy, prints the URL and the first admin's login, and stops
#   all three cleanly on Ctrl-C. Safe to start again after a crash: stale processes and pid
#   files from the previous run are cleaned up first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
# shellcheck source=bin/find-jdk.sh
source "$root/bin/find-jdk.sh"

run_dir="$root/.run"
data_dir="$root/.data"
mkdir -p "$run_dir" "$data_dir"

WEB_PORT="${WEB_PORT:-8080}"
API_PORT="${API_PORT:-8081}"
FACE_PORT="${FACE_PORT:-8082}"
SERVICES=(face-service attendance-api attendance-web)

say() { printf '\033[1m[attendance]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[attendance] %s\033[0m\n' "$*" >&2; exit 1; }

# --- 1. stale processes from a previous run (crash, closed terminal) --------------------
stop_pidfile() { # stop_pidfile <file>: stops the process it names if it is still ours
  local f="$1" pid
  [ -f "$f" ] || return 0
  pid="$(cat "$f" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q "attendance\|face-service" "/proc/$pid/cmdline" 2>/dev/null; then
    say "Stopping a leftover process from an earlier run (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}
for s in "${SERVICES[@]}"; do stop_pidfile "$run_dir/$s.pid"; done

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$FACE_PORT" "$API_PORT" "$WEB_PORT"; do
  if port_busy "$p"; then
    die "Port $p is already in use by another program. Stop it, or choose other ports: WEB_PORT=9080 API_PORT=9081 FACE_PORT=9082 ./run.sh"
  fi
done

# --- 2. models and build ----------------------------------------------------------------
bash "$root/models/fetch.sh"

jar_of() { ls "$root/$1/target/$1-"*.jar 2>/dev/null | grep -v original | head -1 || true; }
needs_build=false
for s in "${SERVICES[@]}"; do
  jar="$(jar_of "$s")"
  if [ -z "$jar" ] || [ -n "$(find "$root/$s/src" "$root/$s/pom.xml" "$root/pom.xml" -newer "$jar" -type f -print -quit)" ]; then
    needs_build=true
  fi
done
if $needs_build; then
  say "Building (first run or sources changed; tests are run by ./mvnw verify) ..."
  "$root/mvnw" -B -q -ntp -DskipTests -DskipModelFetch=true package || die "Build failed (see the Maven output above)."
fi

# --- 3. secrets, generated once and kept in .data/secrets.env ----------------------------
secrets="$data_dir/secrets.env"
if [ ! -f "$secrets" ]; then
  umask 077
  {
    echo "FACE_API_TOKEN=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
    echo "JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 64)"
  } > "$secrets"
fi
# Added later: proves to the API that a login comes from the web app (issue 13, defect 5).
if ! grep -q '^WEB_CLIENT_SECRET=' "$secrets"; then
  (umask 077; echo "WEB_CLIENT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 64)" >> "$secrets")
fi
set -a
# shellcheck disable=SC1090
source "$secrets"
set +a
export FACE_API_TOKEN JWT_SECRET WEB_CLIENT_SECRET

# --- 4. start -----------------------------------------------------------------------------
pids=()
cleanup() {
  trap - INT TERM EXIT
  say "Stopping ..."
  for ((i=${#pids[@]}-1; i>=0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; done
  for p in "${pids[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$p" 2>/dev/null || true
  done
  for s in "${SERVICES[@]}"; do rm -f "$run_dir/$s.pid"; done
  say "Stopped."
}
# Ctrl-C or a kill is a normal stop: clean up and exit 0 (the services, started in the background,
# ignore the terminal's SIGINT, so they are stopped here, not reported as having died).
trap 'cleanup; exit 0' INT TERM
trap cleanup EXIT

start() { # start <service> <port> [env assignments...]
  local s="$1" port="$2"; shift 2
  local jar; jar="$(jar_of "$s")"
  say "Starting $s on port $port (log: .run/$s.log)"
  local opts="${JAVA_OPTS:-}"
  # Lucene's HNSW search uses the JDK's SIMD vector API when the module is present.
  [ "$s" = face-service ] && opts="$opts --add-modules jdk.incubator.vector"
  # shellcheck disable=SC2086
  env "$@" "$JAVA_HOME/bin/java" $opts -jar "$jar" > "$run_dir/$s.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  echo "$pid" > "$run_dir/$s.pid"
}

wait_healthy() { # wait_healthy <service> <port> <seconds>
  local s="$1" port="$2" limit="$3" pid
  pid="$(cat "$run_dir/$s.pid")"
  for _ in $(seq 1 "$limit"); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$run_dir/$s.log" >&2
      die "$s stopped during start-up; the last lines of .run/$s.log are above."
    fi
    if curl -fsS "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      say "$s is healthy"
      return 0
    fi
    sleep 1
  done
  tail -n 40 "$run_dir/$s.log" >&2
  die "$s did not become healthy within ${limit}s; see .run/$s.log."
}

# The API and face-service listen on loopback only, unless BIND_ADDRESS says otherwise; the web app
# is what users reach.
bind="${BIND_ADDRESS:-127.0.0.1}"
start face-service "$FACE_PORT" FACE_PORT="$FACE_PORT" SERVER_ADDRESS="$bind" \
  FACE_MODELS_DIR="${FACE_MODELS_DIR:-$root/models/bundles/faceplugin}" \
  FACE_INDEX_DIR="${FACE_INDEX_DIR:-$data_dir/face-index}"
start attendance-api "$API_PORT" API_PORT="$API_PORT" SERVER_ADDRESS="$bind" \
  FACE_SERVICE_URL="http://127.0.0.1:$FACE_PORT" \
  EMBEDDED_DB_DIR="${EMBEDDED_DB_DIR:-$data_dir/postgres}"
start attendance-web "$WEB_PORT" WEB_PORT="$WEB_PORT" API_URL="http://127.0.0.1:$API_PORT"

wait_healthy face-service "$FACE_PORT" 180
wait_healthy attendance-api "$API_PORT" 180
wait_healthy attendance-web "$WEB_PORT" 180

login="$(grep -o 'Initial admin login: .*' "$run_dir/attendance-api.log" | head -1 || true)"
echo
say "Attendance is running: http://localhost:$WEB_PORT"
if [ -n "$login" ]; then
  say "$login   (shown once: write it down and change it after signing in)"
else
  say "Sign in with your existing admin account (its password was shown on the first start)."
fi
say "API docs: http://localhost:$API_PORT/swagger-ui.html   Logs: .run/*.log   Stop: Ctrl-C"
# Keep running until Ctrl-C or until one of the services exits.
while true; do
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      say "${SERVICES[$i]} exited unexpectedly; see .run/${SERVICES[$i]}.log"
      exit 1
    fi
  done
  sleep 2
done
