#!/usr/bin/env bash
# bench: face-service evaluation on a labelled photo folder: recall, wrong matches, liveness per face size
# Evaluation (not a test; the build never runs it): starts face-service with the real models and
# prints tables — classroom frames composed from a labelled folder (detection recall, rank-1, wrong
# matches, liveness and similarity per face size, attendees marked within 3 frames), faces per
# group photo, close-range liveness (APCER/BPCER), cost per frame.
# Usage: ./bench.sh face-eval [folder]   (default ../shared/faces, relative to the repository root)
# The folder: identities/<name>/*.jpg, liveness/live/*, liveness/spoof/*, groups/*.jpg; the demo
# photos come from models/fetch.sh. Options: SAVE=dir (keep the composed frames, and copies with
# their boxes drawn), EVAL_SEED (default 12), EVAL_SESSIONS (sessions of 3 frames per size, default 6),
# EVAL_ENROL_PHOTOS (photos enrolled per student, default 1), EVAL_MIN_PHOTOS (photos an identity needs
# to be a student, default one more than it enrols; e.g. 3 to compare 1 and 2 on the same students).
set -euo pipefail
# Resolve the arguments against the caller's directory before common.sh changes to the root.
if [ -n "${1:-}" ]; then faces="$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")" || faces="$1"; fi
[ -n "${SAVE:-}" ] && { mkdir -p "$SAVE"; SAVE="$(cd "$SAVE" && pwd)"; export SAVE; }
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
faces="${faces:-$bench_root/../shared/faces}"
[ -d "$faces" ] || bench_fail "no photo folder at $faces; give one: ./bench.sh face-eval FOLDER \
(identities/<name>/*.jpg, liveness/live/*, liveness/spoof/*, groups/*.jpg)"
bench_models
bench_classpath face-service
exec "$java_bin" -Xmx512m -Deval.seed="${EVAL_SEED:-12}" -Deval.sessions="${EVAL_SESSIONS:-6}" \
  -Deval.enrolPhotos="${EVAL_ENROL_PHOTOS:-1}" -Deval.minPhotos="${EVAL_MIN_PHOTOS:-$((${EVAL_ENROL_PHOTOS:-1} + 1))}" \
  -Deval.log="$bench_root/face-service/target/eval-service.log" -Djava.awt.headless=true \
  -Dattendance.models.dir="$bench_root/models/bundles" -Dattendance.testimages.dir="$bench_root/models/test-images" \
  --enable-native-access=ALL-UNNAMED -cp "$bench_cp" app.attendance.face.eval.Evaluation "$faces"
