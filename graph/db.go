package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Timeouts of a DB's driver.
const (
	// maxRetryTime bounds how long a managed transaction retries transient
	// errors (deadlocks, leader changes, a restarting server); after it the
	// last error is returned, so a dead server does not hang a load.
	maxRetryTime = 30 * time.Second
	// connectTimeout bounds each TCP connection attempt.
	connectTimeout = 5 * time.Second
	// acquireTimeout bounds waiting for a pooled connection.
	acquireTimeout = 60 * time.Second
)

// DB is an open connection pool to one Neo4j database. It is safe for
// concurrent use. Other packages read through Read, or through Driver and
// Database for anything else (streaming results, explicit transactions):
//
//	s := db.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.Database()})
type DB struct {
	driver   neo4j.DriverWithContext
	database string
	target   string // URI without user info, for messages
	password string // only to keep it out of error messages
}

// Open connects to the Neo4j of cfg and checks that it is reachable, that
// the credentials are accepted and that the database exists, so that a
// mistake is reported at once, as a *ConnectError, rather than in the middle
// of a load. TLS schemes (bolt+s, neo4j+s, bolt+ssc, neo4j+ssc) are passed to
// the driver as they are. The password never appears in an error.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	target, err := checkURI(cfg.URI)
	if err != nil {
		return nil, redact(err, cfg.Password)
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *config.Config) {
			c.MaxTransactionRetryTime = maxRetryTime
			c.SocketConnectTimeout = connectTimeout
			c.ConnectionAcquisitionTimeout = acquireTimeout
		})
	if err != nil {
		return nil, redact(&ConnectError{Kind: BadURI, URI: target, User: cfg.Username, Database: cfg.Database, Err: err}, cfg.Password)
	}
	db := &DB{driver: driver, database: cfg.Database, target: target, password: cfg.Password}
	if err := db.check(ctx, cfg); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, redact(err, cfg.Password)
	}
	return db, nil
}

// check verifies connectivity, authentication and the database.
func (db *DB) check(ctx context.Context, cfg Config) error {
	cerr := func(k ConnectErrorKind, err error) error {
		return &ConnectError{Kind: k, URI: db.target, User: cfg.Username, Database: cfg.Database, Err: err}
	}
	if err := db.driver.VerifyConnectivity(ctx); err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("connect to Neo4j at %s: %w", db.target, ctx.Err())
		}
		return cerr(classify(err), err)
	}
	// VerifyConnectivity says nothing about the database: open a session
	// on it and run a trivial query, with no retries.
	s := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: cfg.Database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(context.WithoutCancel(ctx))
	res, err := s.Run(ctx, "RETURN 1", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("connect to Neo4j at %s: %w", db.target, ctx.Err())
		}
		return cerr(classify(err), err)
	}
	return nil
}

// String describes the connection for messages: the URI without user
// information and the database. Neither it nor GoString shows the password,
// so that printing a DB (%v, %+v, %s, %#v) cannot reveal it.
func (db *DB) String() string {
	name := db.database
	if name == "" {
		name = "(default)"
	}
	return db.target + " database " + name
}

// GoString keeps the password out of %#v.
func (db *DB) GoString() string { return "&graph.DB{" + db.String() + "}" }

// Close closes the connection pool.
func (db *DB) Close(ctx context.Context) error { return db.driver.Close(ctx) }

// Driver returns the underlying driver, for callers that need more than Read.
// Sessions should name Database().
func (db *DB) Driver() neo4j.DriverWithContext { return db.driver }

// Database returns the database name ("" for the server's default).
func (db *DB) Database() string { return db.database }

// Target returns the server URI without any user information, for messages.
func (db *DB) Target() string { return db.target }

// Read runs a read-only query in a managed read transaction (retried on
// transient errors) and returns its column names and all its records. It is
// for results of modest size; stream through Driver for large ones.
func (db *DB) Read(ctx context.Context, cypher string, params map[string]any) (keys []string, records []*neo4j.Record, err error) {
	s := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(context.WithoutCancel(ctx))
	type result struct {
		keys    []string
		records []*neo4j.Record
	}
	out, err := neo4j.ExecuteRead(ctx, s, func(tx neo4j.ManagedTransaction) (result, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return result{}, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return result{}, err
		}
		keys, err := res.Keys()
		return result{keys, recs}, err
	})
	if err != nil {
		return nil, nil, redact(err, db.password)
	}
	return out.keys, out.records, nil
}

// Run runs one statement in an auto-commit transaction, as CALL … IN
// TRANSACTIONS and schema commands need (not retried), and waits for its
// end.
func (db *DB) Run(ctx context.Context, cypher string, params map[string]any) error {
	s := db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.database})
	defer s.Close(context.WithoutCancel(ctx))
	res, err := s.Run(ctx, cypher, params)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return redact(err, db.password)
	}
	return nil
}

// ConnectErrorKind says what went wrong when connecting.
type ConnectErrorKind int

// The kinds of ConnectError.
const (
	Unreachable    ConnectErrorKind = iota + 1 // no server answered at the URI
	BadCredentials                             // the user or password was refused
	NoDatabase                                 // the database does not exist
	BadURI                                     // the URI is malformed or of an unknown scheme
	OtherFailure                               // anything else (TLS, protocol, server error)
)

// ConnectError is the error of Open: Neo4j could not be used, and why. Its
// message is one line; Hint says what to do about it.
type ConnectError struct {
	Kind     ConnectErrorKind
	URI      string // without user information
	User     string
	Database string
	Err      error // the driver's error
}

