#!/usr/bin/env bash
# Evaluation of the face pipeline (not a test; the build never runs it): starts face-service with
# the real models and prints tables — classroom frames composed from a labelled folder (detection
# recall, rank-1, wrong matches, liveness and similarity per face size, attendees marked within 3
# frames), faces per group photo, close-range liveness (APCER/BPCER), cost per frame.
# Usage: face-service/eval.sh [folder]   (default ../shared/faces, relative to the repository root)
# The folder: identities/<name>/*.jpg, liveness/live/*, liveness/spoof/*, groups/*.jpg; the demo
# photos come from models/fetch.sh. Options: SAVE=dir (keep the composed frames, and copies with
# their boxes drawn), EVAL_SEED (default 12), EVAL_SESSIONS (sessions of 3 frames per size, default 6).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -n "${1:-}" ]; then faces="$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")" || faces="$1"
else faces="$root/../shared/faces"; fi
[ -n "${SAVE:-}" ] && { mkdir -p "$SAVE"; SAVE="$(cd "$SAVE" && pwd)"; export SAVE; }
# shellcheck source=../bin/find-jdk.sh
source "$root/bin/find-jdk.sh"
cd "$root"
bash models/fetch.sh
mkdir -p face-service/target
log=face-service/target/eval-build.log
# Online and with its output kept: on a fresh clone Maven may still need the dependency plugin.
if ! ./mvnw -B -ntp -DskipModelFetch=true -pl face-service test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/eval.classpath -Dmdep.includeScope=test >"$log" 2>&1; then
  echo "face-service/eval.sh: building face-service failed; the end of $log:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_bin" -Xmx512m -Deval.seed="${EVAL_SEED:-12}" -Deval.sessions="${EVAL_SESSIONS:-6}" \
  -Deval.log="$root/face-service/target/eval-service.log" -Djava.awt.headless=true \
  -Dattendance.models.dir="$root/models/bundles" -Dattendance.testimages.dir="$root/models/test-images" \
  --enable-native-access=ALL-UNNAMED \
  -cp "face-service/target/classes:face-service/target/test-classes:$(cat face-service/target/eval.classpath)" \
  app.attendance.face.eval.Evaluation "$faces"
