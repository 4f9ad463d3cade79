#!/usr/bin/env bash
# Sourced by the scripts in bench/ (not run by itself): sets bench_root (the repository root, also
# the working directory), a JDK 25+ in JAVA_HOME and java_bin, and the helpers below. Maven runs
# online and its output goes to a log that is shown when a build fails, never swallowed.
bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=../../bin/find-jdk.sh
source "$bench_root/bin/find-jdk.sh"
cd "$bench_root"
java_bin="$JAVA_HOME/bin/java"
bench_name="bench/$(basename "$0" .sh)"

# bench_fail MESSAGE [LOG]: prints MESSAGE (and the end of LOG) on stderr and exits 1.
bench_fail() {
  echo "$bench_name: $1" >&2
  if [ -n "${2:-}" ] && [ -f "$2" ]; then
    echo "--- the end of $2:" >&2
    tail -n 40 "$2" >&2
    echo "---" >&2
  fi
  exit 1
}

# bench_maven LOG ARGS...: runs ./mvnw ARGS (online, batch mode, model fetch skipped) into LOG;
# on failure says so, shows the end of LOG and exits 1.
bench_maven() {
  local log="$1"
  shift
  mkdir -p "$(dirname "$log")"
  echo "$bench_name: ./mvnw $* (log: $log)" >&2
  if ! ./mvnw -B -ntp -DskipModelFetch=true "$@" >"$log" 2>&1; then
    bench_fail "Maven failed (the end of its log follows). If a dependency could not be downloaded, check the network; \
if an attendance artifact is missing, run ./mvnw -DskipTests install first." "$log"
  fi
}

# bench_classpath MODULE: compiles MODULE's main and test classes and sets bench_cp to its
# classes, test classes and test-scope dependencies.
bench_classpath() {
  local module="$1"
  local out="$bench_root/$module/target/bench-classpath.txt"
  bench_maven "$module/target/bench-build.log" -pl "$module" test-compile dependency:build-classpath \
    -Dmdep.outputFile="$out" -Dmdep.includeScope=test
  [ -s "$out" ] || bench_fail "Maven wrote no class path to $out" "$module/target/bench-build.log"
  bench_cp="$module/target/classes:$module/target/test-classes:$(cat "$out")"
}

# bench_models: fetches the model bundle and the demo photos (checked by sha256) when missing.
bench_models() {
  bash models/fetch.sh || bench_fail "models/fetch.sh could not fetch the models (see above)."
}
