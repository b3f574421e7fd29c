// name: country-pairs
// description: Countries mentioned together: pairs of countries with the number of articles that mention both, in a date range or one outlet
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: outlet string = "" — only articles of this outlet (its name or alias, any case); "" for all
// param: min_articles int = 2 — leave out pairs with fewer articles
// param: limit int = 50 — most pairs listed
// example: from=2010-01-01 to=2011-12-31
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
// pairs are formed per article, so that the plan starts from the chosen
// articles and never from an index over all countries
MATCH (a)-[:MENTIONS]->(c:Country)
WITH a, c ORDER BY c.name
WITH a, collect(c) AS cs
UNWIND range(0, size(cs) - 2) AS i
UNWIND range(i + 1, size(cs) - 1) AS j
WITH cs[i] AS c1, cs[j] AS c2, a
WITH c1, c2, count(a) AS articles
WHERE articles >= $min_articles
RETURN c1.name AS country_a, c2.name AS country_b, articles
ORDER BY articles DESC, country_a, country_b
LIMIT toInteger($limit)
