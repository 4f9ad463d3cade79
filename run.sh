#!/usr/bin/env bash
# Runs the whole Attendance system locally with one command:
#   builds what is missing or out of date, fetches the face models, starts an embedded PostgreSQL
#   (unless DATABASE_URL is set) that all three services use (attendance-web keeps its HTTP sessions
#   there), then face-service,
#   attendance-api and attendance-web, waits until all are healthy, prints the URL and the first
#   admin's login, and stops everything cleanly on Ctrl-C (the database last). Then a watchdog
#   checks every service every few seconds and restarts one whose process died or whose health
#   stayed non-UP for 30 s. Safe to start again after a crash: stale processes and pid files from
#   the previous run are cleaned up first.
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
EMBEDDED_DB_PORT="${EMBEDDED_DB_PORT:-5433}"
# Without DATABASE_URL, one embedded PostgreSQL (a process of its own, started first, stopped last)
# serves face-service (schema face), attendance-api and attendance-web (its sessions, schema web).
if [ -z "${DATABASE_URL:-}" ]; then
  SERVICES=(postgres face-service attendance-api attendance-web)
else
  SERVICES=(face-service attendance-api attendance-web)
fi
ALL_SERVICES=(postgres face-service attendance-api attendance-web)

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
# the database last: the services may still be writing
for s in face-service attendance-api attendance-web postgres; do stop_pidfile "$run_dir/$s.pid"; done

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
db_port=""; [ -z "${DATABASE_URL:-}" ] && db_port="$EMBEDDED_DB_PORT"
for p in $db_port "$FACE_PORT" "$API_PORT" "$WEB_PORT"; do
  if port_busy "$p"; then
    die "Port $p is already in use by another program. Stop it, or choose other ports: WEB_PORT=9080 API_PORT=9081 FACE_PORT=9082 EMBEDDED_DB_PORT=9433 ./run.sh"
  fi
done

# --- 2. models and build ----------------------------------------------------------------
bash "$root/models/fetch.sh"

jar_of() { ls "$root/$1/target/$1-"*.jar 2>/dev/null | grep -v original | head -1 || true; }
needs_build=false
for s in face-service attendance-api attendance-web; do
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
declare -A pid_of port_of
stop_wait() { # stop_wait <pid>...: TERM, then up to 20 s, then KILL
  local p
  for p in "$@"; do kill "$p" 2>/dev/null || true; done
  for p in "$@"; do
    for _ in $(seq 1 100); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$p" 2>/dev/null || true
  done
}
cleanup() {
  trap - INT TERM EXIT
  say "Stopping ..."
  local i pids=()
  for ((i=${#SERVICES[@]}-1; i>=0; i--)); do
    [ "${SERVICES[$i]}" = postgres ] || pids+=("${pid_of[${SERVICES[$i]}]:-}")
  done
  stop_wait "${pids[@]}"
  # the database after everything that uses it
  [ -n "${pid_of[postgres]:-}" ] && stop_wait "${pid_of[postgres]}"
  for s in "${ALL_SERVICES[@]}"; do rm -f "$run_dir/$s.pid"; done
  say "Stopped."
}
# Ctrl-C or a kill is a normal stop: clean up and exit 0 (the services, started in the background,
# ignore the terminal's SIGINT, so they are stopped here, not reported as having died).
trap 'cleanup; exit 0' INT TERM
trap cleanup EXIT

start() { # start <service> <port> [env assignments...]; the output is appended to .run/<service>.log
  local s="$1" port="$2"; shift 2
  local jar
  say "Starting $s on port $port (log: .run/$s.log)"
  local opts="${JAVA_OPTS:-}" launch
  # Lucene's HNSW search uses the JDK's SIMD vector API when the module is present.
  [ "$s" = face-service ] && opts="$opts --add-modules jdk.incubator.vector"
  if [ "$s" = postgres ]; then
    # the embedded PostgreSQL's launcher lives in the API's jar
    jar="$(jar_of attendance-api)"; opts="-Xmx64m"
    launch=(-cp "$jar" -Dloader.main=app.attendance.api.system.EmbeddedDatabaseServer
      org.springframework.boot.loader.launch.PropertiesLauncher)
  else
    jar="$(jar_of "$s")"; launch=(-jar "$jar")
  fi
  # shellcheck disable=SC2086
  env "$@" "$JAVA_HOME/bin/java" $opts "${launch[@]}" >> "$run_dir/$s.log" 2>&1 &
  pid_of[$s]=$!
  port_of[$s]=$port
  echo "$!" > "$run_dir/$s.pid"
}

# The API and face-service listen on loopback only, unless BIND_ADDRESS says otherwise; the web app
# is what users reach.
bind="${BIND_ADDRESS:-127.0.0.1}"
embedded_db_dir="${EMBEDDED_DB_DIR:-$data_dir/postgres}"
database_env() { # the connection face-service, the API and the web app use
  if [ -n "${DATABASE_URL:-}" ]; then
    echo "DATABASE_URL=$DATABASE_URL"
  else
    echo "DATABASE_URL=jdbc:postgresql://127.0.0.1:$EMBEDDED_DB_PORT/attendance"
    echo "DATABASE_USER=postgres"
    echo "DATABASE_PASSWORD=$(cat "$embedded_db_dir.password" 2>/dev/null || true)"
  fi
}
start_service() { # start_service <service>: starts it with its configuration (first start and restarts)
  local db=()
  [ "$1" = postgres ] || mapfile -t db < <(database_env)
  case "$1" in
    postgres) start postgres "$EMBEDDED_DB_PORT" EMBEDDED_DB_DIR="$embedded_db_dir" \
      EMBEDDED_DB_PORT="$EMBEDDED_DB_PORT" ;;
    face-service) start face-service "$FACE_PORT" FACE_PORT="$FACE_PORT" SERVER_ADDRESS="$bind" "${db[@]}" \
      FACE_MODELS_DIR="${FACE_MODELS_DIR:-$root/models/bundles/faceplugin}" \
      FACE_INDEX_DIR="${FACE_INDEX_DIR:-$data_dir/face-index}" ;;
    attendance-api) start attendance-api "$API_PORT" API_PORT="$API_PORT" SERVER_ADDRESS="$bind" "${db[@]}" \
      FACE_SERVICE_URL="http://127.0.0.1:$FACE_PORT" \
      EMBEDDED_DB_DIR="$embedded_db_dir" ;;
    attendance-web) start attendance-web "$WEB_PORT" WEB_PORT="$WEB_PORT" API_URL="http://127.0.0.1:$API_PORT" \
      "${db[@]}" ;;
  esac
}

