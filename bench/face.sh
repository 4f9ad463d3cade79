#!/usr/bin/env bash
# bench: face pipeline on 640x480 frames and a 1280x720 classroom: per stage, end to end, over HTTP, faces/s, memory ("study": threshold study)
# Benchmark (not a test): per-stage and end-to-end timings on 640×480 frames with 1 and 10 faces,
# in-process and over HTTP, 1 and 4 clients, raw model inference, faces/s and memory.
# Usage: ./bench.sh face [study]   ("study" prints the threshold study instead).
# Options: BENCH_ROUNDS (default 200), BENCH_HEAP (default 512m), BENCH_THREADS (ONNX Runtime
# intra-op threads of the in-process part, default 1: then the calling thread's CPU time is the
# whole cost, a figure that machine load does not distort; the HTTP part runs the service as
# configured, FACE_THREADS default 2), BENCH_ONLY=http (only the HTTP part) or classroom (only the
# 30-face 1280x720 frame, in-process), BENCH_JVM (more options of the benchmark JVM), BENCH_SERVICE_JVM
# (JVM options of the service process, e.g. a flight recording).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
main=app.attendance.face.bench.PipelineBenchmark
case "${1:-}" in
  "") ;;
  study) main=app.attendance.face.support.ThresholdStudy ;;
  *) bench_fail "unknown argument '$1'; usage: ./bench.sh face [study]" ;;
esac
bench_models
bench_classpath face-service
# shellcheck disable=SC2086
exec "$java_bin" ${BENCH_JVM:-} -Xmx"${BENCH_HEAP:-512m}" -Dbench.rounds="${BENCH_ROUNDS:-200}" -Dbench.only="${BENCH_ONLY:-}" \
  -Dbench.service.jvm="${BENCH_SERVICE_JVM:-}" -Dface.threads="${BENCH_THREADS:-1}" \
  -Dattendance.models.dir="$bench_root/models/bundles" -Dattendance.testimages.dir="$bench_root/models/test-images" \
  --enable-native-access=ALL-UNNAMED -cp "$bench_cp" "$main"
