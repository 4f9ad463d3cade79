#!/usr/bin/env bash
# bench: face-service replicas on one PostgreSQL: propagation delay A -> B, index build time at start
# Benchmark (not a test). Usage:
#   ./bench.sh index-sync [writes] [faces]     (default 200 100000)
# Starts two face-service instances in one JVM on an embedded PostgreSQL, enrols `writes` synthetic
# subjects on A and times until B has applied each (p50/p99); then COPYs synthetic 512-d faces up to
# `faces` rows and times a third instance building its Lucene index from them at start.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
writes="${1:-200}"
faces="${2:-100000}"
bench_classpath face-service
"$java_bin" -Xmx"${BENCH_HEAP:-3g}" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "$bench_cp" app.attendance.face.index.IndexSyncBenchmark "$writes" "$faces"
