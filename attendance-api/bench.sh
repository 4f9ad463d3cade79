#!/usr/bin/env bash
# Benchmark of attendance-api (not a test): CSV import of 5,000 students, then p50/p95/p99 of the
# list and search endpoints over 50,000 students and 1,000,000 attendance rows on real PostgreSQL.
# Usage: attendance-api/bench.sh   (from anywhere; prints the figures)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -ntp -q -DskipModelFetch=true -pl attendance-api test -Dtest=ApiBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false -Dsurefire.useFile=false 2>&1 \
  | grep -E '^(CSV import|Generated data|endpoint|/api/)|ERROR|FAIL' || true
