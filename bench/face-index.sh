#!/usr/bin/env bash
# bench: face index (HNSW, Lucene): latency, recall and QPS against a brute-force scan, 10k-1M faces
# Benchmark (not a test). Usage:
#   ./bench.sh face-index [sizes] [queries] [seconds-per-QPS-run]
#   e.g. ./bench.sh face-index 10000,100000,1000000 1000 3   (default 10000,100000 1000 3)
# Fixed beams swept next to the default adaptive one: BENCH_BEAMS (default 10,20,40,100,200,400).
# BENCH_HEAP (default 6g): the brute-force baseline keeps every face vector in the heap (2 GB at
# 1M faces). Runs with the vector module Lucene uses for SIMD distance computations.
# The peer a user would pick, Faiss HNSW (Debian's python3-faiss; BENCH_FAISS=0 skips it), runs
# on the same vectors with the same graph parameters after the Java part, in the same run.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
sizes="${1:-10000,100000}"
queries="${2:-1000}"
seconds="${3:-3}"
bench_classpath face-service
work="$bench_root/face-service/target/bench-index"
java_opts=(-Xms1g -Xmx"${BENCH_HEAP:-6g}" --add-modules jdk.incubator.vector -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED)
echo "# aggregation: best face vs centroid (exact, 2,000 identities)"
"$java_bin" "${java_opts[@]}" -cp "$bench_cp" app.attendance.face.index.AggregationBenchmark 2000
echo
echo "# index: sizes $sizes"
export_dir="$work-export"
rm -rf "$export_dir"
faiss=()
if [ "${BENCH_FAISS:-1}" = 1 ]; then
  if ! /usr/bin/python3 -c 'import faiss' 2>/dev/null; then
    echo "installing the peer: Debian's python3-faiss" >&2
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-faiss >/dev/null \
      || echo "python3-faiss could not be installed: the Faiss comparison is skipped" >&2
  fi
  /usr/bin/python3 -c 'import faiss' 2>/dev/null && faiss=(-Dbench.export="$export_dir")
fi
"$java_bin" "${java_opts[@]}" -Dbench.beams="${BENCH_BEAMS:-10,20,40,100,200,400}" "${faiss[@]}" -cp "$bench_cp" \
  app.attendance.face.index.IndexBenchmark "$work" "$queries" "$seconds" "$sizes" | tee "$work.out"
if [ ${#faiss[@]} -gt 0 ]; then
  echo
  echo "# peer: Faiss HNSW on the same vectors"
  /usr/bin/python3 "$bench_root/bench/lib/faiss_peer.py" "$export_dir" "$work.out"
fi
rm -rf "$work" "$export_dir" "$work.out"
