#!/usr/bin/env bash
# Runs every fuzz target of the module for a while each.
#
#   scripts/fuzz.sh            # 1 minute per target
#   FUZZTIME=10m scripts/fuzz.sh
#   FUZZTIME=30s scripts/fuzz.sh ./extract/input   # only that package
#
# New crashers are saved under the package's testdata/fuzz/<Target>/ by
# `go test`; commit them with the fix so they stay regression tests.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-1m}
pkgs=("$@")
[ ${#pkgs[@]} -gt 0 ] || pkgs=(./...)
status=0
for pkg in $(go list "${pkgs[@]}"); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "fuzz: $pkg $target for $fuzztime" >&2
    if ! go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$pkg"; then
      echo "fuzz: $pkg $target FAILED: see the crasher saved under its testdata/fuzz/$target/" >&2
      status=1
    fi
  done
done
exit $status
