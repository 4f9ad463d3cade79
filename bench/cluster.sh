#!/usr/bin/env bash
# bench: face-service replicas on one PostgreSQL: search latency cluster vs single at 100k faces; CPU per classroom frame on 1 vs 2 replicas, sizing
# Benchmark (not a test) of the scale-out mode. Usage:
#   ./bench.sh cluster [all|search|frames]     (default all)
# search: search latency (p50/p99) of one replica in cluster mode (index built from an embedded
#   PostgreSQL at start, following changes) against a single process (index filled locally, no
#   database), same faces and queries, interleaved in one JVM, without writes and with a light
#   stream of writes; printed side by side with the ratio and the 1.1x target. Options:
#   BENCH_FACES (default 100000), BENCH_SEARCHES (per side and phase, default 10000),
#   BENCH_WRITES_PER_SECOND (default 1).
# frames: face-service replicas as separate JVMs on one (embedded) PostgreSQL. Prints CPU per
#   1280x720 classroom frame of 10/20/30 faces sent to one replica and taking turns between two,
#   one at a time and two at a time, in interleaved blocks (with the ratios),
#   throughput with 1 and 2 replicas, the sizing table (classrooms per core at 1 frame/s, cores per
#   100 classrooms). Options: BENCH_ROUNDS (frames per figure, default 40), BENCH_PX (face width,
#   default 60), BENCH_SERVICE_JVM (JVM options of every replica, e.g. -Dface.inference-threads=1 so
#   that two replicas on one 2-core machine do not run four inference threads).
# Propagation between replicas and the index build at start: ./bench.sh index-sync.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
part="${1:-all}"
case "$part" in
  all | search | frames) ;;
  *) echo "usage: ./bench.sh cluster [all|search|frames]" >&2; exit 2 ;;
esac
bench_models
bench_classpath face-service
if [ "$part" != frames ]; then
  echo "# search latency: cluster vs single process"
  "$java_bin" -Xmx"${BENCH_HEAP:-3g}" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -Dattendance.models.dir="$bench_root/models/bundles" -cp "$bench_cp" \
    app.attendance.face.index.ClusterSearchBenchmark "${BENCH_FACES:-100000}" "${BENCH_SEARCHES:-10000}" \
    "${BENCH_WRITES_PER_SECOND:-1}"
fi
if [ "$part" != search ]; then
  [ "$part" = all ] && echo && echo "# CPU per classroom frame: one replica vs two"
  "$java_bin" -Xmx1g --enable-native-access=ALL-UNNAMED \
    -Dbench.rounds="${BENCH_ROUNDS:-40}" -Dbench.px="${BENCH_PX:-60}" -Dbench.service.jvm="${BENCH_SERVICE_JVM:-}" \
    -Dattendance.models.dir="$bench_root/models/bundles" -Dattendance.testimages.dir="$bench_root/models/test-images" \
    -cp "$bench_cp" app.attendance.face.bench.ClusterBenchmark
fi
