// name: timeline
// description: An entity's timeline across articles: each article that mentions it, by date, with how often, what it claimed there and the stances it took
// param: entity string — name, alias or id of the entity, any case (see find-entity)
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: limit int = 100 — most articles listed
// example: entity="Tony Blair"
//
// Undated articles come last.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($entity, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($entity) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($entity))
  RETURN node, CASE WHEN toLower(node.name) = toLower($entity) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $entity})
  RETURN node, 0 AS rank
}
WITH node AS e ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
MATCH (e)<-[m:MENTIONS]-(a:Article)
WHERE ($from IS NULL OR a.published >= $from)
  AND ($to IS NULL OR a.published <= $to)
WITH e, a, m ORDER BY a.published, a.id
LIMIT toInteger($limit)
// claims and stances of the articles listed only, read from the article's
// side (an entity has thousands of claims, an article a few)
CALL (e, a) {
  MATCH (a)<-[:REPORTED_IN]-(c:Claim)
  WHERE EXISTS { (e)-[:CLAIMS]->(c) }
  RETURN count(c) AS claims
}
CALL (e, a) {
  MATCH (h)-[s:STANCE {article: a.id}]->(t)
  WHERE h = e
  WITH s.polarity + ' toward ' + t.name AS stance ORDER BY stance
  RETURN collect(stance) AS stances
}
RETURN e.name AS entity, a.published AS published, a.outlet AS outlet, a.title AS article, m.count AS mentions,
       claims, stances, a.id AS article_id
ORDER BY published, article_id
