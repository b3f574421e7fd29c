package bench

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/graph"
)

// Server is the Neo4j the load routes write to.
type Server struct {
	// Config says how to connect to it.
	Config graph.Config
	// ImportDir is its import directory, where LOAD CSV reads files; ""
	// when not known, which skips the LOAD CSV route.
	ImportDir string
	// Control stops, starts and wipes the server and runs neo4j-admin on
	// it; nil when the bench may not (a shared server), which empties the
	// database with Cypher between routes and skips the neo4j-admin route.
	Control Control
}

// Control manages a local Neo4j server.
type Control interface {
	// Start starts the server and waits until it answers.
	Start(ctx context.Context) error
	// Stop stops it.
	Stop(ctx context.Context) error
	// Reset stops it and deletes its databases (keeping its password).
	Reset(ctx context.Context) error
	// AdminEnv is the environment under which NEO4J_ADMIN (an export's
	// import.sh) runs neo4j-admin on this server: "NEO4J_ADMIN=..." and
	// whatever selects the server.
	AdminEnv() []string
}

// ScriptControl controls an instance of the local server through
// scripts/neo4j.sh.
type ScriptControl struct {
	// Script is the path of scripts/neo4j.sh.
	Script string
	// Env selects the instance and its settings (NEWSGRAPH_NEO4J_INSTANCE,
	// ports, heap, page cache), added to the bench's environment.
	Env []string
}

func (s *ScriptControl) run(ctx context.Context, args ...string) error {
	_, _, err := s.child(args...).output(ctx)
	return err
}

func (s *ScriptControl) child(args ...string) child {
	return child{name: "bash", args: append([]string{s.Script}, args...), env: s.Env}
}

// Start implements Control.
func (s *ScriptControl) Start(ctx context.Context) error { return s.run(ctx, "start") }

// Stop implements Control.
func (s *ScriptControl) Stop(ctx context.Context) error { return s.run(ctx, "stop") }

// Reset implements Control.
func (s *ScriptControl) Reset(ctx context.Context) error { return s.run(ctx, "reset") }

// AdminEnv implements Control.
func (s *ScriptControl) AdminEnv() []string {
	return append([]string{"NEO4J_ADMIN=bash " + s.Script + " admin"}, s.Env...)
}

// empty makes the server's database empty: wiped and restarted when fresh
// is set and the bench controls the server (new store files and no schema,
// as for a first load), else its nodes and relationships deleted with
// Cypher, keeping the constraints and indexes, which every route then finds
// in place.
func (srv *Server) empty(ctx context.Context, fresh bool) error {
	if fresh && srv.Control != nil {
		if err := srv.Control.Reset(ctx); err != nil {
			return fmt.Errorf("reset server: %w", err)
		}
		if err := srv.Control.Start(ctx); err != nil {
			return fmt.Errorf("start server: %w", err)
		}
		return nil
	}
	db, err := graph.Open(ctx, srv.Config)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	if err := db.Run(ctx, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil); err != nil {
		return fmt.Errorf("empty database: %w", err)
	}
	return nil
}

// counts returns the number of nodes and relationships in the database
// (from Neo4j's count store: instant).
func counts(ctx context.Context, db *graph.DB) (nodes, rels int64, err error) {
	_, recs, err := db.Read(ctx, "CALL { MATCH (n) RETURN count(n) AS n } CALL { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r", nil)
	if err != nil {
		return 0, 0, fmt.Errorf("count graph: %w", err)
	}
	if len(recs) != 1 {
		return 0, 0, fmt.Errorf("count graph: %d rows", len(recs))
	}
	n, _ := recs[0].Values[0].(int64)
	r, _ := recs[0].Values[1].(int64)
	return n, r, nil
}
