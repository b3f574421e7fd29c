#!/usr/bin/env bash
# Runs the whole test suite: unit tests, integration tests against a real
# Neo4j, and a short run of every fuzz target.
#
# When NEO4J_URI is not set, the local Neo4j of scripts/neo4j.sh is started
# (downloaded on first use) and used; it is left running. Integration tests
# fail rather than skip when Neo4j cannot be reached (CI=true is set here).
#
#   scripts/test.sh                 # everything
#   FUZZTIME=0 scripts/test.sh      # no fuzzing beyond the seed corpora
#   scripts/test.sh -run TestLoad ./graph   # arguments go to `go test`
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${NEO4J_URI:-}" ]; then
  scripts/neo4j.sh start
  eval "$(scripts/neo4j.sh env)"
fi
export CI=true
if [ $# -gt 0 ]; then
  exec go test "$@"
fi
go vet ./...
# internal/systemtest starts, crashes and stops Neo4j servers of its own:
# several minutes on an idle machine, more on a busy one.
go test -count=1 -timeout 60m ./...
if [ "${FUZZTIME:-10s}" != 0 ]; then
  FUZZTIME=${FUZZTIME:-10s} scripts/fuzz.sh
fi
