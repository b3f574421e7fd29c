#!/usr/bin/env bash
# scripts/neo4j.sh — fetch, configure and run a local Neo4j Community 5.26 LTS
# server without Docker.
#
# The unix tarball is not on Maven Central, so the server is assembled from the
# same artifacts the tarball's lib/ folder is built from
# (org.neo4j.assembly:neo4j-community-standalone, a POM whose dependencies are
# the server's classpath) plus org.neo4j.client:neo4j-browser, resolved with
# Maven into a cache directory. See `scripts/neo4j.sh help`.
set -euo pipefail

readonly DEFAULT_NEO4J_VERSION=5.26.30
readonly DEFAULT_BROWSER_VERSION=5.24.0 # newest neo4j-browser on Maven Central
readonly DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.6.1
readonly SERVER_MAIN=org.neo4j.server.CommunityEntryPoint
readonly ADMIN_MAIN=org.neo4j.cli.AdminTool

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
readonly SCRIPT_DIR
readonly POM_TEMPLATE="$SCRIPT_DIR/neo4j/pom.xml.in"
readonly SELF="scripts/neo4j.sh"

NEO4J_VERSION=${NEO4J_VERSION:-$DEFAULT_NEO4J_VERSION}
NEO4J_BROWSER_VERSION=${NEO4J_BROWSER_VERSION:-$DEFAULT_BROWSER_VERSION}
INSTANCE=${NEWSGRAPH_NEO4J_INSTANCE:-default}
HEAP_SIZE_=${NEWSGRAPH_NEO4J_HEAP_SIZE:-1g}
PAGECACHE_SIZE=${NEWSGRAPH_NEO4J_PAGECACHE_SIZE:-512m}
ADMIN_HEAP_SIZE=${NEWSGRAPH_NEO4J_ADMIN_HEAP_SIZE:-1g}
START_TIMEOUT=${NEWSGRAPH_NEO4J_START_TIMEOUT:-180}
STOP_TIMEOUT=${NEWSGRAPH_NEO4J_STOP_TIMEOUT:-60}

CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/newsgraph"
M2_REPO="$CACHE_ROOT/m2"
DIST_DIR="$CACHE_ROOT/neo4j-community-$NEO4J_VERSION-browser-$NEO4J_BROWSER_VERSION"
LIB_DIR="$DIST_DIR/lib"
STATE_ROOT="${XDG_STATE_HOME:-$HOME/.local/state}/newsgraph/neo4j"
INST_DIR="$STATE_ROOT/$INSTANCE"
CONF_DIR="$INST_DIR/conf"
DATA_DIR="$INST_DIR/data"
LOGS_DIR="$INST_DIR/logs"
RUN_DIR="$INST_DIR/run"
IMPORT_DIR="$INST_DIR/import"
PLUGINS_DIR="$INST_DIR/plugins"
PASSWORD_FILE="$INST_DIR/password"
PORTS_FILE="$INST_DIR/ports"
PID_FILE="$RUN_DIR/neo4j.pid"
CONSOLE_LOG="$LOGS_DIR/console.log"

BOLT_PORT=""
HTTP_PORT=""
SELF_CMD=$SELF # how to call this script for the current instance, for messages
[[ $INSTANCE == default ]] || SELF_CMD="NEWSGRAPH_NEO4J_INSTANCE=$INSTANCE $SELF"
JAVA_BIN=""
JAVA_VERSION_OUT=""

# ---------------------------------------------------------------- helpers ---

log() { printf 'neo4j.sh [%s]: %s\n' "$INSTANCE" "$*" >&2; }
die() {
	log "error: $*"
	exit 1
}

usage() {
	cat <<EOF
Usage: $SELF COMMAND [ARGS...]

Runs a local Neo4j Community $NEO4J_VERSION server (no Docker) for newsgraph.

Commands:
  start          fetch if needed, configure and start the instance; waits until
                 Bolt answers and authentication works (idempotent)
  stop           stop the instance gracefully (SIGTERM, SIGKILL after timeout)
  status         exit 0 if running and healthy, 3 if stopped, 1 if unhealthy
  reset          stop, wipe the instance's data/logs/import dirs (keeps the
                 downloads, the password file and the ports)
  env            print 'export NEO4J_URI=...' lines; use: eval "\$($SELF env)"
  admin ARGS...  run neo4j-admin against this instance's home and config,
                 e.g. $SELF admin database import full --nodes=... neo4j
  logs [-f] [-n N] [neo4j|debug|console|http|query|security]
                 show (or follow with -f) a log file, default neo4j.log
  fetch          download the server into the cache only
  help           this text

