// name: anonymous-claims
// description: Claims resting on anonymous sources, by outlet and by what the sources are close to (the entities their description names or they belong to)
// param: close_to string = "" — only sources close to this (part of an entity name or of the description, any case); "" for all
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: outlet string = "" — only articles of this outlet (its name or alias, any case); "" for all
// param: limit int = 50 — most rows listed
// example: close_to=kremlin
//
// What a source is close to is read from the graph: the entity its
// close_to property names (set by the extractor: "a source close to the
// Kremlin", "Kremlin insiders"), else the entities of its article whose name
// or alias its description contains, and those it is a member of, works for
// or is affiliated with. Sources naming none are "(unstated)".
//
// A close_to is looked up in the entity_names index (each run of letters
// and digits in it is part of one word of a name or description that holds
// it): the sources whose description holds it, and those tied to an entity
// whose name holds it (by close_to, by membership, or by a mention in their
// article that their description names). Only those are examined. No
// close_to, or one the index cannot narrow (see below), examines every
// anonymous source of the articles chosen.
CALL () {
  UNWIND CASE WHEN $outlet = '' THEN [] ELSE [$outlet] END AS q
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE node:Outlet AND (toLower(node.name) = toLower(q) OR any(alias IN node.aliases WHERE toLower(alias) = toLower(q)))
  RETURN collect(node) AS outlets
}
// the letters and digits of close_to, in runs: "white house" → white, house
WITH outlets, toLower($close_to) AS q
WITH outlets, q, [w IN split(reduce(t = '', ch IN split(q, '') | t + CASE WHEN ch =~ '[a-z0-9]' THEN ch ELSE ' ' END), ' ') WHERE w <> ''] AS runs
// a close_to that could span two names of the list ("kremlin, russia"), or
// match "(unstated)", or has no letter or digit, examines every source
WITH outlets, q, runs, size(runs) > 0 AND NOT q CONTAINS ',' AND NOT q STARTS WITH ' ' AND NOT '(unstated)' CONTAINS q AS indexed
CALL (outlets, q, runs, indexed) {
  WITH q, runs WHERE indexed
  CALL (q, runs) {
    CALL db.index.fulltext.queryNodes('entity_names', reduce(t = '', w IN runs | t + CASE t WHEN '' THEN '' ELSE ' AND ' END + 'description:*' + w + '*')) YIELD node AS s
    WHERE s:Source AND toLower(s.description) CONTAINS q
    RETURN s
    UNION
    CALL db.index.fulltext.queryNodes('entity_names', reduce(t = '', w IN runs | t + CASE t WHEN '' THEN '' ELSE ' AND ' END + 'name:*' + w + '*')) YIELD node AS x
    WHERE NOT x:Source AND toLower(x.name) CONTAINS q
    CALL (x) {
      MATCH (s:Source {close_to: x.id})
      RETURN s
      UNION
      MATCH (x)<-[:MEMBER_OF|WORKS_FOR|AFFILIATED_WITH]-(s:Source)
      RETURN s
      UNION
      // sources of x's articles whose description names x: from the
      // articles when x is in few, else from the index, a query per name
      // (runs of letters and digits again), when each name has such a run
      WITH x, [n IN [x.name] + x.aliases WHERE size(n) > 2 | toLower(n)] AS names
      WITH x, names, [n IN names | [w IN split(reduce(t = '', ch IN split(n, '') | t + CASE WHEN ch =~ '[a-z0-9]' THEN ch ELSE ' ' END), ' ') WHERE w <> '']] AS nameRuns
      WITH x, [n IN names | ' ' + n + ' '] AS names, nameRuns,
           size(names) * 200 < COUNT { (x)<-[:MENTIONS]-() } AND all(r IN nameRuns WHERE size(r) > 0) AS byName
      CALL (x, names, nameRuns, byName) {
        WITH x, nameRuns WHERE byName
        UNWIND nameRuns AS r
        CALL db.index.fulltext.queryNodes('entity_names', reduce(t = '', w IN r | t + CASE t WHEN '' THEN '' ELSE ' AND ' END + 'description:*' + w + '*')) YIELD node AS s
        WITH DISTINCT x, s
        WHERE s:Source AND EXISTS { (s)-[:CLAIMS]->(:Claim)-[:REPORTED_IN]->(:Article)-[:MENTIONS]->(x) }
        RETURN s
        UNION
        WITH x WHERE NOT byName
        MATCH (x)<-[:MENTIONS]-(:Article)<-[:REPORTED_IN]-(:Claim)<-[:CLAIMS]-(s:Source)
        RETURN DISTINCT s
      }
      WITH s, names WHERE s.close_to IS NULL AND s.anonymous = true
      WITH s, names, ' ' + toLower(replace(replace(s.description, '’s', ''), "'s", '')) + ' ' AS words
      WHERE any(n IN names WHERE words CONTAINS n)
      RETURN s
    }
    RETURN s
  }
  WITH s WHERE s.anonymous = true
  MATCH (s)-[:CLAIMS]->(c:Claim)-[:REPORTED_IN]->(a:Article)
  WHERE ($outlet = '' OR EXISTS { (a)-[:PUBLISHED_BY]->(o) WHERE o IN outlets })
    AND ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
  RETURN s, a, count(c) AS claims
  UNION ALL
  WITH outlets WHERE NOT indexed
  CALL (outlets) {
    UNWIND outlets AS node
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
  MATCH (a)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(s:Source {anonymous: true})
  RETURN s, a, count(c) AS claims
}
CALL (s, a) {
  CALL (s, a) {
    MATCH (x:Organization {id: s.close_to}) RETURN x
    UNION
    MATCH (x:Person {id: s.close_to}) RETURN x
    UNION
    MATCH (x:Country {id: s.close_to}) RETURN x
    UNION
    MATCH (x:Outlet {id: s.close_to}) RETURN x
    UNION
    WITH s, a WHERE s.close_to IS NULL
    WITH a, ' ' + toLower(replace(replace(s.description, '’s', ''), "'s", '')) + ' ' AS words
    MATCH (a)-[:MENTIONS]->(x)
    WHERE NOT x:Source
      AND any(n IN [x.name] + x.aliases WHERE size(n) > 2 AND words CONTAINS ' ' + toLower(n) + ' ')
    RETURN x
    UNION
    MATCH (s)-[:MEMBER_OF|WORKS_FOR|AFFILIATED_WITH]->(x)
    RETURN x
  }
  WITH x ORDER BY x.name
  WITH collect(x.name) AS names
  // "United Russia", not "Russia, United Russia"
  RETURN [n IN names WHERE NOT any(m IN names WHERE m <> n AND ' ' + m + ' ' CONTAINS ' ' + n + ' ')] AS near
}
WITH a.outlet AS outlet, s, claims,
     CASE size(near) WHEN 0 THEN '(unstated)' ELSE reduce(acc = head(near), n IN tail(near) | acc + ', ' + n) END AS close_to
WHERE $close_to = '' OR toLower(close_to) CONTAINS toLower($close_to) OR toLower(s.description) CONTAINS toLower($close_to)
WITH outlet, close_to, s, claims ORDER BY s.description
RETURN outlet, close_to, count(s) AS sources, sum(claims) AS claims,
       collect(s.description)[0..3] AS descriptions
ORDER BY claims DESC, outlet, close_to
LIMIT toInteger($limit)
