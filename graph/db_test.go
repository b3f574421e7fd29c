package graph_test

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// secret is a password distinctive enough to be found if it leaks.
const secret = "Sup3r-s3cret-PW-do-not-print"

// unusedPort returns a local TCP port nothing listens on.
func unusedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestOpenErrors(t *testing.T) {
	good := neo4jtest.Config(t)
	down := "bolt://" + unusedPort(t)
	tls := strings.Replace(good.URI, "bolt://", "bolt+s://", 1) // the local server has no TLS

	tests := []struct {
		name     string
		cfg      graph.Config
		kind     graph.ConnectErrorKind
		wantMsg  string
		wantHint string
	}{
		{
			name:     "server down",
			cfg:      graph.Config{URI: down, Username: "neo4j", Password: secret, Database: "neo4j"},
			kind:     graph.Unreachable,
			wantMsg:  "cannot reach Neo4j at " + down + ": connection refused",
			wantHint: "is it running? start the local one with `scripts/neo4j.sh start` or set NEO4J_URI",
		},
		{
			name:     "routing scheme, server down",
			cfg:      graph.Config{URI: strings.Replace(down, "bolt:", "neo4j:", 1), Username: "neo4j", Password: secret, Database: "neo4j"},
			kind:     graph.Unreachable,
			wantMsg:  "cannot reach Neo4j at " + strings.Replace(down, "bolt:", "neo4j:", 1) + ": connection refused",
			wantHint: "is it running?",
		},
		{
			name:     "TLS to a server without it",
			cfg:      graph.Config{URI: tls, Username: good.Username, Password: secret, Database: good.Database},
			kind:     graph.Unreachable,
			wantMsg:  "cannot reach Neo4j at " + tls + ": remote end closed the connection, check that TLS is enabled on the server",
			wantHint: "use bolt:// or neo4j:// (no +s)",
		},
		{
			name:     "wrong password",
			cfg:      graph.Config{URI: good.URI, Username: good.Username, Password: secret, Database: good.Database},
			kind:     graph.BadCredentials,
			wantMsg:  "authentication failed for user " + good.Username + " at " + good.URI,
			wantHint: "check NEO4J_USERNAME and NEO4J_PASSWORD / NEO4J_PASSWORD_FILE",
		},
		{
			name:     "unknown user",
			cfg:      graph.Config{URI: good.URI, Username: "no-such-user", Password: secret, Database: good.Database},
			kind:     graph.BadCredentials,
			wantMsg:  "authentication failed for user no-such-user at " + good.URI,
			wantHint: "check NEO4J_USERNAME",
		},
		{
			name:     "unknown database",
			cfg:      graph.Config{URI: good.URI, Username: good.Username, Password: good.Password, Database: "nosuchdb"},
			kind:     graph.NoDatabase,
			wantMsg:  `database "nosuchdb" does not exist on ` + good.URI,
			wantHint: `check NEO4J_DATABASE (Community edition has only "neo4j")`,
		},
		{
			name:     "unknown scheme",
			cfg:      graph.Config{URI: "http://neo4j:" + secret + "@127.0.0.1:7474", Username: "neo4j", Password: secret},
			kind:     graph.BadURI,
			wantMsg:  `bad Neo4j URI "http://127.0.0.1:7474": unknown scheme "http"`,
			wantHint: "NEO4J_URI looks like bolt://host:7687",
		},
		{
			name:    "no host",
			cfg:     graph.Config{URI: "bolt://", Username: "neo4j", Password: secret},
			kind:    graph.BadURI,
			wantMsg: `bad Neo4j URI "bolt://": no host`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if strings.HasPrefix(tt.cfg.URI, "bolt+s://") && !strings.HasPrefix(good.URI, "bolt://") {
				t.Skip("the test server is not a plain bolt:// one")
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			db, err := graph.Open(ctx, tt.cfg)
			if err == nil {
				db.Close(ctx)
				t.Fatal("Open succeeded, want an error")
			}
			msg := err.Error()
			if strings.Contains(msg, secret) {
				t.Errorf("error %q reveals the password", msg)
			}
			var cerr *graph.ConnectError
			if !errors.As(err, &cerr) {
				t.Fatalf("got %T %q, want a *graph.ConnectError", err, msg)
			}
			if cerr.Kind != tt.kind {
				t.Errorf("got kind %d, want %d (%q)", cerr.Kind, tt.kind, msg)
			}
			if msg != tt.wantMsg {
				t.Errorf("got message %q, want %q", msg, tt.wantMsg)
			}
			if strings.Contains(cerr.Hint(), secret) {
				t.Errorf("hint %q reveals the password", cerr.Hint())
			}
			if !strings.Contains(cerr.Hint(), tt.wantHint) {
				t.Errorf("got hint %q, want it to contain %q", cerr.Hint(), tt.wantHint)
			}
		})
	}
}

func TestOpen(t *testing.T) {
	db := neo4jtest.Open(t)
	cfg := neo4jtest.Config(t)
	if got := db.Database(); got != cfg.Database {
		t.Errorf("Database() = %q, want %q", got, cfg.Database)
	}
	keys, recs, err := db.Read(context.Background(), "UNWIND [3, 1, 2] AS x RETURN x, x * 10 AS y ORDER BY x", nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(keys, ",") != "x,y" || len(recs) != 3 || recs[2].Values[1] != int64(30) {
		t.Errorf("Read: got keys %v and %d records (%v), want x,y and 3 records ending with 30", keys, len(recs), recs)
	}
}
