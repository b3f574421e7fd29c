// name: opposing-stances
// description: Contradicting stances: targets that some hold a positive and others a negative stance toward, with the holders on each side
// param: target string = "" — name, alias or id of one target, any case (see find-entity); "" for every target
// param: min_holders int = 1 — only targets with at least this many holders on each side
// param: limit int = 50 — most targets listed
// example: target="Donald Trump"
OPTIONAL CALL () {
  WITH $target AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower(q) OR any(alias IN node.aliases WHERE toLower(alias) = toLower(q))
  RETURN node, CASE WHEN toLower(node.name) = toLower(q) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $target})
  RETURN node, 0 AS rank
}
WITH node AS chosen ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
CALL (chosen) {
  WITH chosen WHERE chosen IS NOT NULL
  MATCH (holder)-[s:STANCE]->(chosen)
  RETURN holder, s, chosen AS t
  UNION
  WITH $target AS q WHERE q = ''
  MATCH (holder)-[s:STANCE]->(t)
  RETURN holder, s, t
}
WITH t, holder, collect(DISTINCT s.polarity) AS polarities
ORDER BY holder.name
WITH t,
     [h IN collect(CASE WHEN 'positive' IN polarities THEN holder END) | h.name] AS positive,
     [h IN collect(CASE WHEN 'negative' IN polarities THEN holder END) | h.name] AS negative
WHERE size(positive) >= $min_holders AND size(negative) >= $min_holders
RETURN t.name AS target, labels(t)[0] AS type, size(positive) AS positive_holders, size(negative) AS negative_holders,
       positive[0..10] AS positive, negative[0..10] AS negative, t.id AS id
ORDER BY positive_holders + negative_holders DESC, id
LIMIT toInteger($limit)
