#!/usr/bin/env bash
# Fetches the default face-model bundle and the test images by npm package name,
# verifies every file against models/checksums.sha256 and unpacks them into
# models/bundles/ and models/test-images/ (both git-ignored). Idempotent: a second
# run with everything in place only re-checks the checksums.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sums="$here/checksums.sha256"
cache="$here/.cache"

MODEL_PKG="faceplugin-face-recognition-js@0.0.1"
MODEL_TGZ="faceplugin-face-recognition-js-0.0.1.tgz"
IMAGES_PKG="@vladmandic/face-api@1.7.15"
IMAGES_TGZ="vladmandic-face-api-1.7.15.tgz"

fail() { echo "models/fetch.sh: $*" >&2; exit 1; }

expected() { awk -v f="$1" '$2 == f { print $1 }' "$sums"; }

verify() { # verify <path relative to models/>
  local want got
  want="$(expected "$1")"
  [ -n "$want" ] || fail "no checksum listed for $1 in checksums.sha256"
  [ -f "$here/$1" ] || return 1
  got="$(sha256sum "$here/$1" | cut -d' ' -f1)"
  [ "$want" = "$got" ] || fail "checksum mismatch for models/$1 (expected $want, got $got). Delete it and run again; if it persists the package was altered."
}

all_present() {
  local f
  for f in $(awk '$2 ~ /^(bundles|test-images)\// { print $2 }' "$sums"); do
    verify "$f" || return 1
  done
}

fetch_tarball() { # fetch_tarball <package@version> <tarball name>
  local pkg="$1" tgz="$2" want got
  mkdir -p "$cache"
  if [ ! -f "$cache/$tgz" ]; then
    command -v npm >/dev/null 2>&1 || fail "npm is not installed; install Node.js with npm (e.g. apt-get install npm) and run again."
    echo "Fetching $pkg with npm pack ..."
    (cd "$cache" && npm pack --silent "$pkg" >/dev/null 2>"$cache/npm.log") \
      || fail "npm pack $pkg failed (is the npm registry reachable?): $(tail -n 3 "$cache/npm.log")"
  fi
  want="$(expected "$tgz")"
  got="$(sha256sum "$cache/$tgz" | cut -d' ' -f1)"
  if [ "$want" != "$got" ]; then
    rm -f "$cache/$tgz"
    fail "checksum mismatch for $tgz (expected $want, got $got); the download was removed."
  fi
}

if all_present; then
  exit 0
fi

fetch_tarball "$MODEL_PKG" "$MODEL_TGZ"
fetch_tarball "$IMAGES_PKG" "$IMAGES_TGZ"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$cache/$MODEL_TGZ" -C "$tmp" package/model
mkdir -p "$here/bundles/faceplugin" "$here/test-images"
for m in fr_detect fr_landmark fr_feature fr_liveness; do
  cp "$tmp/package/model/$m.onnx" "$here/bundles/faceplugin/$m.onnx"
done
tar -xzf "$cache/$IMAGES_TGZ" -C "$tmp" package/demo
for i in 1 2 3 4 5 6; do
  cp "$tmp/package/demo/sample$i.jpg" "$here/test-images/sample$i.jpg"
done

all_present || fail "files missing after unpacking; the package layout changed."
echo "Models in models/bundles/faceplugin, test images in models/test-images (all checksums verified)."
