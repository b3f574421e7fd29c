#!/usr/bin/env bash
# Runs newsgraph end to end on the bundled sample: extracts the 47 articles
# of sample/articles.jsonl, loads the graph into Neo4j and runs a saved query.
# When NEO4J_URI is not set it starts the local Neo4j of scripts/neo4j.sh
# (downloaded from Maven Central on first use; needs Java 17 and Maven).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${NEO4J_URI:-}" ]; then
  scripts/neo4j.sh start
  eval "$(scripts/neo4j.sh env)"
fi
go build -o bin/newsgraph ./cmd/newsgraph
bin/newsgraph build sample/articles.jsonl
bin/newsgraph query run overview
echo
echo "Explore the graph in Neo4j Browser: bin/newsgraph browser --open"
echo "More questions: bin/newsgraph query list"
