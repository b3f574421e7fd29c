// Package neo4jtest is the harness of integration tests that run against a
// real Neo4j.
//
// Tests find the server through the environment, as the newsgraph command
// does: NEO4J_URI, NEO4J_USERNAME (default neo4j), NEO4J_PASSWORD or
// NEO4J_PASSWORD_FILE, NEO4J_DATABASE (default neo4j). With NEO4J_URI unset
// they skip, except under CI=true, where a missing Neo4j fails them. Against
// the local server:
//
//	eval "$(scripts/neo4j.sh env)" && go test ./...
//
// `go test ./...` runs the test binaries of several packages at once, and a
// Community server has one database; so the first call of Config in a test
// binary takes an exclusive lock (flock on a file under os.TempDir, named
// after the URI and database) and holds it until the binary exits: the
// integration tests of different packages run one package after another,
// those of one package as the package orders them. A test that needs an empty
// database calls Reset first.
package neo4jtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// Config returns how to reach the test Neo4j, skipping the test when none is
// configured (failing it under CI=true), and makes sure this test binary
// holds the database lock.
func Config(t testing.TB) graph.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEO4J_URI is not set, and CI=true: integration tests need a Neo4j (start one with scripts/neo4j.sh start, then eval \"$(scripts/neo4j.sh env)\")")
		}
		t.Skip("NEO4J_URI not set; to run integration tests: scripts/neo4j.sh start && eval \"$(scripts/neo4j.sh env)\"")
	}
	cfg := graph.Config{
		URI:      uri,
		Username: envOr("NEO4J_USERNAME", "neo4j"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: envOr("NEO4J_DATABASE", "neo4j"),
	}
	if cfg.Password == "" {
		if f := os.Getenv("NEO4J_PASSWORD_FILE"); f != "" {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatalf("read NEO4J_PASSWORD_FILE: %v", err)
			}
			cfg.Password = strings.TrimRight(string(data), "\r\n")
		}
	}
	lockDatabase(t, cfg)
	return cfg
}

// Open connects to the test Neo4j (see Config) and closes the connection
// when the test ends.
func Open(t testing.TB) *graph.DB {
	t.Helper()
	cfg := Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open test Neo4j: %v", err)
	}
	t.Cleanup(func() { _ = db.Close(context.Background()) })
	return db
}

// Reset deletes every node and relationship of the database, in batches. It
// keeps constraints and indexes.
func Reset(t testing.TB, db *graph.DB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	// CALL … IN TRANSACTIONS needs an auto-commit transaction.
	s := db.Driver().NewSession(ctx, sessionConfig(db, true))
	defer s.Close(ctx)
	res, err := s.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("reset test database: %v", err)
	}
}

var (
	lockOnce sync.Once
	lockFile *os.File // held open, and locked, until the process exits
	lockErr  error
)

// lockDatabase takes the exclusive lock of cfg's database for the life of
// the test binary. It blocks while another test binary holds it.
func lockDatabase(t testing.TB, cfg graph.Config) {
	t.Helper()
	lockOnce.Do(func() {
		sum := sha256.Sum256([]byte(cfg.URI + "\x00" + cfg.Database))
		name := filepath.Join(os.TempDir(), "newsgraph-neo4jtest-"+hex.EncodeToString(sum[:8])+".lock")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o666)
		if err != nil {
			lockErr = fmt.Errorf("open lock file: %w", err)
			return
		}
		for {
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
			if err != syscall.EINTR {
				break
			}
		}
		if err != nil {
			f.Close()
			lockErr = fmt.Errorf("lock %s: %w", name, err)
			return
		}
		lockFile = f
	})
	if lockErr != nil {
		t.Fatalf("serialise integration tests: %v", lockErr)
	}
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}
