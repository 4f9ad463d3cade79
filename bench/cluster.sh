#!/usr/bin/env bash
# bench: face-service replicas on one PostgreSQL: CPU per classroom frame on 1 vs 2 replicas, throughput, sizing table
# Benchmark (not a test) of the scale-out mode: face-service replicas as separate JVMs on one
# (embedded) PostgreSQL. Prints CPU per 1280x720 classroom frame of 10/20/30 faces on one replica
# and spread over two (with the ratio), throughput with 1 and 2 replicas, the sizing table
# (classrooms per core at 1 frame/s, cores per 100 classrooms). Propagation between replicas and
# the index build at start: ./bench.sh index-sync.
# Options: BENCH_ROUNDS (frames per figure, default 40), BENCH_PX (face width, default 60),
# BENCH_SERVICE_JVM (JVM options of every replica, e.g. -Dface.inference-threads=1 so that two replicas on
# one 2-core machine do not run four inference threads).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
bench_models
bench_classpath face-service
exec "$java_bin" -Xmx1g --enable-native-access=ALL-UNNAMED \
  -Dbench.rounds="${BENCH_ROUNDS:-40}" -Dbench.px="${BENCH_PX:-60}" -Dbench.service.jvm="${BENCH_SERVICE_JVM:-}" \
  -Dattendance.models.dir="$bench_root/models/bundles" -Dattendance.testimages.dir="$bench_root/models/test-images" \
  -cp "$bench_cp" app.attendance.face.bench.ClusterBenchmark
