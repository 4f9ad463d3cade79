#!/usr/bin/env bash
# Benchmark of attendance-api (not a test): CSV import of 5,000 students, then p50/p95/p99 of the
# list and search endpoints over 50,000 students and 1,000,000 attendance rows on real PostgreSQL.
# Usage: attendance-api/bench.sh   (from anywhere; takes a few minutes; prints the figures)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
report=attendance-api/target/surefire-reports/app.attendance.api.bench.ApiBenchmark-output.txt
rm -f "$report"
status=0
./mvnw -B -ntp -q -DskipModelFetch=true -pl attendance-api test -Dtest=ApiBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || status=$?
if [ -f "$report" ]; then
  grep -E '^(CSV import|Generated data|endpoint|/api/)' "$report" || true
fi
if [ "$status" -ne 0 ]; then
  echo "benchmark failed (exit $status); see attendance-api/target/surefire-reports/" >&2
  exit "$status"
fi
