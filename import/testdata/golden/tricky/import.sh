#!/bin/sh
# Loads this export into a Neo4j database with neo4j-admin (written by
# newsgraph export).
#
# The server must be stopped, and the database empty or not created yet
# (add --overwrite-destination to replace it). Then start the server and run
# after-import.cypher once: it creates the id constraints and stores the
# empty lists, which neo4j-admin cannot write.
#
#   ./import.sh [DATABASE] [neo4j-admin options...]     (DATABASE: neo4j)
#   cypher-shell -d DATABASE -f after-import.cypher
#
# NEO4J_ADMIN is the neo4j-admin command (default: neo4j-admin), e.g. for
# the local server of newsgraph's scripts/neo4j.sh:
#
#   NEO4J_ADMIN="scripts/neo4j.sh admin" ./import.sh neo4j --overwrite-destination
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
db=neo4j
case ${1:-} in
-* | '') ;;
*)
	db=$1
	shift
	;;
esac
# NEO4J_ADMIN may hold arguments: it is split on spaces on purpose.
# shellcheck disable=SC2086
exec ${NEO4J_ADMIN:-neo4j-admin} database import full "$db" \
	--id-type=string \
	--delimiter=, \
	'--quote="' \
	--array-delimiter=U+001F \
	--bad-tolerance=0 \
	--skip-bad-relationships=false \
	--skip-duplicate-nodes=false \
	--strict=true \
	--multiline-fields-format=v2 \
	"--multiline-fields=$dir/Article.multiline.csv,$dir/Organization.multiline.csv,$dir/Source.multiline.csv,$dir/Claim.multiline.csv,$dir/WORKS_FOR.Person.Organization.multiline.csv" \
	"$@" \
	"--nodes=Article=$dir/Article.csv" \
	"--nodes=Article=$dir/Article.multiline.csv" \
	"--nodes=Person=$dir/Person.csv" \
	"--nodes=Outlet=$dir/Outlet.csv" \
	"--nodes=Country=$dir/Country.csv" \
	"--nodes=Organization=$dir/Organization.csv" \
	"--nodes=Organization=$dir/Organization.multiline.csv" \
	"--nodes=Event=$dir/Event.csv" \
	"--nodes=Source=$dir/Source.csv" \
	"--nodes=Source=$dir/Source.multiline.csv" \
	"--nodes=Claim=$dir/Claim.csv" \
	"--nodes=Claim=$dir/Claim.multiline.csv" \
	"--relationships=PUBLISHED_BY=$dir/PUBLISHED_BY.Article.Outlet.csv" \
	"--relationships=WRITTEN_BY=$dir/WRITTEN_BY.Article.Person.csv" \
	"--relationships=MENTIONS=$dir/MENTIONS.Article.Person.csv" \
	"--relationships=MENTIONS=$dir/MENTIONS.Article.Country.csv" \
	"--relationships=MENTIONS=$dir/MENTIONS.Article.Organization.csv" \
	"--relationships=MENTIONS=$dir/MENTIONS.Article.Event.csv" \
	"--relationships=MENTIONS=$dir/MENTIONS.Article.Source.csv" \
	"--relationships=CLAIMS=$dir/CLAIMS.Person.Claim.csv" \
	"--relationships=CLAIMS=$dir/CLAIMS.Event.Claim.csv" \
	"--relationships=CLAIMS=$dir/CLAIMS.Source.Claim.csv" \
	"--relationships=REPORTED_IN=$dir/REPORTED_IN.Claim.Article.csv" \
	"--relationships=ABOUT=$dir/ABOUT.Claim.Country.csv" \
	"--relationships=ABOUT=$dir/ABOUT.Claim.Organization.csv" \
	"--relationships=ABOUT=$dir/ABOUT.Claim.Source.csv" \
	"--relationships=STANCE=$dir/STANCE.Person.Organization.csv" \
	"--relationships=STANCE=$dir/STANCE.Source.Country.csv" \
	"--relationships=WORKS_FOR=$dir/WORKS_FOR.Person.Organization.csv" \
	"--relationships=WORKS_FOR=$dir/WORKS_FOR.Person.Organization.multiline.csv" \
	"--relationships=LOCATED_IN=$dir/LOCATED_IN.Organization.Country.csv"
