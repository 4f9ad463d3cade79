#!/usr/bin/env bash
# Generates a realistic school into the configured database (DATABASE_URL, DATABASE_USER,
# DATABASE_PASSWORD) or, when none is set, into the embedded PostgreSQL that ./run.sh uses
# (EMBEDDED_DB_DIR, default .data/postgres; stop ./run.sh first, one PostgreSQL per folder).
#
#   attendance-api/generate-school.sh                  # 2,000 students, 60 classes, 18 weeks: ~1M records
#   attendance-api/generate-school.sh --reset          # replace an existing school
#   attendance-api/generate-school.sh --students 20000 --classes 600   # ~10M records
#
# Options: --students N --classes N --weeks N --periods N (per day) --seed X --reset
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# shellcheck source=../bin/find-jdk.sh
source "$root/bin/find-jdk.sh"
cd "$root"
./mvnw -B -q -ntp -DskipModelFetch=true -pl attendance-api test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/tool-classpath.txt -Dmdep.includeScope=test >&2
cp="attendance-api/target/test-classes:attendance-api/target/classes:$(cat attendance-api/target/tool-classpath.txt)"
export EMBEDDED_DB_DIR="${EMBEDDED_DB_DIR:-$root/.data/postgres}"
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -cp "$cp" app.attendance.api.datagen.SchoolGenerator "$@"
