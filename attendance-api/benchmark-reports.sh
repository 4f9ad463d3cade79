#!/usr/bin/env bash
# Times every report on a generated school and the export of the largest one (prints figures;
# asserts nothing). Uses its own embedded PostgreSQL folder per size, generating the school the
# first time, or the database in DATABASE_URL.
#
#   attendance-api/benchmark-reports.sh            # 2,000 students, ~1M records (.data/bench-1m)
#   attendance-api/benchmark-reports.sh 10m        # 20,000 students, ~10M records (.data/bench-10m)
#
# RUNS (default 30) timed runs per report after 3 warm-up runs; JAVA_OPTS (default -Xmx512m);
# EXPORTS which exports to time (default csv,xlsx,pdf; csv,pdf at 10m, where XLSX needs ten sheets).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=../bin/find-jdk.sh
source "$root/bin/find-jdk.sh"
cd "$root"
size="${1:-1m}"
case "$size" in
  1m) shape=(--students 2000 --classes 60 --weeks 18); exports="${EXPORTS:-csv,xlsx,pdf}" ;;
  10m) shape=(--students 20000 --classes 600 --weeks 18); exports="${EXPORTS:-csv,pdf}" ;;
  *) echo "usage: $0 [1m|10m]" >&2; exit 2 ;;
esac
./mvnw -B -q -ntp -DskipModelFetch=true -pl attendance-api test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/tool-classpath.txt -Dmdep.includeScope=test >&2
cp="attendance-api/target/test-classes:attendance-api/target/classes:$(cat attendance-api/target/tool-classpath.txt)"
export EMBEDDED_DB_DIR="${EMBEDDED_DB_DIR:-$root/.data/bench-$size}"
java_opts="${JAVA_OPTS:--Xmx512m}"
if [ -z "${DATABASE_URL:-}" ] && [ ! -f "$EMBEDDED_DB_DIR/.generated" ]; then
  "$JAVA_HOME/bin/java" $java_opts -cp "$cp" app.attendance.api.datagen.SchoolGenerator --reset "${shape[@]}"
  touch "$EMBEDDED_DB_DIR/.generated"
fi
exec "$JAVA_HOME/bin/java" $java_opts -Dbench.exports="$exports" -cp "$cp" \
  app.attendance.api.report.ReportBenchmark "${RUNS:-30}"
