// name: articles-with-both
// description: Articles that mention both of two entities, with how often each is mentioned
// param: a string — name, alias or id of the first entity, any case (see find-entity)
// param: b string — name, alias or id of the second entity, any case
// param: limit int = 50 — most articles listed
// example: a="Vladimir Putin" b="Donald Trump"
//
// The newest articles come first; undated ones last.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($a, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($a) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($a))
  RETURN node, CASE WHEN toLower(node.name) = toLower($a) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $a})
  RETURN node, 0 AS rank
}
WITH node AS x ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($b, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($b) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($b))
  RETURN node, CASE WHEN toLower(node.name) = toLower($b) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $b})
  RETURN node, 0 AS rank
}
WITH x, node AS y ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
WHERE x <> y
// from the one mentioned in fewer articles, checking the other in each
WITH x, y, COUNT { (x)<-[:MENTIONS]-() } <= COUNT { (y)<-[:MENTIONS]-() } AS fromX
WITH x, y, fromX, CASE WHEN fromX THEN x ELSE y END AS few, CASE WHEN fromX THEN y ELSE x END AS many
// in the order listed, so that the other is checked only until the list
// is full
MATCH (few)<-[mf:MENTIONS]-(art:Article)
WITH fromX, many, mf, art, art.published AS published, art.id AS id
ORDER BY published IS NULL, published DESC, id
CALL (art, many) {
  MATCH (art)-[mm:MENTIONS]->(many)
  RETURN mm
}
WITH art, published, id, CASE WHEN fromX THEN mf ELSE mm END AS mx, CASE WHEN fromX THEN mm ELSE mf END AS my
LIMIT toInteger($limit)
RETURN published, art.outlet AS outlet, art.title AS article,
       mx.count AS a_mentions, my.count AS b_mentions, id
ORDER BY published IS NULL, published DESC, id