func (e *ConnectError) Error() string {
	switch e.Kind {
	case Unreachable:
		return fmt.Sprintf("cannot reach Neo4j at %s: %s", e.URI, reason(e.Err))
	case BadCredentials:
		var nerr *neo4j.Neo4jError
		if errors.As(e.Err, &nerr) && nerr.Code != "Neo.ClientError.Security.Unauthorized" {
			// rate limited, credentials expired, …: say which
			return fmt.Sprintf("authentication failed for user %s at %s: %s", e.User, e.URI, reason(e.Err))
		}
		return fmt.Sprintf("authentication failed for user %s at %s", e.User, e.URI)
	case NoDatabase:
		return fmt.Sprintf("database %q does not exist on %s", e.Database, e.URI)
	case BadURI:
		return fmt.Sprintf("bad Neo4j URI %q: %s", e.URI, reason(e.Err))
	}
	return fmt.Sprintf("connect to Neo4j at %s: %s", e.URI, reason(e.Err))
}

// Hint says what to do next.
func (e *ConnectError) Hint() string {
	switch e.Kind {
	case Unreachable:
		why := reason(e.Err)
		switch {
		case strings.Contains(why, "TLS"):
			return "the server does not answer TLS on this port: use bolt:// or neo4j:// (no +s), or enable TLS on the server"
		case strings.Contains(why, "x509:"):
			return "the server's certificate is not trusted: add its CA to the system's certificates (or point SSL_CERT_FILE at it), " +
				"or use bolt+ssc:// or neo4j+ssc:// to accept a self-signed certificate"
		case why == serverClosed && !strings.Contains(e.URI, "+s"):
			return "if the server requires TLS, use bolt+s:// or neo4j+s:// (+ssc for a self-signed certificate)"
		}
		return "is it running? start the local one with `scripts/neo4j.sh start` or set NEO4J_URI"
	case BadCredentials:
		return "check NEO4J_USERNAME and NEO4J_PASSWORD / NEO4J_PASSWORD_FILE"
	case NoDatabase:
		return `check NEO4J_DATABASE (Community edition has only "neo4j")`
	case BadURI:
		return "NEO4J_URI looks like bolt://host:7687 or neo4j+s://host (schemes bolt, bolt+s, bolt+ssc, neo4j, neo4j+s, neo4j+ssc)"
	}
	return "check that NEO4J_URI points at a Neo4j 5 server"
}

func (e *ConnectError) Unwrap() error { return e.Err }

// classify maps a driver error to a ConnectErrorKind.
func classify(err error) ConnectErrorKind {
	var authErr *neo4j.InvalidAuthenticationError
	if errors.As(err, &authErr) {
		return BadCredentials
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		switch {
		case nerr.Code == "Neo.ClientError.Database.DatabaseNotFound":
			return NoDatabase
		case strings.HasPrefix(nerr.Code, "Neo.ClientError.Security."):
			return BadCredentials
		}
		return OtherFailure
	}
	var cerr *neo4j.ConnectivityError
	if errors.As(err, &cerr) {
		return Unreachable
	}
	var uerr *neo4j.UsageError
	if errors.As(err, &uerr) {
		return BadURI
	}
	return OtherFailure
}

// serverClosed is the reason of a connection the server closed at once.
const serverClosed = "the server closed the connection"

// reason is the short cause of a driver error: "connection refused" rather
// than the driver's nested account of its connection pool.
func reason(err error) string {
	if err == nil {
		return "unknown error"
	}
	var cerr *neo4j.ConnectivityError
	if errors.As(err, &cerr) && cerr.Inner != nil {
		err = cerr.Inner
	}
	var dnsErr *net.DNSError
	var nerr *neo4j.Neo4jError
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, io.EOF):
		// as a server that requires TLS does to a plain connection
		return serverClosed
	case errors.As(err, &dnsErr):
		return "unknown host " + dnsErr.Name
	case errors.As(err, &nerr):
		if nerr.Msg != "" {
			return nerr.Msg
		}
		return nerr.Code
	}
	var terr interface{ Timeout() bool }
	if errors.As(err, &terr) && terr.Timeout() {
		return "connection timed out"
	}
	msg := err.Error()
	if strings.Contains(msg, "connection refused") {
		return "connection refused" // the routing driver's errors do not wrap the syscall error
	}
	// The driver's connectivity errors mention every pool it tried; the
	// last clause is the cause.
	if i := strings.LastIndex(msg, ": "); i >= 0 && strings.HasPrefix(msg, "ConnectivityError") {
		msg = msg[i+2:]
	}
	return msg
}

// checkURI rejects malformed URIs before the driver sees them and returns the
// URI without its user information, fit for messages.
func checkURI(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", &ConnectError{Kind: BadURI, URI: "(unparsable)", Err: errors.New("cannot parse it")}
	}
	target := uri
	if u.User != nil {
		u.User = nil
		target = u.String()
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return "", &ConnectError{Kind: BadURI, URI: target, Err: fmt.Errorf("unknown scheme %q", u.Scheme)}
	}
	if u.Host == "" {
		return "", &ConnectError{Kind: BadURI, URI: target, Err: errors.New("no host")}
	}
	return target, nil
}

// redact replaces the password in err's message, as a last guard: none of
// the errors built here include it, but a driver message might.
func redact(err error, password string) error {
	if err == nil || len(password) < 4 || !strings.Contains(err.Error(), password) {
		return err
	}
	return redactedError{err: err, msg: strings.ReplaceAll(err.Error(), password, "******")}
}

type redactedError struct {
	err error
	msg string
}

func (e redactedError) Error() string { return e.msg }
func (e redactedError) Unwrap() error { return e.err }
