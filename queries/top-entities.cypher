// name: top-entities
// description: The most-mentioned entities, by type, in a date range or one outlet: articles that mention each, and mentions in all
// param: types list<string> = [] — only these labels (Person, Outlet, Country, Organization, Event, Source); [] for all
// param: from date = null — only articles published on or after this day
// param: to date = null — only articles published on or before this day
// param: outlet string = "" — only articles of this outlet (its name or alias, any case); "" for all
// param: limit int = 25 — most entities listed
// example: types=Person,Country from=2010-01-01 to=2011-12-31
//
// With no date and no outlet every article counts, those without a date
// too; a date range leaves undated articles out. A date range is looked up
// in the index on Article.published, an outlet through the entity_names
// full-text index.
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
MATCH (a)-[m:MENTIONS]->(e)
WHERE size($types) = 0 OR any(l IN labels(e) WHERE l IN $types)
RETURN e.name AS entity, labels(e)[0] AS type, count(a) AS articles, sum(m.count) AS mentions, e.id AS id
ORDER BY articles DESC, mentions DESC, id
LIMIT toInteger($limit)
