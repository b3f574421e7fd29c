// name: neighbourhood
// description: The neighbourhood of one entity: who and what is mentioned in the same articles, in how many, and in how many claims the two share
// param: entity string — name, alias or id of the entity, any case (see find-entity)
// param: types list<string> = [] — only neighbours with these labels (Person, Outlet, Country, Organization, Event, Source); [] for all
// param: limit int = 25 — most neighbours listed
// example: entity="Vladimir Putin" types=Person,Country
//
// claims counts the claims both are part of, as speaker or as subject.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($entity, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($entity) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($entity))
  RETURN node, CASE WHEN toLower(node.name) = toLower($entity) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $entity})
  RETURN node, 0 AS rank
}
WITH node AS e ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
MATCH (e)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(other)
WHERE other <> e AND (size($types) = 0 OR any(l IN labels(other) WHERE l IN $types))
WITH e, other, count(a) AS articles
ORDER BY articles DESC, other.id
LIMIT toInteger($limit)
RETURN e.name AS entity, other.name AS neighbour, labels(other)[0] AS type, articles,
       COUNT { (e)-[:CLAIMS|ABOUT]-(:Claim)-[:CLAIMS|ABOUT]-(other) } AS claims, other.id AS id
