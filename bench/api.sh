#!/usr/bin/env bash
# bench: attendance-api: CSV import of 5,000 students, list/search p50/p95/p99 on 50k students, 1M records
# Benchmark (not a test) on real PostgreSQL (Testcontainers when Docker answers, else embedded).
# Usage: ./bench.sh api   (takes a few minutes; prints the figures)
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
report=attendance-api/target/surefire-reports/app.attendance.api.bench.ApiBenchmark-output.txt
log=attendance-api/target/bench-build.log
rm -f "$report"
mkdir -p attendance-api/target
echo "$bench_name: running ApiBenchmark through Maven (log: $log; figures at the end)" >&2
status=0
./mvnw -B -ntp -DskipModelFetch=true -pl attendance-api test -Dtest=ApiBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
if [ -f "$report" ]; then
  grep -E '^(CSV import|Generated data|endpoint|/api/)' "$report" || true
fi
if [ "$status" -ne 0 ]; then
  bench_fail "the benchmark failed (Maven exit $status); see attendance-api/target/surefire-reports/" "$log"
fi
