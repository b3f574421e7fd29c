// name: stances-toward
// description: Who holds a positive or negative stance toward an entity, with the evidence, and on whose reporting (outlet, authors, article, date)
// param: target string — name, alias or id of the target, any case (see find-entity)
// param: polarity string = "" — positive, negative, or "" for both
// param: min_score float = 0.0 — only stances at least this strong (absolute score, 0 to 1)
// param: limit int = 50 — most stances listed
// example: target="Donald Trump"
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($target, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($target) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($target))
  RETURN node, CASE WHEN toLower(node.name) = toLower($target) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $target})
  RETURN node, 0 AS rank
}
WITH node AS t ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
// the polarity and score of the last stance that makes the list, from the
// stances alone; then the article of those at least as high only (ties
// included), to order them by date
CALL (t) {
  MATCH ()-[s:STANCE]->(t)
  WHERE ($polarity = '' OR s.polarity = $polarity) AND abs(s.score) >= $min_score
  WITH s.polarity AS polarity, abs(s.score) AS score ORDER BY polarity DESC, score DESC LIMIT toInteger($limit)
  RETURN collect([polarity, score])[-1] AS floor
}
MATCH (holder)-[s:STANCE]->(t)
WHERE ($polarity = '' OR s.polarity = $polarity) AND abs(s.score) >= $min_score
  AND (s.polarity > floor[0] OR (s.polarity = floor[0] AND abs(s.score) >= floor[1]))
MATCH (a:Article {id: s.article})
WITH t, holder, s, a ORDER BY s.polarity DESC, abs(s.score) DESC, a.published, a.id, holder.name
LIMIT toInteger($limit)
// the claim of the stances listed only
OPTIONAL MATCH (c:Claim {id: s.claim})
RETURN t.name AS target, holder.name AS holder, labels(holder)[0] AS holder_type, s.polarity AS polarity,
       s.score AS score, s.evidence AS evidence, c.cue AS cue,
       a.outlet AS outlet, a.authors AS authors, a.published AS published, a.title AS article, a.id AS article_id
ORDER BY polarity DESC, abs(score) DESC, published, article_id, holder
