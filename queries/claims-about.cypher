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
// Each ABOUT relationship holds its entity's id, its claim's speaker type
// and its article's date (entity, speaker_type, published), in a composite
// index in that order: the claims that pass come from the index in date
// order without reading a claim, the first $limit of them, then the others
// of the last date (ties, to order them exactly by article and offset), and
// only when there are fewer than $limit and no date range, those of
// articles without a date (the index holds none), which sort last. Only
// those have their speaker and article read.
CALL (e) {
  MATCH ()-[r:ABOUT]->()
  WHERE r.entity = e.id AND r.published >= coalesce($from, '') AND r.published <= coalesce($to, '9999-12-31')
    AND r.speaker_type IS NOT NULL AND (size($speaker_types) = 0 OR r.speaker_type IN $speaker_types)
  WITH r ORDER BY r.entity, r.published LIMIT toInteger($limit)
  RETURN collect(r) AS first
}
CALL (e, first) {
  UNWIND first AS r
  RETURN r
  UNION
  WITH e, last(first).published AS until WHERE size(first) = toInteger($limit) AND size(first) > 0
  MATCH ()-[r:ABOUT]->()
  WHERE r.entity = e.id AND r.published = until
    AND r.speaker_type IS NOT NULL AND (size($speaker_types) = 0 OR r.speaker_type IN $speaker_types)
  RETURN r
  UNION
  WITH e WHERE size(first) < toInteger($limit) AND $from IS NULL AND $to IS NULL
  MATCH (e)<-[r:ABOUT]-()
  WHERE r.published IS NULL AND r.speaker_type IS NOT NULL AND (size($speaker_types) = 0 OR r.speaker_type IN $speaker_types)
  RETURN r
}
WITH e, startNode(r) AS c
MATCH (c)<-[:CLAIMS]-(speaker)
MATCH (c)-[:REPORTED_IN]->(a:Article)
WITH e, speaker, c, a ORDER BY a.published, a.id, c.start, c.id
LIMIT toInteger($limit)
RETURN e.name AS entity, speaker.name AS speaker, labels(speaker)[0] AS speaker_type, c.cue AS cue, c.text AS claim,
       a.published AS published, a.outlet AS outlet, a.title AS article, c.id AS id
ORDER BY published, a.id, c.start, id
