// Loads this export into a running Neo4j with LOAD CSV (written by
// newsgraph export).
//
// The files are read from 'file:///'<name>. With that prefix, file:///, the
// server reads them from the top of its import directory
// (server.directories.import; NEWSGRAPH_NEO4J_IMPORT_DIR in the output of
// scripts/neo4j.sh env): copy them there first, then run the script:
//
//   cp DIR/*.csv "$NEWSGRAPH_NEO4J_IMPORT_DIR"/
//   cypher-shell -d neo4j -f DIR/load-csv.cypher
//
// (newsgraph export --url-prefix writes another prefix). Each statement
// commits every 10000 rows (CALL ... IN TRANSACTIONS), which needs an
// auto-commit transaction: cypher-shell runs statements so; in Neo4j Browser
// prefix each one with :auto.
//
// The script is for an empty database, and safe to run again: it MERGEs on
// id and sets the properties of the files, then counts the summaries
// newsgraph keeps (QUOTED_BY) anew from the whole graph. To add an export to
// a graph that already holds other articles, use newsgraph import, which
// merges the names and aliases of shared entities as newsgraph load does.

// NOTE: values in Person.csv, Claim.multiline.csv hold a backslash before a quote or another
// backslash (or at their end). LOAD CSV reads them as written only when the
// server's neo4j.conf sets dbms.import.csv.legacy_quote_escaping=false; with
// the default, true, it reads \" as a quote and \\ as one backslash, and
// may fail on those files.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CALL db.awaitIndexes(300);

