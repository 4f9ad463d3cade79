#!/usr/bin/env bash
# bench: generate a realistic school into a database (default 2,000 students, ~1M records; data tool)
# Generates into the configured database (DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD) or, when
# none is set, into the embedded PostgreSQL that ./run.sh uses (EMBEDDED_DB_DIR, default
# .data/postgres; stop ./run.sh first, one PostgreSQL per folder).
#
#   ./bench.sh school                  # 2,000 students, 60 classes, 18 weeks: ~1M records
#   ./bench.sh school --reset          # replace an existing school
#   ./bench.sh school --students 20000 --classes 600   # ~10M records
#
# Options: --students N --classes N --weeks N --periods N (per day) --seed X --reset; JAVA_OPTS.
set -euo pipefail
# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
bench_classpath attendance-api
export EMBEDDED_DB_DIR="${EMBEDDED_DB_DIR:-$bench_root/.data/postgres}"
read -r -a java_opts <<<"${JAVA_OPTS:-}"
exec "$java_bin" "${java_opts[@]}" -cp "$bench_cp" app.attendance.api.datagen.SchoolGenerator "$@"