Environment:
  NEWSGRAPH_NEO4J_INSTANCE      instance name (default: default)
  NEWSGRAPH_NEO4J_BOLT_PORT     Bolt port (default 7687, or the port the
                                instance last started with)
  NEWSGRAPH_NEO4J_HTTP_PORT     HTTP port (default 7474, likewise)
  NEO4J_PASSWORD                password to use when an instance is first
                                initialised (default: random, stored 0600)
  NEWSGRAPH_NEO4J_HEAP_SIZE     server heap (default 1g)
  NEWSGRAPH_NEO4J_PAGECACHE_SIZE page cache (default 512m)
  NEWSGRAPH_NEO4J_ADMIN_HEAP_SIZE neo4j-admin heap (default 1g)
  NEWSGRAPH_NEO4J_START_TIMEOUT seconds to wait for readiness (default 180)
  NEWSGRAPH_NEO4J_STOP_TIMEOUT  seconds before SIGKILL on stop (default 60)
  NEWSGRAPH_NEO4J_EXTRA_CONF    extra neo4j.conf lines (newline separated)
  NEWSGRAPH_NEO4J_JAVA_OPTS     extra JVM options for the server
  NEWSGRAPH_NEO4J_CDS           off: no class data sharing archive (default on:
                                the first stop writes one into the cache, and
                                later starts take about half the time)
  NEO4J_VERSION                 Neo4j version (default $DEFAULT_NEO4J_VERSION)
  NEO4J_BROWSER_VERSION         Neo4j Browser version (default $DEFAULT_BROWSER_VERSION)
  JAVA_HOME                     Java 17 or 21 to use (default: java on PATH)

Paths:
  downloads  ${CACHE_ROOT}
  instance   ${INST_DIR}
EOF
}

is_uint() { [[ $1 =~ ^[0-9]+$ ]]; }

validate_settings() {
	[[ $INSTANCE =~ ^[A-Za-z0-9][A-Za-z0-9_.-]*$ ]] ||
		die "invalid NEWSGRAPH_NEO4J_INSTANCE '$INSTANCE': use letters, digits, '.', '_' or '-'"
	[[ $NEO4J_VERSION =~ ^[0-9A-Za-z.-]+$ ]] || die "invalid NEO4J_VERSION '$NEO4J_VERSION'"
	[[ $NEO4J_BROWSER_VERSION =~ ^[0-9A-Za-z.-]+$ ]] || die "invalid NEO4J_BROWSER_VERSION '$NEO4J_BROWSER_VERSION'"
	is_uint "$START_TIMEOUT" || die "NEWSGRAPH_NEO4J_START_TIMEOUT must be a number of seconds"
	is_uint "$STOP_TIMEOUT" || die "NEWSGRAPH_NEO4J_STOP_TIMEOUT must be a number of seconds"
	local s
	for s in "$HEAP_SIZE_" "$PAGECACHE_SIZE" "$ADMIN_HEAP_SIZE"; do
		[[ $s =~ ^[0-9]+[kKmMgG]?$ ]] || die "invalid memory size '$s' (use e.g. 512m or 1g)"
	done
}

# Ports: explicit env wins, then what the instance last started with, then defaults.
resolve_ports() {
	local saved_bolt="" saved_http="" key value
	if [[ -f $PORTS_FILE ]]; then
		while IFS='=' read -r key value; do
			case $key in
			BOLT_PORT) saved_bolt=$value ;;
			HTTP_PORT) saved_http=$value ;;
			*) ;;
			esac
		done <"$PORTS_FILE"
	fi
	BOLT_PORT=${NEWSGRAPH_NEO4J_BOLT_PORT:-${saved_bolt:-7687}}
	HTTP_PORT=${NEWSGRAPH_NEO4J_HTTP_PORT:-${saved_http:-7474}}
	local p
	for p in "$BOLT_PORT" "$HTTP_PORT"; do
		{ is_uint "$p" && ((p > 0 && p < 65536)); } || die "invalid port '$p'"
	done
	[[ $BOLT_PORT != "$HTTP_PORT" ]] || die "Bolt and HTTP ports must differ (both $BOLT_PORT)"
}

saved_port() { # saved_port BOLT_PORT|HTTP_PORT -> value from the ports file, or empty
	[[ -f $PORTS_FILE ]] || return 0
	sed -n "s/^$1=//p" "$PORTS_FILE"
}

