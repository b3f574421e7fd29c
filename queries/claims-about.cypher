// name: claims-about
// description: What was claimed about one entity, and by whom: claims whose subject includes it, with speaker, cue, article and date
// param: entity string — name, alias or id of the entity, any case (see find-entity)
// param: speaker_types list<string> = [] — only speakers with these labels (Person, Source, Organization, Outlet, Country); [] for all
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: limit int = 100 — most claims listed
// example: entity="Donald Trump" speaker_types=Source
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace($entity, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE toLower(node.name) = toLower($entity) OR any(alias IN node.aliases WHERE toLower(alias) = toLower($entity))
  RETURN node, CASE WHEN toLower(node.name) = toLower($entity) THEN 1 ELSE 2 END AS rank
  UNION
  MATCH (node:Person|Outlet|Country|Organization|Event|Source {id: $entity})
  RETURN node, 0 AS rank
}
WITH node AS e ORDER BY rank, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
// Each ABOUT relationship holds its claim's speaker type and article date
// (speaker_type, published), so the claims that pass are found without
// reading a claim, and only those up to the latest date that can make the
// list (ties included) have their speaker and article read, to order them
// exactly.
CALL (e) {
  MATCH (e)<-[r:ABOUT]-()
  WHERE r.speaker_type IS NOT NULL AND (size($speaker_types) = 0 OR r.speaker_type IN $speaker_types)
    AND ($from IS NULL OR r.published >= $from) AND ($to IS NULL OR r.published <= $to)
  RETURN collect([r.published, r]) AS about
}
CALL (about) {
  UNWIND about AS pr
  WITH pr[0] AS published ORDER BY published LIMIT toInteger($limit)
  RETURN collect(published) AS dates
}
UNWIND [pr IN about WHERE size(dates) < toInteger($limit) OR last(dates) IS NULL OR pr[0] <= last(dates) | pr[1]] AS r
WITH e, startNode(r) AS c
MATCH (c)<-[:CLAIMS]-(speaker)
MATCH (c)-[:REPORTED_IN]->(a:Article)
WITH e, speaker, c, a ORDER BY a.published, a.id, c.start
LIMIT toInteger($limit)
RETURN e.name AS entity, speaker.name AS speaker, labels(speaker)[0] AS speaker_type, c.cue AS cue, c.text AS claim,
       a.published AS published, a.outlet AS outlet, a.title AS article, c.id AS id
ORDER BY published, a.id, c.start
