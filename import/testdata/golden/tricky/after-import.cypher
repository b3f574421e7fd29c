// Run once after loading this export with neo4j-admin (import.sh), with the
// server started again:
//
//   cypher-shell -d neo4j -f after-import.cypher
//
// It creates the uniqueness constraints on id that newsgraph's MERGE relies
// on (newsgraph load and newsgraph import add the other indexes when they
// first run), stores the empty lists: neo4j-admin reads an empty field
// as no property, and it cannot write an empty list; and counts the
// summaries newsgraph keeps (QUOTED_BY), which the files do not hold.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CALL db.awaitIndexes(300);

MATCH (n:Article) WHERE n.authors IS NULL
CALL (n) {
  SET n.authors = []
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (n:Person) WHERE n.aliases IS NULL
CALL (n) {
  SET n.aliases = []
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (n:Person) WHERE n.titles IS NULL
CALL (n) {
  SET n.titles = []
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (n:Outlet) WHERE n.aliases IS NULL
CALL (n) {
  SET n.aliases = []
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (n:Country) WHERE n.aliases IS NULL
CALL (n) {
  SET n.aliases = []
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (n:Organization) WHERE n.aliases IS NULL
CALL (n) {
  SET n.aliases = []
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (n:Event) WHERE n.aliases IS NULL
CALL (n) {
  SET n.aliases = []
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (n:Source) WHERE n.aliases IS NULL
CALL (n) {
  SET n.aliases = []
} IN TRANSACTIONS OF 10000 ROWS;

// The summaries (QUOTED_BY), counted from the graph.

MATCH ()-[q:QUOTED_BY]->()
CALL (q) {
  DELETE q
} IN TRANSACTIONS OF 10000 ROWS;

MATCH (o:Outlet)
CALL (o) {
  MATCH (o)<-[:PUBLISHED_BY]-(a:Article)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(s)
  WITH s, a.outlet AS outlet, count(c) AS claims, sum(CASE c.kind WHEN 'direct' THEN 1 ELSE 0 END) AS direct, count(DISTINCT a) AS articles
  CREATE (s)-[:QUOTED_BY {outlet: outlet, claims: claims, direct: direct, articles: articles}]->(o)
} IN TRANSACTIONS OF 10 ROWS;
