package systemtest

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// The Neo4j instance with TLS on Bolt.
const (
	tlsInstance = "tls"
	tlsBolt     = 7693
	tlsHTTP     = 7480
)

// TestTLS runs newsgraph against a Neo4j that requires TLS on Bolt, with a
// certificate of a test CA: bolt+s:// and neo4j+s:// work when the CA is
// trusted (here through SSL_CERT_FILE, as a system trust store would),
// bolt+ssc:// works without trusting it, and the mistakes say what to do.
func TestTLS(t *testing.T) {
	certs := t.TempDir()
	caFile := writeTestCerts(t, certs)
	// scripts/neo4j.sh writes server.bolt.tls_level=DISABLED; setting it
	// again needs strict validation off (else Neo4j refuses a setting
	// declared twice), and then the last one wins.
	in := newTestInstance(t, tlsInstance, tlsBolt, tlsHTTP, strings.Join([]string{
		"server.config.strict_validation.enabled=false",
		"dbms.ssl.policy.bolt.enabled=true",
		"dbms.ssl.policy.bolt.base_directory=" + filepath.Join(certs, "bolt"),
		"dbms.ssl.policy.bolt.private_key=private.key",
		"dbms.ssl.policy.bolt.public_certificate=public.crt",
		"dbms.ssl.policy.bolt.client_auth=NONE",
		"server.bolt.tls_level=REQUIRED",
	}, "\n"))
	in.start(t)
	t.Cleanup(func() { in.stop(t) }) // its certificates go with the test

	port := strconv.Itoa(tlsBolt)
	env := func(uri string, trustCA bool) []string {
		e := append(in.cliEnv(), "NEO4J_URI="+uri)
		if trustCA {
			e = append(e, "SSL_CERT_FILE="+caFile)
		}
		return e
	}
	articles := filepath.Join(repoRoot(t), "graph", "testdata", "articles.jsonl")
	tests := []struct {
		name    string
		uri     string
		trustCA bool
		args    []string
		code    int
		want    []string // in stdout for success, else in stderr
	}{
		{name: "bolt+s, CA trusted", uri: "bolt+s://localhost:" + port, trustCA: true, args: []string{"load", articles},
			want: []string{}},
		{name: "neo4j+s, CA trusted", uri: "neo4j+s://localhost:" + port, trustCA: true, args: []string{"query", "run", "--format", "csv", "overview"},
			want: []string{"nodes,Article,3\n", "relationships,CLAIMS,10\n"}},
		{name: "bolt+ssc, self-signed accepted", uri: "bolt+ssc://127.0.0.1:" + port, args: []string{"query", "run", "--format", "csv", "overview"},
			want: []string{"nodes,Article,3\n"}},
		{name: "bolt+s, CA not trusted", uri: "bolt+s://localhost:" + port, args: []string{"query", "run", "overview"}, code: exitFailure,
			want: []string{"newsgraph: query run: cannot reach Neo4j at bolt+s://localhost:" + port + ": tls: failed to verify certificate: x509: certificate signed by unknown authority\n",
				"hint: the server's certificate is not trusted: add its CA to the system's certificates (or point SSL_CERT_FILE at it), or use bolt+ssc:// or neo4j+ssc:// to accept a self-signed certificate\n"}},
		{name: "bolt, server wants TLS", uri: "bolt://127.0.0.1:" + port, args: []string{"query", "run", "overview"}, code: exitFailure,
			want: []string{"newsgraph: query run: cannot reach Neo4j at bolt://127.0.0.1:" + port + ": the server closed the connection\n",
				"hint: if the server requires TLS, use bolt+s:// or neo4j+s:// (+ssc for a self-signed certificate)\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := newsgraph(t, env(tt.uri, tt.trustCA), append([]string{"-q"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit code %d, want %d\nstderr:\n%s", code, tt.code, stderr)
			}
			out := stdout
			if tt.code != exitOK {
				out = stderr
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output does not hold %q; got:\n%s", w, out)
				}
			}
		})
	}
}

