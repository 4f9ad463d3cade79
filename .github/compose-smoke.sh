#!/usr/bin/env bash
# Signs in to a running attendance-web like a browser would (login form with CSRF token) and
# checks that the dashboard answers. Usage: compose-smoke.sh BASE_URL USERNAME PASSWORD
set -euo pipefail
base="$1"; user="$2"; pass="$3"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
page="$(curl -fsS -c "$jar" -b "$jar" "$base/login")"
csrf="$(printf '%s' "$page" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/' | head -1)"
[ -n "$csrf" ] || { echo "no CSRF token on the login page" >&2; exit 1; }
code="$(curl -sS -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
  --data-urlencode "username=$user" --data-urlencode "password=$pass" --data-urlencode "_csrf=$csrf" \
  "$base/login")"
[ "$code" = 302 ] || { echo "login answered $code" >&2; exit 1; }
dash="$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" "$base/")"
[ "$dash" = 200 ] || { echo "dashboard answered $dash after login" >&2; exit 1; }
echo "Signed in as $user; dashboard answered 200."
