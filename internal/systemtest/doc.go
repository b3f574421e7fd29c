// Package systemtest holds the system tests of newsgraph: they build the
// newsgraph command and run it as separate processes, as a user would,
// against Neo4j servers that they crash, shut down, cut off, load from two
// processes at once, or run with TLS.
//
// The servers are instances of scripts/neo4j.sh of their own ("faults",
// "tls"), apart from the shared test server of internal/neo4jtest, which
// other packages' tests use meanwhile; each is used by one test binary at a
// time (a lock file under os.TempDir). The tests need Java, Maven and curl
// for scripts/neo4j.sh, and the shared corpus beside the repository; they
// skip without them, except under CI=true, where they fail. They take some
// minutes; -short skips them. Run them alone with:
//
//	go test -v ./internal/systemtest
package systemtest
