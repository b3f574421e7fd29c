package systemtest

import (
	"context"
	"net"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// The Neo4j instance the fault tests stop and crash: not the shared test
// server, which other packages' tests are using meanwhile.
const (
	faultsInstance = "faults"
	faultsBolt     = 7688
	faultsHTTP     = 7475
)

// Sizes of the faulted load: enough batches that the server goes down in
// the middle of it.
const (
	faultDocs      = 500
	faultBatch     = 20
	faultAfterDocs = 150 // articles in the database when the server goes down
)

// TestLoadFaults makes Neo4j fail under a running `newsgraph load` of real
// documents, in small batches, in each way below. Each load ends as a
// load that never failed would: the server back, running the same load
// again gives exactly the graph (counts and property checksum) of a clean
// load, and nothing the load reported loaded is ever lost.
func TestLoadFaults(t *testing.T) {
	in := newTestInstance(t, faultsInstance, faultsBolt, faultsHTTP, "")
	in.start(t)
	docs := corpusDocuments(t, t.TempDir(), faultDocs)

	// The clean load goes through a proxy that counts what it sends.
	db := in.open(t)
	neo4jtest.Reset(t, db)
	counter := newFlakyProxy(t, strings.TrimPrefix(in.boltURI, "bolt://"))
	start := time.Now()
	if code, stderr := loadProcess(t, append(in.cliEnv(), "NEO4J_URI=bolt://"+counter.addr()), docs).wait(t); code != exitOK {
		t.Fatalf("clean load: exit code %d, want 0\n%s", code, stderr)
	}
	want := neo4jtest.MustSnapshot(t, db)
	checkClaims(t, db)
	sent := counter.sent.Load()
	t.Logf("clean load of %d documents in %.0f s, %d bytes sent: %v nodes, %v relationships",
		faultDocs, time.Since(start).Seconds(), sent, want.Nodes, want.Rels)

	// The server goes down: the load fails, saying what it loaded.
	for _, tt := range []struct {
		name  string
		fault func(t *testing.T)
	}{
		{"crash", in.kill},
		{"shutdown", in.stop},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in.start(t) // again, if an earlier case failed with it down
			db := in.open(t)
			neo4jtest.Reset(t, db)
			p := loadProcess(t, in.cliEnv(), docs)
			loaded := waitForArticles(t, db, p, faultAfterDocs)
			down := time.Now()
			tt.fault(t)
			code, stderr := p.wait(t)
			t.Logf("%s with %d articles in the database; the load gave up %.0f s later:\n%s", tt.name, loaded, time.Since(down).Seconds(), stderr)
			if code != exitFailure {
				t.Errorf("exit code %d, want %d", code, exitFailure)
			}
			m := loadFailure.FindStringSubmatch(stderr)
			if m == nil {
				t.Fatalf("stderr does not match %s", loadFailure)
			}
			reported, _ := strconv.Atoi(m[2])

			in.start(t)
			db = in.open(t)
			n := neo4jtest.Count(t, db, "MATCH (a:Article) RETURN count(a)", nil)
			t.Logf("after the restart: %d articles in the database, %d reported loaded", n, reported)
			// Nothing reported loaded is lost; at most the batch being
			// committed when the server went down is there unreported.
			if n < int64(reported) || n > int64(reported+faultBatch) {
				t.Errorf("got %d articles after the restart, want %d (reported loaded) to %d", n, reported, reported+faultBatch)
			}

			if code, stderr := loadProcess(t, in.cliEnv(), docs).wait(t); code != exitOK {
				t.Fatalf("load again: exit code %d, want 0\n%s", code, stderr)
			}
			checkClaims(t, db)
			if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
				t.Errorf("graph after the failed load and a second one differs from a clean load (-want +got):\n%s", diff)
			}
		})
	}

	// The connections drop in the middle of a batch and the server cannot
	// be reached for a few seconds (a network failure, a restart behind a
	// load balancer): the driver retries the transaction, and the load
	// succeeds without help.
	t.Run("connections lost", func(t *testing.T) {
		in.start(t)
		db := in.open(t)
		neo4jtest.Reset(t, db)
		px := newFlakyProxy(t, strings.TrimPrefix(in.boltURI, "bolt://"))
		// Cut after a third of what the clean load sent.
		px.cutAfter(sent/3, 3*time.Second)
		code, stderr := loadProcess(t, append(in.cliEnv(), "NEO4J_URI=bolt://"+px.addr()), docs).wait(t)
		t.Logf("cut after %d bytes sent; %d connections in all", sent/3, px.accepted.Load())
		if code != exitOK {
			t.Fatalf("exit code %d, want 0 (the driver retries)\n%s", code, stderr)
		}
		if !px.wasCut() {
			t.Fatal("the connections were never cut: the load sent less than expected")
		}
		if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
			t.Errorf("graph after a load that lost its connections differs from a clean load (-want +got):\n%s", diff)
		}
	})

	// A statement fails for good (here a uniqueness constraint the
	// documents break): the load stops at once with Neo4j's error instead
	// of retrying it.
	t.Run("client error", func(t *testing.T) {
		in.start(t)
		db := in.open(t)
		neo4jtest.Reset(t, db)
		// Every article is in English.
		schema(t, db, "CREATE CONSTRAINT fault_test_language IF NOT EXISTS FOR (a:Article) REQUIRE a.language IS UNIQUE")
		defer schema(t, db, "DROP CONSTRAINT fault_test_language IF EXISTS")
		code, stderr := loadProcess(t, in.cliEnv(), docs).wait(t)
		if code != exitFailure {
			t.Errorf("exit code %d, want %d", code, exitFailure)
		}
		const want = "Neo.ClientError.Schema.ConstraintValidationFailed"
		if !strings.Contains(stderr, want) || strings.Contains(stderr, "TransactionExecutionLimit") {
			t.Errorf("stderr %q, want Neo4j's %s, not retried", stderr, want)
		}
	})
}

