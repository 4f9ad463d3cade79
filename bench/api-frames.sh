#!/usr/bin/env bash
# bench: frame -> marked through attendance-api (real face-service, embedded PostgreSQL): latency, 10 cameras
# Benchmark (not a test) of taking attendance over real HTTP: frame -> marked latency for a 3-face
# frame and a sustained load of 10 cameras at 2 frames/s. Prints figures.
# Options: BENCH_ROUNDS (default 100), BENCH_SECONDS (default 30), BENCH_CAMERAS (10), BENCH_FPS (2).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
bench_models
if ! ls face-service/target/face-service-*.jar >/dev/null 2>&1; then
  bench_maven face-service/target/bench-package.log -pl face-service package -DskipTests
fi
bench_classpath attendance-api
exec "$java_bin" -Xmx512m \
  -Dbench.rounds="${BENCH_ROUNDS:-100}" -Dbench.seconds="${BENCH_SECONDS:-30}" \
  -Dbench.cameras="${BENCH_CAMERAS:-10}" -Dbench.fps="${BENCH_FPS:-2}" \
  -Dattendance.test.docker=false \
  -Dattendance.models.dir="$bench_root/models/bundles" -Dattendance.testimages.dir="$bench_root/models/test-images" \
  -cp "$bench_cp" app.attendance.api.bench.FrameBenchmark
