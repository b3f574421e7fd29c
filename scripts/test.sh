#!/usr/bin/env bash
# Runs the whole test suite: unit tests, integration tests against a real
# Neo4j, and a short run of every fuzz target.
#
# It first makes sure the tools the tests need are there, and installs the
# missing ones with apt-get (through sudo when not root): Java 17 and Maven
# for the local Neo4j, Chromium for the Neo4j Browser test. Go 1.26 itself
# must be installed beforehand (https://go.dev/dl/). Without apt-get it
# names what is missing and stops; NEWSGRAPH_TEST_INSTALL=0 does the same
# instead of installing.
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

have() { command -v "$1" >/dev/null 2>&1; }
have_chromium() {
  [ -n "${CHROMIUM:-}" ] && return 0
  have chromium || have chromium-browser || have google-chrome || have google-chrome-stable
}
missing=()
have java || missing+=(openjdk-17-jre-headless)
have mvn || missing+=(maven)
have_chromium || missing+=(chromium)
if ! have go; then
  echo "test.sh: Go is missing: install Go 1.26 or newer (https://go.dev/dl/) and run again" >&2
  exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "${NEWSGRAPH_TEST_INSTALL:-1}" = 0 ] || ! have apt-get; then
    echo "test.sh: missing ${missing[*]} (Java 17 and Maven run the tests' Neo4j, Chromium the Browser test): install them and run again" >&2
    exit 1
  fi
  echo "test.sh: installing ${missing[*]} with apt-get" >&2
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

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