LOAD CSV WITH HEADERS FROM 'file:///Article.csv' AS row
CALL (row) {
  MERGE (n:Article {id: row.`id:ID(Article)`})
  SET n = {id: row.`id:ID(Article)`,
    title: row.title,
    url: row.url,
    outlet: row.outlet,
    published: row.published,
    authors: CASE coalesce(row.`authors:string[]`, '') WHEN '' THEN [] ELSE split(row.`authors:string[]`, '\u001F') END,
    language: row.language,
    word_count: toInteger(row.`word_count:long`),
    sha256: row.sha256,
    doc_sha256: row.doc_sha256}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Article.multiline.csv' AS row
CALL (row) {
  MERGE (n:Article {id: row.`id:ID(Article)`})
  SET n = {id: row.`id:ID(Article)`,
    title: row.title,
    url: row.url,
    outlet: row.outlet,
    published: row.published,
    authors: CASE coalesce(row.`authors:string[]`, '') WHEN '' THEN [] ELSE split(row.`authors:string[]`, '\u001F') END,
    language: row.language,
    word_count: toInteger(row.`word_count:long`),
    sha256: row.sha256,
    doc_sha256: row.doc_sha256}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Person.csv' AS row
CALL (row) {
  MERGE (n:Person {id: row.`id:ID(Person)`})
  SET n = {id: row.`id:ID(Person)`,
    name: coalesce(row.name, ''),
    aliases: CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '\u001F') END,
    titles: CASE coalesce(row.`titles:string[]`, '') WHEN '' THEN [] ELSE split(row.`titles:string[]`, '\u001F') END}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Outlet.csv' AS row
CALL (row) {
  MERGE (n:Outlet {id: row.`id:ID(Outlet)`})
  SET n = {id: row.`id:ID(Outlet)`,
    name: coalesce(row.name, ''),
    aliases: CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '\u001F') END}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Country.csv' AS row
CALL (row) {
  MERGE (n:Country {id: row.`id:ID(Country)`})
  SET n = {id: row.`id:ID(Country)`,
    name: coalesce(row.name, ''),
    aliases: CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '\u001F') END,
    iso2: row.iso2,
    iso3: row.iso3}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Organization.csv' AS row
CALL (row) {
  MERGE (n:Organization {id: row.`id:ID(Organization)`})
  SET n = {id: row.`id:ID(Organization)`,
    name: coalesce(row.name, ''),
    aliases: CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '\u001F') END,
    kind: row.kind}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Organization.multiline.csv' AS row
CALL (row) {
  MERGE (n:Organization {id: row.`id:ID(Organization)`})
  SET n = {id: row.`id:ID(Organization)`,
    name: coalesce(row.name, ''),
    aliases: CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '\u001F') END,
    kind: row.kind}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Event.csv' AS row
CALL (row) {
  MERGE (n:Event {id: row.`id:ID(Event)`})
  SET n = {id: row.`id:ID(Event)`,
    name: coalesce(row.name, ''),
    aliases: CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '\u001F') END,
    date: row.date}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Source.csv' AS row
CALL (row) {
  MERGE (n:Source {id: row.`id:ID(Source)`})
  SET n = {id: row.`id:ID(Source)`,
    name: coalesce(row.name, ''),
    aliases: CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '\u001F') END,
    description: row.description,
    anonymous: toBoolean(row.`anonymous:boolean`),
    close_to: row.close_to}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Source.multiline.csv' AS row
CALL (row) {
  MERGE (n:Source {id: row.`id:ID(Source)`})
  SET n = {id: row.`id:ID(Source)`,
    name: coalesce(row.name, ''),
    aliases: CASE coalesce(row.`aliases:string[]`, '') WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '\u001F') END,
    description: row.description,
    anonymous: toBoolean(row.`anonymous:boolean`),
    close_to: row.close_to}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Claim.csv' AS row
CALL (row) {
  MERGE (n:Claim {id: row.`id:ID(Claim)`})
  SET n = {id: row.`id:ID(Claim)`,
    text: coalesce(row.text, ''),
    kind: coalesce(row.kind, ''),
    cue: row.cue,
    start: toInteger(row.`start:long`),
    end: toInteger(row.`end:long`),
    sentence: row.sentence}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///Claim.multiline.csv' AS row
CALL (row) {
  MERGE (n:Claim {id: row.`id:ID(Claim)`})
  SET n = {id: row.`id:ID(Claim)`,
    text: coalesce(row.text, ''),
    kind: coalesce(row.kind, ''),
    cue: row.cue,
    start: toInteger(row.`start:long`),
    end: toInteger(row.`end:long`),
    sentence: row.sentence}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///PUBLISHED_BY.Article.Outlet.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Outlet {id: row.`:END_ID(Outlet)`})
  MERGE (a)-[r:PUBLISHED_BY]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///WRITTEN_BY.Article.Person.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Person {id: row.`:END_ID(Person)`})
  MERGE (a)-[r:WRITTEN_BY]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///MENTIONS.Article.Person.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Person {id: row.`:END_ID(Person)`})
  MERGE (a)-[r:MENTIONS]->(b)
  SET r = {
    count: toInteger(row.`count:long`),
    first: toInteger(row.`first:long`)}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///MENTIONS.Article.Country.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Country {id: row.`:END_ID(Country)`})
  MERGE (a)-[r:MENTIONS]->(b)
  SET r = {
    count: toInteger(row.`count:long`),
    first: toInteger(row.`first:long`)}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///MENTIONS.Article.Organization.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Organization {id: row.`:END_ID(Organization)`})
  MERGE (a)-[r:MENTIONS]->(b)
  SET r = {
    count: toInteger(row.`count:long`),
    first: toInteger(row.`first:long`)}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///MENTIONS.Article.Event.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Event {id: row.`:END_ID(Event)`})
  MERGE (a)-[r:MENTIONS]->(b)
  SET r = {
    count: toInteger(row.`count:long`),
    first: toInteger(row.`first:long`)}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///MENTIONS.Article.Source.csv' AS row
CALL (row) {
  MATCH (a:Article {id: row.`:START_ID(Article)`})
  MATCH (b:Source {id: row.`:END_ID(Source)`})
  MERGE (a)-[r:MENTIONS]->(b)
  SET r = {
    count: toInteger(row.`count:long`),
    first: toInteger(row.`first:long`)}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///CLAIMS.Person.Claim.csv' AS row
CALL (row) {
  MATCH (a:Person {id: row.`:START_ID(Person)`})
  MATCH (b:Claim {id: row.`:END_ID(Claim)`})
  MERGE (a)-[r:CLAIMS]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///CLAIMS.Event.Claim.csv' AS row
CALL (row) {
  MATCH (a:Event {id: row.`:START_ID(Event)`})
  MATCH (b:Claim {id: row.`:END_ID(Claim)`})
  MERGE (a)-[r:CLAIMS]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///CLAIMS.Source.Claim.csv' AS row
CALL (row) {
  MATCH (a:Source {id: row.`:START_ID(Source)`})
  MATCH (b:Claim {id: row.`:END_ID(Claim)`})
  MERGE (a)-[r:CLAIMS]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///REPORTED_IN.Claim.Article.csv' AS row
CALL (row) {
  MATCH (a:Claim {id: row.`:START_ID(Claim)`})
  MATCH (b:Article {id: row.`:END_ID(Article)`})
  MERGE (a)-[r:REPORTED_IN]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///ABOUT.Claim.Country.csv' AS row
CALL (row) {
  MATCH (a:Claim {id: row.`:START_ID(Claim)`})
  MATCH (b:Country {id: row.`:END_ID(Country)`})
  MERGE (a)-[r:ABOUT]->(b)
  SET r = {
    speaker_type: row.speaker_type,
    published: row.published,
    entity: row.entity}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///ABOUT.Claim.Organization.csv' AS row
CALL (row) {
  MATCH (a:Claim {id: row.`:START_ID(Claim)`})
  MATCH (b:Organization {id: row.`:END_ID(Organization)`})
  MERGE (a)-[r:ABOUT]->(b)
  SET r = {
    speaker_type: row.speaker_type,
    published: row.published,
    entity: row.entity}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///ABOUT.Claim.Source.csv' AS row
CALL (row) {
  MATCH (a:Claim {id: row.`:START_ID(Claim)`})
  MATCH (b:Source {id: row.`:END_ID(Source)`})
  MERGE (a)-[r:ABOUT]->(b)
  SET r = {
    speaker_type: row.speaker_type,
    published: row.published,
    entity: row.entity}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///STANCE.Person.Organization.csv' AS row
CALL (row) {
  MATCH (a:Person {id: row.`:START_ID(Person)`})
  MATCH (b:Organization {id: row.`:END_ID(Organization)`})
  MERGE (a)-[r:STANCE {article: row.article}]->(b)
  SET r = {
    polarity: coalesce(row.polarity, ''),
    score: toFloat(row.`score:double`),
    evidence: row.evidence,
    article: coalesce(row.article, ''),
    claim: row.claim}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///STANCE.Source.Country.csv' AS row
CALL (row) {
  MATCH (a:Source {id: row.`:START_ID(Source)`})
  MATCH (b:Country {id: row.`:END_ID(Country)`})
  MERGE (a)-[r:STANCE {article: row.article}]->(b)
  SET r = {
    polarity: coalesce(row.polarity, ''),
    score: toFloat(row.`score:double`),
    evidence: row.evidence,
    article: coalesce(row.article, ''),
    claim: row.claim}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///WORKS_FOR.Person.Organization.csv' AS row
CALL (row) {
  MATCH (a:Person {id: row.`:START_ID(Person)`})
  MATCH (b:Organization {id: row.`:END_ID(Organization)`})
  MERGE (a)-[r:WORKS_FOR {article: row.article}]->(b)
  SET r = {
    article: coalesce(row.article, ''),
    evidence: row.evidence}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///WORKS_FOR.Person.Organization.multiline.csv' AS row
CALL (row) {
  MATCH (a:Person {id: row.`:START_ID(Person)`})
  MATCH (b:Organization {id: row.`:END_ID(Organization)`})
  MERGE (a)-[r:WORKS_FOR {article: row.article}]->(b)
  SET r = {
    article: coalesce(row.article, ''),
    evidence: row.evidence}
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///LOCATED_IN.Organization.Country.csv' AS row
CALL (row) {
  MATCH (a:Organization {id: row.`:START_ID(Organization)`})
  MATCH (b:Country {id: row.`:END_ID(Country)`})
  MERGE (a)-[r:LOCATED_IN {article: row.article}]->(b)
  SET r = {
    article: coalesce(row.article, ''),
    evidence: row.evidence}
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