// loadFailure is what `newsgraph load` says when Neo4j goes away: the
// batch that failed, why, how many articles were loaded, what to do.
// The server may go down while a batch is written, while the hashes of
// the next documents are looked up (to skip those loaded already), or
// while a batch's articles are checked for those hashes before it is
// written.
var loadFailure = regexp.MustCompile(`^newsgraph: load: ((?:write|read the hashes of a) batch of \d+ documents \(article:\S+ … article:\S+\)|read document hashes): .+ \((\d+) articles loaded before the failure\)\n` +
	`hint: loading is idempotent: .*run the same load again to finish\n$`)

// loadProcess starts `newsgraph load` of docs in batches of faultBatch
// with the environment env.
func loadProcess(t *testing.T, env []string, docs string) *process {
	t.Helper()
	return start(t, env, "--quiet", "load", "--batch-size", strconv.Itoa(faultBatch), docs)
}

// waitForArticles waits until the database holds at least n articles, and
// returns how many it holds; it fails the test if the load ends first.
func waitForArticles(t *testing.T, db *graph.DB, p *process, n int64) int64 {
	t.Helper()
	for {
		got := neo4jtest.Count(t, db, "MATCH (a:Article) RETURN count(a)", nil)
		if got >= n {
			return got
		}
		select {
		case <-p.done:
			t.Fatalf("the load ended (exit code %d) with %d articles loaded, before the fault; stderr:\n%s", p.code, got, p.stderr.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// checkClaims checks that every claim is reported in an article and said
// by a speaker, once.
func checkClaims(t *testing.T, db *graph.DB) {
	t.Helper()
	n := neo4jtest.Count(t, db, "MATCH (c:Claim) WHERE COUNT { (c)-[:REPORTED_IN]->() } <> 1 OR COUNT { ()-[:CLAIMS]->(c) } <> 1 RETURN count(c)", nil)
	if n != 0 {
		t.Errorf("%d claims are not reported in exactly one article by exactly one speaker", n)
	}
}

// schema runs a schema statement.
func schema(t *testing.T, db *graph.DB, stmt string) {
	t.Helper()
	ctx := context.Background()
	s := db.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.Database()})
	defer s.Close(ctx)
	res, err := s.Run(ctx, stmt, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
}

// flakyProxy forwards TCP connections to a server, counting the bytes the
// clients send; cutAfter makes it drop every connection once the clients
// have sent so many bytes, and then refuse connections for a while (it
// accepts and closes them at once), as a network failure would.
type flakyProxy struct {
	l        net.Listener
	target   string
	sent     atomic.Int64 // bytes from the clients
	accepted atomic.Int64 // connections

	mu    sync.Mutex
	conns map[net.Conn]bool
	cutAt int64         // 0: never
	pause time.Duration // how long connections are refused after the cut
	until time.Time     // connections are refused until then
	cut   bool
}

func newFlakyProxy(t *testing.T, target string) *flakyProxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &flakyProxy{l: l, target: target, conns: map[net.Conn]bool{}}
	go p.serve()
	t.Cleanup(func() {
		l.Close()
		p.mu.Lock()
		defer p.mu.Unlock()
		for c := range p.conns {
			c.Close()
		}
	})
	return p
}

func (p *flakyProxy) addr() string { return p.l.Addr().String() }

// cutAfter arms the cut.
func (p *flakyProxy) cutAfter(bytes int64, pause time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cutAt, p.pause = bytes, pause
}

func (p *flakyProxy) wasCut() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.cut
}

func (p *flakyProxy) serve() {
	for {
		c, err := p.l.Accept()
		if err != nil {
			return
		}
		p.accepted.Add(1)
		p.mu.Lock()
		refuse := time.Now().Before(p.until)
		p.mu.Unlock()
		if refuse {
			c.Close()
			continue
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns[c], p.conns[s] = true, true
		p.mu.Unlock()
		go p.pipe(s, c, true)
		go p.pipe(c, s, false)
	}
}

// pipe copies from src to dst until either fails, then closes both.
func (p *flakyProxy) pipe(dst, src net.Conn, fromClient bool) {
	defer func() {
		dst.Close()
		src.Close()
		p.mu.Lock()
		delete(p.conns, dst)
		delete(p.conns, src)
		p.mu.Unlock()
	}()
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
			if fromClient {
				p.countSent(int64(n))
			}
		}
		if err != nil {
			return
		}
	}
}

// countSent adds n bytes sent by a client, and cuts every connection when
// the armed limit is reached.
func (p *flakyProxy) countSent(n int64) {
	total := p.sent.Add(n)
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cut || p.cutAt == 0 || total < p.cutAt {
		return
	}
	p.cut = true
	p.until = time.Now().Add(p.pause)
	for c := range p.conns {
		c.Close()
	}
}
