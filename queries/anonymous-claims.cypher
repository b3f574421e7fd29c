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
MATCH (a)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(s:Source {anonymous: true})
WITH s, a, count(c) AS claims
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