healthy() { # healthy <port>: the service there answers UP (the database: it accepts connections)
  if [ "$1" = "$EMBEDDED_DB_PORT" ] && [ -n "${pid_of[postgres]:-}" ]; then
    port_busy "$1" && grep -q "Embedded PostgreSQL ready" "$run_dir/postgres.log"
    return
  fi
  curl -fsS --max-time 10 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"UP"'
}

wait_healthy() { # wait_healthy <service> <port> <seconds>
  local s="$1" port="$2" limit="$3" pid
  pid="$(cat "$run_dir/$s.pid")"
  for _ in $(seq 1 "$limit"); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$run_dir/$s.log" >&2
      die "$s stopped during start-up; the last lines of .run/$s.log are above."
    fi
    if healthy "$port"; then
      say "$s is healthy"
      return 0
    fi
    sleep 1
  done
  tail -n 40 "$run_dir/$s.log" >&2
  die "$s did not become healthy within ${limit}s; see .run/$s.log."
}

for s in "${SERVICES[@]}"; do : > "$run_dir/$s.log"; done
if [ -z "${DATABASE_URL:-}" ]; then
  start_service postgres
  wait_healthy postgres "$EMBEDDED_DB_PORT" 120 # the services need it (and its password file) first
fi
for s in face-service attendance-api attendance-web; do start_service "$s"; done

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

# --- 5. watchdog: restart a service that died or stays unhealthy, until Ctrl-C ------------------
watch_every="${WATCHDOG_INTERVAL:-5}"             # seconds between two checks
unhealthy_limit="${WATCHDOG_UNHEALTHY_SECONDS:-30}" # non-UP this long in a row: restart
start_limit=180                                    # a restarted service gets this long to come up
declare -A unhealthy_since starting started_at # unhealthy_since: $SECONDS of the first failed check in a row
for s in "${SERVICES[@]}"; do unhealthy_since[$s]=""; starting[$s]=false; done

restart() { # restart <service>: stops what is left of it, then starts it again
  local s="$1" pid="${pid_of[$1]}"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  echo "--- restarted by run.sh at $(date '+%F %T') ---" >> "$run_dir/$s.log"
  start_service "$s"
  unhealthy_since[$s]=""; starting[$s]=true; started_at[$s]=$SECONDS
}

while true; do
  sleep "$watch_every" & wait $! # "wait" lets Ctrl-C and TERM through at once
  for s in "${SERVICES[@]}"; do
    if ! kill -0 "${pid_of[$s]}" 2>/dev/null; then
      say "$s exited unexpectedly (see .run/$s.log); restarting it"
      restart "$s"
    elif healthy "${port_of[$s]}"; then
      if ${starting[$s]}; then say "$s is healthy again"; fi
      unhealthy_since[$s]=""; starting[$s]=false
    elif ${starting[$s]} && [ $((SECONDS - started_at[$s])) -lt "$start_limit" ]; then
      : # restarted a moment ago and still starting
    else
      [ -n "${unhealthy_since[$s]}" ] || unhealthy_since[$s]=$SECONDS
      if [ $((SECONDS - unhealthy_since[$s])) -ge "$unhealthy_limit" ]; then
        say "$s is not healthy for ${unhealthy_limit} s; restarting it"
        restart "$s"
      fi
    fi
  done
done
