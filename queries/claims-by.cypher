// name: claims-by
// description: Everything one speaker claimed: each claim with its article, outlet, date and reporting cue
// param: speaker string — name, alias or id of the speaker, any case (see find-entity)
// param: kind string = "" — direct (quotes), indirect (reported speech), or "" for both
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: limit int = 100 — most claims listed
// example: speaker="Tony Blair"
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($speaker, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($speaker) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($speaker))
  RETURN node, CASE WHEN toLower(node.name) = toLower($speaker) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $speaker})
  RETURN node, 0 AS rank
}
WITH node AS e ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
MATCH (e)-[:CLAIMS]->(c:Claim)-[:REPORTED_IN]->(a:Article)
WHERE ($kind = '' OR c.kind = $kind)
  AND ($from IS NULL OR a.published >= $from)
  AND ($to IS NULL OR a.published <= $to)
RETURN e.name AS speaker, a.published AS published, a.outlet AS outlet, a.title AS article,
       c.cue AS cue, c.kind AS kind, c.text AS claim, c.id AS id
ORDER BY published, a.id, c.start
LIMIT toInteger($limit)
