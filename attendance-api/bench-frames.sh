#!/usr/bin/env bash
# Benchmark (not a test) of taking attendance through attendance-api over real HTTP, with a real
# face-service process and embedded PostgreSQL: frame -> marked latency for a 3-face frame and a
# sustained load of 10 cameras at 2 frames/s. Prints figures.
# Options: BENCH_ROUNDS (default 100), BENCH_SECONDS (default 30), BENCH_CAMERAS (10), BENCH_FPS (2).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../bin/find-jdk.sh
source "$root/bin/find-jdk.sh"
cd "$root"
bash models/fetch.sh
if ! ls face-service/target/face-service-*.jar >/dev/null 2>&1; then
  ./mvnw -B -ntp -q -o -DskipModelFetch=true -pl face-service package -DskipTests
fi
./mvnw -B -ntp -q -o -DskipModelFetch=true -pl attendance-api test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_bin" -Xmx512m \
  -Dbench.rounds="${BENCH_ROUNDS:-100}" -Dbench.seconds="${BENCH_SECONDS:-30}" \
  -Dbench.cameras="${BENCH_CAMERAS:-10}" -Dbench.fps="${BENCH_FPS:-2}" \
  -Dattendance.test.docker=false \
  -Dattendance.models.dir="$root/models/bundles" -Dattendance.testimages.dir="$root/models/test-images" \
  -cp "attendance-api/target/classes:attendance-api/target/test-classes:$(cat attendance-api/target/bench.classpath)" \
  app.attendance.api.bench.FrameBenchmark
