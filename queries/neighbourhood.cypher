// name: neighbourhood
// description: The neighbourhood of one entity: who and what is mentioned in the same articles, in how many, and in how many claims the two share
// param: entity string — name, alias or id of the entity, any case (see find-entity)
// param: types list<string> = [] — only neighbours with these labels (Person, Outlet, Country, Organization, Event, Source); [] for all
// param: limit int = 25 — most neighbours listed
// example: entity="Vladimir Putin" types=Person,Country
//
// claims counts the claims both are part of, as speaker or as subject
// (each claim once).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($entity, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($entity) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($entity))
  RETURN node, CASE WHEN toLower(node.name) = toLower($entity) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $entity})
  RETURN node, 0 AS rank
}
WITH node AS e ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
// count first, then read the labels of each neighbour once. Two MATCHes,
// not one pattern: one pattern would check, row by row, that the two
// MENTIONS differ, and only articles have MENTIONS; e itself is dropped
// after counting, once.
CALL (e) {
  MATCH (e)<-[:MENTIONS]-(a)
  MATCH (a)-[:MENTIONS]->(other)
  WITH other, count(*) AS articles
  WHERE other <> e AND (size($types) = 0 OR any(l IN labels(other) WHERE l IN $types))
  WITH other, articles ORDER BY articles DESC, other.id
  LIMIT toInteger($limit)
  RETURN collect([other, articles]) AS top
}
// the claims of e, each read once, against the neighbours listed
CALL (e, top) {
  WITH e, [t IN top | t[0]] AS others
  MATCH (e)-[:CLAIMS|ABOUT]-(c)
  MATCH (c)-[:CLAIMS|ABOUT]-(other)
  WHERE other IN others AND other <> e
  WITH other, count(DISTINCT c) AS claims
  RETURN collect([elementId(other), claims]) AS shared
}
UNWIND top AS t
WITH e, t[0] AS other, t[1] AS articles, shared
RETURN e.name AS entity, other.name AS neighbour, labels(other)[0] AS type, articles,
       coalesce(head([s IN shared WHERE s[0] = elementId(other) | s[1]]), 0) AS claims, other.id AS id
ORDER BY articles DESC, id
