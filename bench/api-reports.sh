#!/usr/bin/env bash
# bench: every report on a generated school (1m or 10m records) and the export of the largest one
# Times every report (prints figures; asserts nothing). Uses its own embedded PostgreSQL folder per
# size, generating the school the first time, or the database in DATABASE_URL.
#
#   ./bench.sh api-reports            # 2,000 students, ~1M records (.data/bench-1m)
#   ./bench.sh api-reports 10m        # 20,000 students, ~10M records (.data/bench-10m)
#
# RUNS (default 30) timed runs per report after 3 warm-up runs; JAVA_OPTS (default -Xmx512m);
# EXPORTS which exports to time (default csv,xlsx,pdf; csv,pdf at 10m, where XLSX needs ten sheets).
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
size="${1:-1m}"
case "$size" in
  1m) shape=(--students 2000 --classes 60 --weeks 18); exports="${EXPORTS:-csv,xlsx,pdf}" ;;
  10m) shape=(--students 20000 --classes 600 --weeks 18); exports="${EXPORTS:-csv,pdf}" ;;
  *) bench_fail "unknown size '$size'; usage: ./bench.sh api-reports [1m|10m]" ;;
esac
bench_classpath attendance-api
export EMBEDDED_DB_DIR="${EMBEDDED_DB_DIR:-$bench_root/.data/bench-$size}"
read -r -a java_opts <<<"${JAVA_OPTS:--Xmx512m}"
if [ -z "${DATABASE_URL:-}" ] && [ ! -f "$EMBEDDED_DB_DIR/.generated" ]; then
  echo "$bench_name: generating the school into $EMBEDDED_DB_DIR (once per size)" >&2
  "$java_bin" "${java_opts[@]}" -cp "$bench_cp" app.attendance.api.datagen.SchoolGenerator --reset "${shape[@]}"
  touch "$EMBEDDED_DB_DIR/.generated"
fi
exec "$java_bin" "${java_opts[@]}" -Dbench.exports="$exports" -cp "$bench_cp" \
  app.attendance.api.report.ReportBenchmark "${RUNS:-30}"
