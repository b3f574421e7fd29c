// name: relations
// description: The factual relations of one entity (leader of, member of, works for, affiliated with, located in, part of), both ways, with how many articles state each
// param: entity string — name, alias or id of the entity, any case (see find-entity)
// param: limit int = 50 — most relations listed
// example: entity="Vladimir Putin"
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($entity, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($entity) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($entity))
  RETURN node, CASE WHEN toLower(node.name) = toLower($entity) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $entity})
  RETURN node, 0 AS rank
}
WITH node AS e ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
MATCH (e)-[r:LEADER_OF|MEMBER_OF|WORKS_FOR|AFFILIATED_WITH|LOCATED_IN|PART_OF]-(other)
WITH startNode(r) AS subject, type(r) AS predicate, endNode(r) AS object, r
ORDER BY r.article
WITH subject, predicate, object, count(r) AS articles, collect(r.evidence)[0] AS evidence
RETURN subject.name AS subject, predicate, object.name AS object, articles, evidence,
       subject.id AS subject_id, object.id AS object_id
ORDER BY articles DESC, subject_id, predicate, object_id
LIMIT toInteger($limit)
