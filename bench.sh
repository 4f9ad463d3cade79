#!/usr/bin/env bash
# The benchmarks and data tools of the repository, one entry point:
#   ./bench.sh                 lists them (name and what it does)
#   ./bench.sh NAME [ARGS...]  runs bench/NAME.sh with ARGS; each script's header lists its options
# A script builds what it needs itself (Maven online, output in a log shown on failure).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

list() {
  echo "usage: ./bench.sh NAME [ARGS...]"
  echo
  local script name
  for script in "$root"/bench/*.sh; do
    name="$(basename "$script" .sh)"
    printf '  %-12s %s\n' "$name" "$(sed -n 's/^# bench: //p' "$script" | head -1)"
  done
  echo
  echo "Arguments and options: the header of bench/NAME.sh. Figures measured so far: README.md, Benchmarks."
}

case "${1:-}" in
  "" | -h | --help | help) list; exit 0 ;;
esac
name="$1"
shift
script="$root/bench/$name.sh"
if [[ "$name" == */* || ! -f "$script" ]]; then
  echo "./bench.sh: no benchmark or tool named '$name'." >&2
  echo >&2
  list >&2
  exit 2
fi
exec bash "$script" "$@"
