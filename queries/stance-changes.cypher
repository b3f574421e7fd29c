// name: stance-changes
// description: Holders whose stance toward a target changes over time: consecutive stances of one holder toward one target, by publication date, that flip polarity
// param: holder string = "" — name, alias or id of one holder, any case (see find-entity); "" for every holder
// param: target string = "" — name, alias or id of one target, any case; "" for every target
// param: limit int = 50 — most changes listed
// example: holder="Kim Jong Un"
//
// Only dated articles count. Anonymous sources belong to one article, so
// they cannot change their mind here.
OPTIONAL CALL () {
  WITH $holder AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower(q) OR any(alias IN node.aliases WHERE toLower(alias) = toLower(q))
  RETURN node, CASE WHEN toLower(node.name) = toLower(q) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $holder})
  RETURN node, 0 AS rank
}
WITH node AS h ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
OPTIONAL CALL () {
  WITH $target AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower(q) OR any(alias IN node.aliases WHERE toLower(alias) = toLower(q))
  RETURN node, CASE WHEN toLower(node.name) = toLower(q) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $target})
  RETURN node, 0 AS rank
}
WITH h, node AS t ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
CALL (h, t) {
  WITH h, t WHERE h IS NOT NULL
  MATCH (h)-[s:STANCE]->(target)
  WHERE $target = '' OR target = t
  RETURN h AS holder, s, target
  UNION
  WITH t WHERE $holder = '' AND t IS NOT NULL
  MATCH (holder)-[s:STANCE]->(t)
  RETURN holder, s, t AS target
  UNION
  WITH $holder AS hq, $target AS tq WHERE hq = '' AND tq = ''
  MATCH (holder)-[s:STANCE]->(target)
  RETURN holder, s, target
}
WITH holder, s, target
WHERE NOT holder:Source
MATCH (a:Article {id: s.article})
WHERE a.published IS NOT NULL
WITH holder, target, s, a ORDER BY a.published, a.id
WITH holder, target, collect({polarity: s.polarity, published: a.published, outlet: a.outlet, evidence: s.evidence}) AS seq
WHERE size(seq) > 1
UNWIND range(0, size(seq) - 2) AS i
WITH holder, target, seq[i] AS before, seq[i + 1] AS after
WHERE before.polarity <> after.polarity
RETURN holder.name AS holder, target.name AS target,
       before.polarity AS was, before.published AS was_published, before.outlet AS was_outlet, before.evidence AS was_evidence,
       after.polarity AS became, after.published AS became_published, after.outlet AS became_outlet, after.evidence AS became_evidence
ORDER BY holder, target, became_published
LIMIT toInteger($limit)
