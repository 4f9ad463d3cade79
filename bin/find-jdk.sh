#!/usr/bin/env bash
# Sourced by ./mvnw and ./run.sh: exports JAVA_HOME pointing at a JDK 25 or newer.
# Order: $JAVA_HOME, the java on PATH, then the usual install folders.

_attendance_java_major() { # prints the major version of the given java binary
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }' | cut -d. -f1
}

_attendance_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")" 2>/dev/null)" \
      /usr/lib/jvm/* /opt/java/openjdk /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(_attendance_java_major "$candidate/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! ATTENDANCE_JDK="$(_attendance_find_jdk)"; then
  echo "Attendance needs a JDK 25 or newer and none was found (checked JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "Install one, e.g. 'apt-get install openjdk-25-jdk' or Eclipse Temurin 25+, or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME="$ATTENDANCE_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
