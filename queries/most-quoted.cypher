// name: most-quoted
// description: The most-quoted speakers: claims and articles per speaker, by type, in a date range or one outlet, with the number of direct quotes
// param: speaker_types list<string> = [] — only speakers with these labels (Person, Source, Organization, Outlet, Country); [] for all
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: outlet string = "" — only articles of this outlet (its name or alias, any case); "" for all
// param: limit int = 25 — most speakers listed
// example: speaker_types=Person outlet="BBC News"
// Over every article, a speaker's claims are its CLAIMS relationships,
// which Neo4j counts from its degree store without reading them (every
// claim is reported in one article); the articles and the direct quotes
// are then summed, for the leading speakers only, from their QUOTED_BY
// summaries (one per outlet, kept by the writer). In one outlet the
// QUOTED_BY summaries of that outlet are the counts. With a date range the
// claims of the articles chosen are read and counted, and the direct
// quotes of the leading speakers among them.
CALL () {
  UNWIND CASE WHEN $outlet = '' THEN [] ELSE [$outlet] END AS q
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE node:Outlet AND (toLower(node.name) = toLower(q) OR any(alias IN node.aliases WHERE toLower(alias) = toLower(q)))
  RETURN collect(node) AS outlets
}
CALL (outlets) {
  WITH outlets WHERE $outlet = '' AND $from IS NULL AND $to IS NULL
  // first the least number of claims that can make the list, then the
  // speakers with at least that many (ties included)
  CALL () {
    CALL () {
      MATCH (speaker:Person) WHERE size($speaker_types) = 0 OR 'Person' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Source) WHERE size($speaker_types) = 0 OR 'Source' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Organization) WHERE size($speaker_types) = 0 OR 'Organization' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Outlet) WHERE size($speaker_types) = 0 OR 'Outlet' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Country) WHERE size($speaker_types) = 0 OR 'Country' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Event) WHERE size($speaker_types) = 0 OR 'Event' IN $speaker_types RETURN speaker
    }
    WITH COUNT { (speaker)-[:CLAIMS]->() } AS claims
    ORDER BY claims DESC LIMIT toInteger($limit)
    RETURN min(claims) AS floor
  }
  CALL (floor) {
    CALL () {
      MATCH (speaker:Person) WHERE size($speaker_types) = 0 OR 'Person' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Source) WHERE size($speaker_types) = 0 OR 'Source' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Organization) WHERE size($speaker_types) = 0 OR 'Organization' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Outlet) WHERE size($speaker_types) = 0 OR 'Outlet' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Country) WHERE size($speaker_types) = 0 OR 'Country' IN $speaker_types RETURN speaker
      UNION ALL
      MATCH (speaker:Event) WHERE size($speaker_types) = 0 OR 'Event' IN $speaker_types RETURN speaker
    }
    WITH speaker, COUNT { (speaker)-[:CLAIMS]->() } AS claims
    WHERE claims > 0 AND claims >= floor
    RETURN speaker, claims
  }
  CALL (speaker, claims) {
    // articles without an outlet have no QUOTED_BY: read them only when
    // the summaries fall short of the speaker's claims
    MATCH (speaker)-[q:QUOTED_BY]->(:Outlet)
    WITH sum(q.claims) AS summed, sum(q.articles) AS articles, sum(q.direct) AS direct
    CALL (speaker, summed, claims) {
      WITH speaker WHERE summed < claims
      MATCH (speaker)-[:CLAIMS]->(c:Claim)-[:REPORTED_IN]->(a:Article)
      WHERE NOT EXISTS { (a)-[:PUBLISHED_BY]->(:Outlet) }
      RETURN count(DISTINCT a) AS more, sum(CASE c.kind WHEN 'direct' THEN 1 ELSE 0 END) AS moreDirect
    }
    RETURN articles + more AS articles, direct + moreDirect AS direct
  }
  RETURN speaker, claims, articles, direct
  UNION ALL
  WITH outlets WHERE $outlet <> '' AND $from IS NULL AND $to IS NULL
  UNWIND outlets AS node
  MATCH (node)<-[q:QUOTED_BY]-(speaker)
  WITH speaker, sum(q.claims) AS claims, sum(q.articles) AS articles, sum(q.direct) AS direct
  WHERE size($speaker_types) = 0 OR any(l IN labels(speaker) WHERE l IN $speaker_types)
  RETURN speaker, claims, articles, direct ORDER BY claims DESC, articles DESC, speaker.id
  LIMIT toInteger($limit)
  UNION ALL
  WITH outlets WHERE $from IS NOT NULL OR $to IS NOT NULL
  CALL (outlets) {
    UNWIND outlets AS node
    MATCH (node)<-[:PUBLISHED_BY]-(a:Article)
    WHERE ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
    RETURN a
    UNION
    WITH $outlet AS q WHERE q = ''
    MATCH (a:Article)
    WHERE a.published >= coalesce($from, '') AND a.published <= coalesce($to, '9999-12-31')
    RETURN a
  }
  MATCH (a)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(speaker)
  // count first, then read the labels of each speaker once
  WITH speaker, count(c) AS claims, count(DISTINCT a) AS articles, collect(c) AS said
  WHERE size($speaker_types) = 0 OR any(l IN labels(speaker) WHERE l IN $speaker_types)
  WITH speaker, claims, articles, said ORDER BY claims DESC, articles DESC, speaker.id
  LIMIT toInteger($limit)
  RETURN speaker, claims, articles, size([c IN said WHERE c.kind = 'direct']) AS direct
}
RETURN speaker.name AS speaker, labels(speaker)[0] AS type, claims, articles, direct, speaker.id AS id
ORDER BY claims DESC, articles DESC, id
LIMIT toInteger($limit)
