// name: most-quoted
// description: The most-quoted speakers: claims and articles per speaker, by type, in a date range or one outlet, with the number of direct quotes
// param: speaker_types list<string> = [] — only speakers with these labels (Person, Source, Organization, Outlet, Country); [] for all
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: outlet string = "" — only articles of this outlet (its name or alias, any case); "" for all
// param: limit int = 25 — most speakers listed
// example: speaker_types=Person outlet="BBC News"
CALL () {
  WITH $outlet AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE node:Outlet AND (toLower(node.name) = toLower(q) OR any(alias IN node.aliases WHERE toLower(alias) = toLower(q)))
  MATCH (node)<-[:PUBLISHED_BY]-(a:Article)
  WHERE ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
  RETURN a
  UNION
  WITH $outlet AS q WHERE q = '' AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (a:Article)
  WHERE a.published >= coalesce($from, '') AND a.published <= coalesce($to, '9999-12-31')
  RETURN a
  UNION
  WITH $outlet AS q WHERE q = '' AND $from IS NULL AND $to IS NULL
  MATCH (a:Article)
  RETURN a
}
MATCH (a)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(speaker)
WHERE size($speaker_types) = 0 OR any(l IN labels(speaker) WHERE l IN $speaker_types)
WITH speaker, count(c) AS claims, count(DISTINCT a) AS articles, sum(CASE c.kind WHEN 'direct' THEN 1 ELSE 0 END) AS direct
RETURN speaker.name AS speaker, labels(speaker)[0] AS type, claims, articles, direct, speaker.id AS id
ORDER BY claims DESC, articles DESC, id
LIMIT toInteger($limit)
