#!/usr/bin/env bash
# Runs the whole test suite: unit tests, integration tests against a real
# Neo4j, and a short run of every fuzz target.
#
# The integration tests wipe the database they run against, so they never
# use yours: not the Neo4j of NEO4J_URI, nor the default local instance
# that quickstart.sh and your loads use. They get a local instance of their
# own, "test" (Bolt 7701, HTTP 7488), started here (downloaded on first use)
# and left running; `NEWSGRAPH_NEO4J_INSTANCE=test scripts/neo4j.sh stop`
# stops it. Integration tests fail rather than skip when Neo4j cannot be
# reached (CI=true is set here).
#
#   scripts/test.sh                 # everything
#   FUZZTIME=0 scripts/test.sh      # no fuzzing beyond the seed corpora
#   scripts/test.sh -run TestLoad ./graph   # arguments go to `go test`
set -euo pipefail
cd "$(dirname "$0")/.."
export NEWSGRAPH_NEO4J_INSTANCE=test NEWSGRAPH_NEO4J_BOLT_PORT=7701 NEWSGRAPH_NEO4J_HTTP_PORT=7488
scripts/neo4j.sh start
unset NEO4J_URI NEO4J_USERNAME NEO4J_PASSWORD NEO4J_PASSWORD_FILE NEO4J_DATABASE
eval "$(scripts/neo4j.sh env)"
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
