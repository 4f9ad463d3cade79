#!/usr/bin/env bash
# Benchmark of the face index (prints figures; not a test). Usage:
#   face-service/bench-index.sh [sizes] [queries] [seconds-per-QPS-run]
#   e.g. face-service/bench-index.sh 10000,100000,1000000 1000 3
# Fixed beams swept next to the default adaptive one: BENCH_BEAMS (default 10,20,40,100,200,400).
# Builds test classes offline, then runs IndexBenchmark and AggregationBenchmark on a JDK 21+
# with the vector module Lucene uses for SIMD distance computations.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
sizes="${1:-10000,100000}"
queries="${2:-1000}"
seconds="${3:-3}"
# shellcheck source=../bin/find-jdk.sh
source "$root/bin/find-jdk.sh"
cd "$root"
./mvnw -B -ntp -q -o -DskipModelFetch=true -pl face-service test-compile
./mvnw -B -ntp -q -o -DskipModelFetch=true -pl face-service dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$here/target/bench-classpath.txt" >/dev/null
cp="$here/target/test-classes:$here/target/classes:$(cat "$here/target/bench-classpath.txt")"
# The brute-force baseline keeps every face vector in the heap (2 GB at 1M faces).
java_opts=(-Xms1g -Xmx${BENCH_HEAP:-6g} --add-modules jdk.incubator.vector -XX:+UseParallelGC)
echo "# aggregation: best face vs centroid (exact, 2,000 identities)"
java "${java_opts[@]}" -cp "$cp" app.attendance.face.index.AggregationBenchmark 2000
echo
echo "# index: sizes $sizes"
java "${java_opts[@]}" -Dbench.beams="${BENCH_BEAMS:-10,20,40,100,200,400}" -cp "$cp" \
  app.attendance.face.index.IndexBenchmark \
  "$here/target/bench-index" "$queries" "$seconds" "$sizes"
rm -rf "$here/target/bench-index"
