// name: outlet-speakers
// description: Which outlets quote whom: the outlet → speaker matrix, one cell a row, with the claims and articles behind it
// param: speaker_types list<string> = ["Person"] — only speakers with these labels (Person, Source, Organization, Outlet, Country)
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: outlet string = "" — only articles of this outlet (its name or alias, any case); "" for all
// param: min_claims int = 2 — leave out cells with fewer claims
// param: limit int = 100 — most cells listed
// example: outlet="BBC News"
// Without a date range the cells are the QUOTED_BY summaries the writer
// keeps (per speaker, outlet node and article outlet), and the few
// articles without an outlet node are read; with one, the claims of the
// articles chosen are read and counted.
CALL () {
  WITH $outlet AS q WHERE q <> '' AND $from IS NULL AND $to IS NULL
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE node:Outlet AND (toLower(node.name) = toLower(q) OR any(alias IN node.aliases WHERE toLower(alias) = toLower(q)))
  MATCH (node)<-[r:QUOTED_BY]-(speaker)
  RETURN r.outlet AS outlet, speaker, r.claims AS claims, r.articles AS articles
  UNION ALL
  WITH $outlet AS q WHERE q = '' AND $from IS NULL AND $to IS NULL
  MATCH (speaker)-[r:QUOTED_BY]->(:Outlet)
  RETURN r.outlet AS outlet, speaker, r.claims AS claims, r.articles AS articles
  UNION ALL
  WITH $outlet AS q WHERE q = '' AND $from IS NULL AND $to IS NULL
  MATCH (a:Article) WHERE NOT EXISTS { (a)-[:PUBLISHED_BY]->(:Outlet) }
  MATCH (a)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(speaker)
  RETURN a.outlet AS outlet, speaker, count(c) AS claims, count(DISTINCT a) AS articles
  UNION ALL
  CALL () {
    WITH $outlet AS q WHERE q <> '' AND ($from IS NOT NULL OR $to IS NOT NULL)
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
  }
  // the outlet read once per article
  WITH a, a.outlet AS outlet
  MATCH (a)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(speaker)
  RETURN outlet, speaker, count(c) AS claims, count(DISTINCT a) AS articles
}
// the claims summed first, then the labels of each speaker read once
WITH outlet, speaker, sum(claims) AS claims, sum(articles) AS articles
WHERE claims >= $min_claims AND any(l IN labels(speaker) WHERE l IN $speaker_types)
RETURN outlet, speaker.name AS speaker, labels(speaker)[0] AS speaker_type, claims, articles
ORDER BY claims DESC, articles DESC, outlet, speaker
LIMIT toInteger($limit)