// writeTestCerts makes a test CA and a certificate it signs for localhost
// and 127.0.0.1, in the layout of a Neo4j SSL policy (dir/bolt/private.key,
// public.crt, trusted/, revoked/), and returns the CA certificate's file.
func writeTestCerts(t *testing.T, dir string) string {
	t.Helper()
	now := time.Now()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	ca := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "newsgraph test CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "localhost"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	caCert, err := x509.ParseCertificate(caDER)
	if err != nil {
		t.Fatal(err)
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leaf, caCert, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	bolt := filepath.Join(dir, "bolt")
	for _, d := range []string{"trusted", "revoked"} {
		if err := os.MkdirAll(filepath.Join(bolt, d), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	writePEM(t, filepath.Join(bolt, "private.key"), "PRIVATE KEY", keyDER)
	writePEM(t, filepath.Join(bolt, "public.crt"), "CERTIFICATE", leafDER)
	caFile := filepath.Join(dir, "ca.crt")
	writePEM(t, caFile, "CERTIFICATE", caDER)
	return caFile
}

func writePEM(t *testing.T, path, typ string, der []byte) {
	t.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestPasswordNeverShown makes newsgraph fail in every way it can while
// holding a distinctive password, from NEO4J_PASSWORD or from
// NEO4J_PASSWORD_FILE: the password must appear in no output, no error and
// no log of the server; and it cannot be given on the command line.
func TestPasswordNeverShown(t *testing.T) {
	in := newTestInstance(t, faultsInstance, faultsBolt, faultsHTTP, "")
	in.start(t)
	const secret = "Qx7-distinctive-Pw-9zK"
	real := in.password(t)
	dir := t.TempDir()
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(pwFile, []byte(secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	docs := filepath.Join(repoRoot(t), "graph", "testdata", "articles.jsonl")
	articles := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(articles, []byte("Talks go on\n\nPrime Minister Tony Blair said the talks would go on.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := l.Addr().String()
	l.Close()

	base := in.cliEnv()
	with := func(kv ...string) []string { return append(append([]string{}, base...), kv...) }
	envs := []struct {
		name string
		env  []string
		want string // in stderr
	}{
		// First, before wrong passwords make the server refuse every
		// login for a while.
		{"unknown database, right password", with("NEO4J_DATABASE=nosuchdb"), `database "nosuchdb" does not exist`},
		{"wrong password from NEO4J_PASSWORD", with("NEO4J_PASSWORD_FILE=", "NEO4J_PASSWORD="+secret), "authentication failed for user neo4j"},
		{"wrong password from NEO4J_PASSWORD_FILE", with("NEO4J_PASSWORD_FILE=" + pwFile), "authentication failed for user neo4j"},
		{"password in the URI", with("NEO4J_PASSWORD="+secret, "NEO4J_URI=bolt://neo4j:"+secret+"@"+strings.TrimPrefix(in.boltURI, "bolt://")), "authentication failed for user neo4j"},
		{"server unreachable", with("NEO4J_PASSWORD="+secret, "NEO4J_URI=bolt://"+down), "connection refused"},
		{"unknown scheme", with("NEO4J_PASSWORD="+secret, "NEO4J_URI=http://neo4j:"+secret+"@"+down), `unknown scheme "http"`},
		{"TLS to a server without it", with("NEO4J_PASSWORD="+secret, "NEO4J_URI=bolt+s://"+strings.TrimPrefix(in.boltURI, "bolt://")), "check that TLS is enabled on the server"},
	}
	// After the wrong passwords the server refuses logins for a few
	// seconds (dbms.security.auth_lock_time): wait, for the next tests.
	t.Cleanup(func() { waitForLogin(t, in) })
	commands := [][]string{
		{"load", docs},
		{"build", articles},
		{"query", "run", "overview"},
	}
	for _, e := range envs {
		for _, args := range commands {
			t.Run(e.name+"/"+args[0], func(t *testing.T) {
				code, stdout, stderr := newsgraph(t, e.env, args...)
				if code != exitFailure {
					t.Errorf("exit code %d, want %d", code, exitFailure)
				}
				if !strings.Contains(stderr, e.want) {
					t.Errorf("stderr %q does not say %q", stderr, e.want)
				}
				for _, pw := range []string{secret, real} {
					if strings.Contains(stdout+stderr, pw) {
						t.Errorf("the output reveals a password:\nstdout: %s\nstderr: %s", stdout, stderr)
					}
				}
			})
		}
	}
	t.Run("no password flag", func(t *testing.T) {
		code, stdout, stderr := newsgraph(t, base, "load", "--password", secret, docs)
		if code != 2 || !strings.Contains(stderr, "flag provided but not defined: -password") {
			t.Errorf("exit code %d, stderr %q; want 2 and that --password is not a flag", code, stderr)
		}
		if strings.Contains(stdout+stderr, secret) {
			t.Errorf("the output reveals the password:\n%s%s", stdout, stderr)
		}
	})
	t.Run("server logs", func(t *testing.T) {
		logs, err := filepath.Glob(filepath.Join(in.dir, "logs", "*"))
		if err != nil || len(logs) == 0 {
			t.Fatalf("no server logs in %s: %v", in.dir, err)
		}
		for _, f := range logs {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, pw := range []string{secret, real} {
				if strings.Contains(string(data), pw) {
					t.Errorf("the server's %s holds a password", filepath.Base(f))
				}
			}
		}
	})
}

// waitForLogin waits until the instance accepts its password again.
func waitForLogin(t *testing.T, in *testInstance) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		db, err := graph.Open(ctx, in.config(t))
		cancel()
		if err == nil {
			db.Close(context.Background())
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("instance %s still refuses its password: %v", in.name, err)
		}
		time.Sleep(time.Second)
	}
}

// TestLocalNeo4jConfig checks the configuration scripts/neo4j.sh writes:
// the server listens on 127.0.0.1 only and requires a password. A live
// check follows: the Bolt and HTTP ports do not answer on the machine's
// other addresses.
func TestLocalNeo4jConfig(t *testing.T) {
	in := newTestInstance(t, faultsInstance, faultsBolt, faultsHTTP, "")
	in.start(t)
	conf := filepath.Join(in.dir, "conf", "neo4j.conf")
	f, err := os.Open(conf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	settings := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if k, v, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(line, "#") {
			settings[k] = v
		}
	}
	want := map[string]string{
		"server.default_listen_address": "127.0.0.1",
		"server.bolt.listen_address":    "127.0.0.1:" + strconv.Itoa(faultsBolt),
		"server.http.listen_address":    "127.0.0.1:" + strconv.Itoa(faultsHTTP),
		"server.https.enabled":          "false",
		"dbms.security.auth_enabled":    "true",
	}
	for k, v := range want {
		if settings[k] != v {
			t.Errorf("%s: %s=%q, want %q", conf, k, settings[k], v)
		}
	}
	for k, v := range settings {
		if strings.HasSuffix(k, "listen_address") && !strings.HasPrefix(v, "127.0.0.1") {
			t.Errorf("%s: %s=%s listens beyond 127.0.0.1", conf, k, v)
		}
	}
	if st, err := os.Stat(filepath.Join(in.dir, "password")); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("the password file: %v, mode %v; want mode 0600", err, st.Mode().Perm())
	}

	addrs, err := net.InterfaceAddrs()
	if err != nil {
		t.Fatal(err)
	}
	probed := 0
	for _, a := range addrs {
		ip, _, err := net.ParseCIDR(a.String())
		if err != nil || ip.IsLoopback() || ip.IsLinkLocalUnicast() {
			continue
		}
		for _, port := range []int{faultsBolt, faultsHTTP} {
			addr := net.JoinHostPort(ip.String(), strconv.Itoa(port))
			if c, err := net.DialTimeout("tcp", addr, 2*time.Second); err == nil {
				c.Close()
				t.Errorf("Neo4j answers on %s, want 127.0.0.1 only", addr)
			}
			probed++
		}
	}
	t.Logf("probed %d non-loopback addresses and ports", probed)
}