find_java() {
	local candidate version="" major
	if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
		candidate="$JAVA_HOME/bin/java"
	elif [[ -n ${JAVA_HOME:-} ]] && command -v java >/dev/null 2>&1; then
		log "warning: JAVA_HOME=$JAVA_HOME has no bin/java; using $(command -v java)"
		candidate=$(command -v java)
	elif command -v java >/dev/null 2>&1; then
		candidate=$(command -v java)
	else
		die "java 17 not found: install openjdk-17-jre-headless (apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME"
	fi
	local out
	out=$("$candidate" -version 2>&1) || true
	[[ $out =~ version\ \"([^\"]*)\" ]] && version=${BASH_REMATCH[1]}
	major=${version%%.*}
	[[ $major == 1 ]] && major=$(cut -d. -f2 <<<"$version")
	is_uint "${major:-x}" || die "cannot determine the version of $candidate; Neo4j $NEO4J_VERSION needs Java 17 or 21"
	if ((major < 17)); then
		die "java $version found at $candidate but Neo4j $NEO4J_VERSION needs Java 17 or 21: install openjdk-17-jre-headless or set JAVA_HOME"
	elif ((major != 17 && major != 21)); then
		log "warning: Java $major is not supported by Neo4j $NEO4J_VERSION (17 or 21 are); trying anyway"
	fi
	JAVA_BIN=$candidate
	JAVA_VERSION_OUT=$out
}

# Class data sharing: the classes the server loads at start-up, parsed and
# verified once, are kept in an archive that later starts map instead of
# reading the jars again (the server then starts in about 3.5 s instead of
# 6 here). The first start of a server with a given Java writes it when the
# server stops (-XX:ArchiveClassesAtExit, a few seconds more at that stop),
# into a file of its own instance that the stop then moves into the cache;
# a start finding no usable archive (another Java, a damaged file) runs as
# without one. NEWSGRAPH_NEO4J_CDS=off turns it off.
cds_archive() { # the archive's path for JAVA_BIN
	local key
	key=$(printf '%s\n%s\n' "$JAVA_BIN" "$JAVA_VERSION_OUT" | cksum | cut -d' ' -f1)
	printf '%s/cds/server-%s.jsa' "$DIST_DIR" "$key"
}

cds_opts() { # sets CDS_OPTS for the server's JVM
	CDS_OPTS=()
	[[ ${NEWSGRAPH_NEO4J_CDS:-on} != off ]] || return 0
	local archive
	archive=$(cds_archive)
	if [[ -s $archive ]]; then
		CDS_OPTS=("-XX:SharedArchiveFile=$archive" -Xshare:auto)
	elif mkdir -p "${archive%/*}" 2>/dev/null; then
		CDS_OPTS=("-XX:ArchiveClassesAtExit=$RUN_DIR/cds.jsa")
		printf '%s\n' "$archive" >"$RUN_DIR/cds.target"
	fi
}

cds_keep() { # after the server stopped: move an archive it wrote into the cache
	local target
	[[ -s $RUN_DIR/cds.target ]] || return 0
	target=$(<"$RUN_DIR/cds.target")
	rm -f "$RUN_DIR/cds.target"
	if [[ -s $RUN_DIR/cds.jsa && ! -e $target ]]; then
		mv -f "$RUN_DIR/cds.jsa" "$target.$$.tmp" && mv -f "$target.$$.tmp" "$target" ||
			log "warning: could not keep the class archive in $target; starts stay slower"
	fi
	rm -f "$RUN_DIR/cds.jsa"
}

# ------------------------------------------------------------------ fetch ---

dist_complete() { [[ -f $DIST_DIR/.complete ]] && [[ -d $LIB_DIR ]] && lib_links_ok; }

lib_links_ok() {
	local jar
	for jar in "$LIB_DIR"/*.jar; do
		[[ -e $jar ]] || return 1 # dangling link (e.g. the Maven cache was deleted)
	done
	return 0
}

fetch() {
	if dist_complete; then
		return 0
	fi
	command -v mvn >/dev/null 2>&1 ||
		die "mvn not found: install Maven (apt-get install -y maven); it is used to download Neo4j from Maven Central"
	[[ -f $POM_TEMPLATE ]] || die "missing $POM_TEMPLATE (is the checkout complete?)"
	mkdir -p "$DIST_DIR" "$M2_REPO"
	local pom="$DIST_DIR/pom.xml" cp_file="$DIST_DIR/classpath.txt" fetch_log="$DIST_DIR/fetch.log"
	sed -e "s/@NEO4J_VERSION@/$NEO4J_VERSION/g" -e "s/@NEO4J_BROWSER_VERSION@/$NEO4J_BROWSER_VERSION/g" \
		"$POM_TEMPLATE" >"$pom"
	log "fetching Neo4j $NEO4J_VERSION + Browser $NEO4J_BROWSER_VERSION from Maven Central (first run only, ~175 MB into $CACHE_ROOT)..."
	local start=$SECONDS
	if ! (cd "$DIST_DIR" && mvn -B -ntp -Dstyle.color=never -f "$pom" -Dmaven.repo.local="$M2_REPO" \
		"$DEPENDENCY_PLUGIN:build-classpath" -Dmdep.outputFile="$cp_file" \
		-DincludeScope=runtime -DexcludeTypes=pom) >"$fetch_log" 2>&1; then
		tail -n 30 "$fetch_log" >&2
		die "Maven could not resolve Neo4j $NEO4J_VERSION (full log: $fetch_log). Check that Maven Central is reachable (proxy/mirror in ~/.m2/settings.xml) and that NEO4J_VERSION=$NEO4J_VERSION exists."
	fi
	# lib/ holds symlinks into the Maven cache, so the jars are stored only once.
	local tmp_lib="$DIST_DIR/lib.tmp" jar name count=0
	rm -rf "$tmp_lib"
	mkdir -p "$tmp_lib"
	while IFS= read -r jar || [[ -n $jar ]]; do
		[[ $jar == *.jar ]] || continue
		name=$(basename "$jar")
		[[ -e $tmp_lib/$name ]] && name="$(basename "$(dirname "$(dirname "$jar")")")-$name"
		ln -s "$jar" "$tmp_lib/$name"
		count=$((count + 1))
	done < <(tr ':' '\n' <"$cp_file")
	((count > 100)) || die "only $count jars resolved for Neo4j $NEO4J_VERSION; see $fetch_log"
	ls "$tmp_lib"/neo4j-browser-*.jar >/dev/null 2>&1 || die "neo4j-browser jar missing; see $fetch_log"
	rm -rf "$LIB_DIR"
	mv "$tmp_lib" "$LIB_DIR"
	printf 'neo4j=%s\nbrowser=%s\njars=%s\n' "$NEO4J_VERSION" "$NEO4J_BROWSER_VERSION" "$count" >"$DIST_DIR/.complete"
	log "fetched $count jars in $((SECONDS - start))s ($(du -sh "$M2_REPO" | cut -f1) in $M2_REPO)"
}

# --------------------------------------------------------------- instance ---

server_pid() { # prints the pid of this instance's live server, or fails
	local pid
	[[ -f $PID_FILE ]] || return 1
	pid=$(<"$PID_FILE")
	is_uint "${pid:-x}" || return 1
	kill -0 "$pid" 2>/dev/null || return 1
	# Guard against pid reuse: the process must be this instance's server.
	local cmdline
	cmdline=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
	grep -qxF -- "--home-dir=$INST_DIR" <<<"$cmdline" || return 1
	printf '%s\n' "$pid"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

write_conf() {
	mkdir -p "$CONF_DIR" "$DATA_DIR" "$LOGS_DIR" "$RUN_DIR" "$IMPORT_DIR" "$PLUGINS_DIR"
	cat >"$CONF_DIR/neo4j.conf.tmp" <<EOF
# Generated by $SELF for instance '$INSTANCE' on every start/admin run.
# Do not edit: set NEWSGRAPH_NEO4J_EXTRA_CONF for additional settings.

server.directories.data=$DATA_DIR
server.directories.logs=$LOGS_DIR
server.directories.run=$RUN_DIR
server.directories.import=$IMPORT_DIR
server.directories.plugins=$PLUGINS_DIR
server.directories.lib=$LIB_DIR

# Local only, no TLS.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$BOLT_PORT
server.bolt.tls_level=DISABLED
server.http.enabled=true
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=127.0.0.1:$HTTP_PORT
server.https.enabled=false
dbms.security.auth_enabled=true

# Modest memory for a shared test machine.
server.memory.heap.initial_size=$HEAP_SIZE_
server.memory.heap.max_size=$HEAP_SIZE_
server.memory.pagecache.size=$PAGECACHE_SIZE

# Test box: no usage reporting, keep few transaction logs, stop quickly
# (Bolt's netty shutdown otherwise idles 2 x 5 s).
dbms.usage_report.enabled=false
db.tx_log.rotation.size=64M
db.tx_log.rotation.retention_policy=2 files
internal.dbms.bolt.netty_server_shutdown_quiet_period=1
EOF
	if [[ -n ${NEWSGRAPH_NEO4J_EXTRA_CONF:-} ]]; then
		printf '\n# From NEWSGRAPH_NEO4J_EXTRA_CONF\n%s\n' "$NEWSGRAPH_NEO4J_EXTRA_CONF" >>"$CONF_DIR/neo4j.conf.tmp"
	fi
	mv "$CONF_DIR/neo4j.conf.tmp" "$CONF_DIR/neo4j.conf"
}

# Saves how the instance was started, for programs that stop and start it
# again (newsgraph load's bulk path): the script and the settings, as bash
# that exports them (values quoted by %q). The file lives as long as the
# server runs.
save_control() {
	local name
	{
		printf 'export NEWSGRAPH_NEO4J_SCRIPT=%q\n' "$SCRIPT_DIR/neo4j.sh"
		printf 'export NEWSGRAPH_NEO4J_INSTANCE=%q\n' "$INSTANCE"
		printf 'export NEWSGRAPH_NEO4J_BOLT_PORT=%q\n' "$BOLT_PORT"
		printf 'export NEWSGRAPH_NEO4J_HTTP_PORT=%q\n' "$HTTP_PORT"
		printf 'export NEWSGRAPH_NEO4J_DATA_DIR=%q\n' "$DATA_DIR"
		for name in NEWSGRAPH_NEO4J_HEAP_SIZE NEWSGRAPH_NEO4J_PAGECACHE_SIZE NEWSGRAPH_NEO4J_ADMIN_HEAP_SIZE \
			NEWSGRAPH_NEO4J_START_TIMEOUT NEWSGRAPH_NEO4J_STOP_TIMEOUT NEWSGRAPH_NEO4J_EXTRA_CONF \
			NEWSGRAPH_NEO4J_JAVA_OPTS NEWSGRAPH_NEO4J_CDS NEO4J_VERSION NEO4J_BROWSER_VERSION JAVA_HOME XDG_CACHE_HOME XDG_STATE_HOME; do
			[[ -z ${!name+set} ]] || printf 'export %s=%q\n' "$name" "${!name}"
		done
	} >"$RUN_DIR/control.env.tmp"
	mv "$RUN_DIR/control.env.tmp" "$RUN_DIR/control.env"
}

save_ports() {
	printf 'BOLT_PORT=%s\nHTTP_PORT=%s\n' "$BOLT_PORT" "$HTTP_PORT" >"$PORTS_FILE.tmp"
	mv "$PORTS_FILE.tmp" "$PORTS_FILE"
}

# JVM flags of the official 5.x distribution's neo4j.conf that matter here.
jvm_common_opts() {
	JVM_OPTS=(
		-XX:+UseG1GC
		-XX:-OmitStackTraceInFastThrow
		-XX:+UnlockExperimentalVMOptions
		-XX:+TrustFinalNonStaticFields
		-XX:+DisableExplicitGC
		-XX:+ExitOnOutOfMemoryError
		-Djdk.nio.maxCachedBufferSize=1024
		-Dio.netty.tryReflectionSetAccessible=true
		-Djdk.tls.ephemeralDHKeySize=2048
		-Djdk.tls.rejectClientInitiatedRenegotiation=true
		--add-opens=java.base/java.nio=ALL-UNNAMED
		--add-opens=java.base/java.io=ALL-UNNAMED
		--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
		--enable-native-access=ALL-UNNAMED
		-Dlog4j2.disable.jmx=true
		-Dlog4j.layout.jsonTemplate.maxStringLength=32768
		-Dfile.encoding=UTF-8
	)
}

# Runs neo4j-admin (org.neo4j.cli.AdminTool) for this instance. Arguments are
# passed through a java @argfile so that secrets never show up in `ps`.
run_admin_tool() {
	local argfile status=0 arg
	jvm_common_opts
	argfile=$(umask 077 && mktemp "$RUN_DIR/admin-args.XXXXXX")
	for arg in "$@"; do
		[[ $arg != *$'\n'* ]] || die "neo4j-admin arguments must not contain newlines"
		arg=${arg//\\/\\\\}
		printf '"%s"\n' "${arg//\"/\\\"}" >>"$argfile"
	done
	NEO4J_HOME="$INST_DIR" NEO4J_CONF="$CONF_DIR" \
		"$JAVA_BIN" "${JVM_OPTS[@]}" "-Xmx$ADMIN_HEAP_SIZE" -cp "$CONF_DIR/*:$LIB_DIR/*" \
		"$ADMIN_MAIN" "@$argfile" || status=$?
	rm -f "$argfile"
	return "$status"
}

# Sets the initial password before the system database is first created
# (first start, or first start after `reset`).
init_password() {
	if [[ -d $DATA_DIR/databases/system ]]; then
		[[ -s $PASSWORD_FILE ]] ||
			die "instance is initialised but $PASSWORD_FILE is missing; restore it or wipe the instance with: $SELF_CMD reset"
		if [[ -n ${NEO4J_PASSWORD:-} && $NEO4J_PASSWORD != "$(<"$PASSWORD_FILE")" ]]; then
			log "warning: NEO4J_PASSWORD ignored: the instance is already initialised; its password is in $PASSWORD_FILE (use reset to re-initialise)"
		fi
		return 0
	fi
	local password source
	if [[ -n ${NEO4J_PASSWORD:-} ]]; then
		password=$NEO4J_PASSWORD
		source="NEO4J_PASSWORD"
	elif [[ -s $PASSWORD_FILE ]]; then
		password=$(<"$PASSWORD_FILE")
		source="existing $PASSWORD_FILE"
	else
		password=$(head -c 48 /dev/urandom | base64 -w 0 | tr -dc 'A-Za-z0-9' | cut -c1-24)
		source="a new random password"
	fi
	((${#password} >= 8)) || die "NEO4J_PASSWORD must be at least 8 characters (Neo4j's minimum)"
	[[ $password != *$'\n'* ]] || die "NEO4J_PASSWORD must not contain newlines"
	log "setting the initial password of user neo4j from $source (stored in $PASSWORD_FILE)"
	rm -f "$DATA_DIR/dbms/auth.ini"
	run_admin_tool dbms set-initial-password "$password" >"$LOGS_DIR/set-initial-password.log" 2>&1 || {
		cat "$LOGS_DIR/set-initial-password.log" >&2
		die "neo4j-admin dbms set-initial-password failed"
	}
	(umask 077 && printf '%s' "$password" >"$PASSWORD_FILE.tmp")
	chmod 600 "$PASSWORD_FILE.tmp"
	mv "$PASSWORD_FILE.tmp" "$PASSWORD_FILE"
}

# Runs `RETURN 1` through the HTTP API with basic auth.
# Returns 0 when it works, 2 on authentication failure, 1 otherwise.
check_query() {
	local password code body_file esc
	[[ -s $PASSWORD_FILE ]] || return 1
	password=$(<"$PASSWORD_FILE")
	esc=${password//\\/\\\\}
	esc=${esc//\"/\\\"}
	body_file=$(mktemp)
	code=$(printf 'user = "neo4j:%s"\n' "$esc" | curl -sS -o "$body_file" -w '%{http_code}' --max-time 10 \
		-K - -H 'Content-Type: application/json' -H 'Accept: application/json' \
		--data-binary '{"statements":[{"statement":"RETURN 1 AS ok"}]}' \
		"http://127.0.0.1:$HTTP_PORT/db/neo4j/tx/commit" 2>/dev/null) || code=000
	local rc=1
	if [[ $code == 200 ]] && grep -q '"errors":\[\]' "$body_file"; then
		rc=0
	elif [[ $code == 401 || $code == 403 ]]; then
		rc=2
	fi
	rm -f "$body_file"
	return "$rc"
}

healthy() { # healthy -> 0 ok, 1 not ready, 2 auth failed
	port_in_use "$BOLT_PORT" || return 1
	local rc=0
	check_query || rc=$?
	return "$rc"
}

show_log_tail() {
	local f
	for f in "$LOGS_DIR/neo4j.log" "$CONSOLE_LOG"; do
		if [[ -s $f ]]; then
			printf -- '----- last lines of %s -----\n' "$f" >&2
			tail -n "${1:-25}" "$f" >&2
		fi
	done
}

wait_ready() { # wait_ready PID
	local pid=$1 deadline=$((SECONDS + START_TIMEOUT)) rc auth_failures=0
	while :; do
		if ! kill -0 "$pid" 2>/dev/null; then
			rm -f "$PID_FILE"
			show_log_tail 40
			die "Neo4j exited during startup; see the log lines above and $LOGS_DIR/debug.log"
		fi
		rc=0
		healthy || rc=$?
		case $rc in
		0) return 0 ;;
		2)
			auth_failures=$((auth_failures + 1))
			((auth_failures < 2)) ||
				die "Neo4j is up but rejects the password in $PASSWORD_FILE; if it was changed, re-initialise with: $SELF_CMD reset"
			;;
		*) auth_failures=0 ;;
		esac
		if ((SECONDS >= deadline)); then
			show_log_tail 40
			die "Neo4j (pid $pid) did not become ready within ${START_TIMEOUT}s. Check $LOGS_DIR/neo4j.log and debug.log, that ports $BOLT_PORT/$HTTP_PORT are free, and memory; raise NEWSGRAPH_NEO4J_START_TIMEOUT for a slow machine. The process is left running; stop it with: $SELF_CMD stop"
		fi
		sleep 0.5
	done
}

urls() { printf 'bolt://127.0.0.1:%s  http://127.0.0.1:%s/browser/' "$BOLT_PORT" "$HTTP_PORT"; }

# ---------------------------------------------------------------- commands ---

cmd_start() {
	resolve_ports
	local pid
	if pid=$(server_pid); then
		local running_bolt running_http
		running_bolt=$(saved_port BOLT_PORT)
		running_http=$(saved_port HTTP_PORT)
		if [[ ${running_bolt:-$BOLT_PORT} != "$BOLT_PORT" || ${running_http:-$HTTP_PORT} != "$HTTP_PORT" ]]; then
			log "warning: already running on Bolt ${running_bolt} / HTTP ${running_http}; stop it first to change ports"
			BOLT_PORT=${running_bolt:-$BOLT_PORT}
			HTTP_PORT=${running_http:-$HTTP_PORT}
		fi
		if [[ -n ${NEO4J_PASSWORD:-} && -s $PASSWORD_FILE && $NEO4J_PASSWORD != "$(<"$PASSWORD_FILE")" ]]; then
			log "warning: NEO4J_PASSWORD ignored: the instance is already initialised; its password is in $PASSWORD_FILE"
		fi
		log "already running (pid $pid); waiting until healthy"
		wait_ready "$pid"
		log "ready: $(urls)"
		return 0
	fi
	find_java
	fetch
	mkdir -p "$RUN_DIR"
	# Serialise concurrent starts of the same instance (flock is util-linux).
	if command -v flock >/dev/null 2>&1; then
		exec 9>"$RUN_DIR/start.lock"
		flock -w "$START_TIMEOUT" 9 || die "another '$SELF start' for this instance is still running"
		if pid=$(server_pid); then
			log "started concurrently (pid $pid); waiting until healthy"
			wait_ready "$pid"
			log "ready: $(urls)"
			return 0
		fi
	fi
	rm -f "$PID_FILE"
	local port
	for port in "$BOLT_PORT" "$HTTP_PORT"; do
		if port_in_use "$port"; then
			die "port $port on 127.0.0.1 is already in use (another instance or program?). Pick free ports for instance '$INSTANCE' with NEWSGRAPH_NEO4J_BOLT_PORT / NEWSGRAPH_NEO4J_HTTP_PORT"
		fi
	done
	write_conf
	save_ports
	init_password

	jvm_common_opts
	local extra_opts=()
	if [[ -n ${NEWSGRAPH_NEO4J_JAVA_OPTS:-} ]]; then
		read -r -a extra_opts <<<"$NEWSGRAPH_NEO4J_JAVA_OPTS"
	fi
	log "starting Neo4j $NEO4J_VERSION (heap $HEAP_SIZE_, page cache $PAGECACHE_SIZE) on $(urls)"
	local start=$SECONDS
	printf -- '----- %s starting Neo4j %s -----\n' "$(date -u +%FT%TZ)" "$NEO4J_VERSION" >>"$CONSOLE_LOG"
	# Own process group (set -m) so terminal signals to the caller do not reach it.
	set -m
	cds_opts
	nohup "$JAVA_BIN" "${JVM_OPTS[@]}" "${CDS_OPTS[@]}" "-Xms$HEAP_SIZE_" "-Xmx$HEAP_SIZE_" "${extra_opts[@]}" \
		-cp "$CONF_DIR/*:$LIB_DIR/*" "$SERVER_MAIN" \
		"--home-dir=$INST_DIR" "--config-dir=$CONF_DIR" \
		</dev/null >>"$CONSOLE_LOG" 2>&1 9>&- &
	pid=$!
	set +m
	printf '%s\n' "$pid" >"$PID_FILE"
	save_control
	wait_ready "$pid"
	log "ready in $((SECONDS - start))s (pid $pid): $(urls)"
}

cmd_stop() {
	local pid
	if ! pid=$(server_pid); then
		rm -f "$PID_FILE"
		log "not running"
		return 0
	fi
	log "stopping (pid $pid)..."
	local start=$SECONDS deadline=$((SECONDS + STOP_TIMEOUT))
	kill -TERM "$pid" 2>/dev/null || true
	while kill -0 "$pid" 2>/dev/null; do
		if ((SECONDS >= deadline)); then
			log "still running after ${STOP_TIMEOUT}s; sending SIGKILL (the database will run recovery on next start)"
			kill -KILL "$pid" 2>/dev/null || true
			local waited=0
			while kill -0 "$pid" 2>/dev/null && ((waited < 50)); do
				sleep 0.1
				waited=$((waited + 1))
			done
			break
		fi
		sleep 0.2
	done
	rm -f "$PID_FILE"
	cds_keep
	log "stopped in $((SECONDS - start))s"
}

cmd_status() {
	resolve_ports
	local pid rc=0
	if ! pid=$(server_pid); then
		rm -f "$PID_FILE" 2>/dev/null || true
		log "stopped"
		return 3
	fi
	healthy || rc=$?
	case $rc in
	0)
		log "running and healthy (pid $pid, Neo4j $NEO4J_VERSION): $(urls)"
		return 0
		;;
	2)
		log "running (pid $pid) but the password in $PASSWORD_FILE is rejected"
		return 1
		;;
	*)
		log "running (pid $pid) but not answering yet on $(urls); see: $SELF_CMD logs"
		return 1
		;;
	esac
}

cmd_reset() {
	cmd_stop
	[[ -d $INST_DIR ]] || {
		log "nothing to reset"
		return 0
	}
	log "wiping $DATA_DIR, $LOGS_DIR, $IMPORT_DIR (keeping $PASSWORD_FILE and the downloads)"
	rm -rf "$DATA_DIR" "$LOGS_DIR" "$RUN_DIR" "$IMPORT_DIR" "$CONF_DIR" "$PLUGINS_DIR"
}

cmd_env() {
	resolve_ports
	[[ -s $PASSWORD_FILE ]] ||
		log "note: $PASSWORD_FILE does not exist yet; run: $SELF_CMD start"
	printf 'export NEO4J_URI=%q\n' "bolt://127.0.0.1:$BOLT_PORT"
	printf 'export NEO4J_USERNAME=neo4j\n'
	printf 'export NEO4J_PASSWORD_FILE=%q\n' "$PASSWORD_FILE"
	printf 'export NEO4J_DATABASE=neo4j\n'
	printf 'export NEWSGRAPH_NEO4J_HTTP_URL=%q\n' "http://127.0.0.1:$HTTP_PORT"
	printf 'export NEWSGRAPH_NEO4J_IMPORT_DIR=%q\n' "$IMPORT_DIR"
}

cmd_admin() {
	(($# > 0)) || set -- --help
	resolve_ports
	find_java
	fetch
	local args=("$@")
	if server_pid >/dev/null; then
		if [[ ${args[0]:-} == database && ${args[1]:-} == import ]]; then
			die "the server is running and holds the database lock; stop it first: $SELF_CMD stop"
		fi
	else
		write_conf # keep the config in step with the environment when the server is down
	fi
	mkdir -p "$RUN_DIR" "$LOGS_DIR"
	# neo4j-admin import writes import.report into the cwd by default; keep it out of the repo.
	if [[ ${args[0]:-} == database && ${args[1]:-} == import && ${args[2]:-} =~ ^(full|incremental)$ ]]; then
		local a has_report=false
		for a in "${args[@]}"; do [[ $a == --report-file* ]] && has_report=true; done
		$has_report || args=("${args[@]:0:3}" "--report-file=$LOGS_DIR/import.report" "${args[@]:3}")
	fi
	run_admin_tool "${args[@]}"
}

cmd_logs() {
	local follow=false lines=100 which=neo4j
	while (($# > 0)); do
		case $1 in
		-f | --follow) follow=true ;;
		-n)
			shift
			lines=${1:?-n needs a number}
			;;
		neo4j | debug | http | query | security) which=$1 ;;
		console) which=console ;;
		*) die "unknown logs argument '$1' (see: $SELF help)" ;;
		esac
		shift
	done
	local file="$LOGS_DIR/$which.log"
	[[ -f $file ]] || die "no log file $file yet (has the instance been started?)"
	if $follow; then
		exec tail -n "$lines" -F "$file"
	fi
	tail -n "$lines" "$file"
}

main() {
	local cmd=${1:-help}
	(($# > 0)) && shift
	validate_settings
	case $cmd in
	start) cmd_start ;;
	stop) cmd_stop ;;
	status) cmd_status ;;
	restart)
		cmd_stop
		cmd_start
		;;
	reset) cmd_reset ;;
	env) cmd_env ;;
	admin) cmd_admin "$@" ;;
	logs) cmd_logs "$@" ;;
	fetch)
		find_java
		fetch
		log "Neo4j $NEO4J_VERSION is in $DIST_DIR"
		;;
	help | -h | --help) usage ;;
	*)
		usage >&2
		die "unknown command '$cmd'"
		;;
	esac
}

main "$@"
