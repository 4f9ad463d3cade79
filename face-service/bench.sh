#!/usr/bin/env bash
# Benchmark of the face pipeline (not a test): per-stage and end-to-end timings on 640×480
# frames with 1 and 10 faces, in-process and over HTTP, 1 and 4 clients, raw model inference,
# faces/s and memory. Usage: face-service/bench.sh [study]   ("study" prints the threshold study).
# Options: BENCH_ROUNDS (default 200), BENCH_HEAP (default 512m).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../bin/find-jdk.sh
source "$root/bin/find-jdk.sh"
cd "$root"
bash models/fetch.sh
./mvnw -B -ntp -q -o -DskipModelFetch=true -pl face-service test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
main=app.attendance.face.bench.PipelineBenchmark
[ "${1:-}" = "study" ] && main=app.attendance.face.support.ThresholdStudy
exec "$java_bin" -Xmx"${BENCH_HEAP:-512m}" -Dbench.rounds="${BENCH_ROUNDS:-200}" \
  -Dattendance.models.dir="$root/models/bundles" -Dattendance.testimages.dir="$root/models/test-images" \
  --enable-native-access=ALL-UNNAMED \
  -cp "face-service/target/classes:face-service/target/test-classes:$(cat face-service/target/bench.classpath)" "$main"
