#!/usr/bin/env bash
# Benchmark of the face pipeline (not a test): per-stage and end-to-end timings on 640×480
# frames with 1 and 10 faces, in-process and over HTTP, 1 and 4 clients, raw model inference,
# faces/s and memory. Usage: face-service/bench.sh [study]   ("study" prints the threshold study).
# Options: BENCH_ROUNDS (default 200), BENCH_HEAP (default 512m), BENCH_THREADS (ONNX Runtime
# intra-op threads of the in-process part, default 1: then the calling thread's CPU time is the
# whole cost, a figure that machine load does not distort; the HTTP part runs the service as
# configured, FACE_THREADS default 2).
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
exec "$java_bin" -Xmx"${BENCH_HEAP:-512m}" -Dbench.rounds="${BENCH_ROUNDS:-200}" -Dbench.only="${BENCH_ONLY:-}" -Dbench.service.jvm="${BENCH_SERVICE_JVM:-}" -Dface.threads="${BENCH_THREADS:-1}" \
  -Dattendance.models.dir="$root/models/bundles" -Dattendance.testimages.dir="$root/models/test-images" \
  --enable-native-access=ALL-UNNAMED \
  -cp "face-service/target/classes:face-service/target/test-classes:$(cat face-service/target/bench.classpath)" "$main"
