// name: overview
// description: The graph at a glance: nodes by label, relationships by type, the outlets with most articles and the span of publication dates
// param: top int = 10 — outlets listed
//
// Label and type counts come from Neo4j's count store, so this is cheap
// on any size of graph.
WITH COUNT { (:Article) } AS allArticles
CALL (allArticles) {
  UNWIND [
    ['nodes', 'Article', allArticles],
    ['nodes', 'Person', COUNT { (:Person) }],
    ['nodes', 'Outlet', COUNT { (:Outlet) }],
    ['nodes', 'Country', COUNT { (:Country) }],
    ['nodes', 'Organization', COUNT { (:Organization) }],
    ['nodes', 'Event', COUNT { (:Event) }],
    ['nodes', 'Source', COUNT { (:Source) }],
    ['nodes', 'Claim', COUNT { (:Claim) }],
    ['relationships', 'PUBLISHED_BY', COUNT { ()-[:PUBLISHED_BY]->() }],
    ['relationships', 'WRITTEN_BY', COUNT { ()-[:WRITTEN_BY]->() }],
    ['relationships', 'MENTIONS', COUNT { ()-[:MENTIONS]->() }],
    ['relationships', 'CLAIMS', COUNT { ()-[:CLAIMS]->() }],
    ['relationships', 'REPORTED_IN', COUNT { ()-[:REPORTED_IN]->() }],
    ['relationships', 'ABOUT', COUNT { ()-[:ABOUT]->() }],
    ['relationships', 'STANCE', COUNT { ()-[:STANCE]->() }],
    ['relationships', 'LEADER_OF', COUNT { ()-[:LEADER_OF]->() }],
    ['relationships', 'AFFILIATED_WITH', COUNT { ()-[:AFFILIATED_WITH]->() }],
    ['relationships', 'WORKS_FOR', COUNT { ()-[:WORKS_FOR]->() }],
    ['relationships', 'MEMBER_OF', COUNT { ()-[:MEMBER_OF]->() }],
    ['relationships', 'LOCATED_IN', COUNT { ()-[:LOCATED_IN]->() }],
    ['relationships', 'PART_OF', COUNT { ()-[:PART_OF]->() }]
  ] AS row
  RETURN row[0] AS section, row[1] AS name, row[2] AS count
  UNION ALL
  MATCH (o:Outlet)
  WITH o, COUNT { (o)<-[:PUBLISHED_BY]-() } AS articles
  WHERE articles > 0
  RETURN 'top outlets' AS section, o.name AS name, articles AS count
  ORDER BY count DESC, name
  LIMIT toInteger($top)
  UNION ALL
  // the dated articles from the index on Article.published, the undated
  // ones as the rest of the count store's articles
  MATCH (a:Article)
  WHERE a.published IS NOT NULL
  WITH min(a.published) AS first, max(a.published) AS last, count(a) AS dated
  UNWIND [['published', first + ' to ' + last, dated],
          ['published', 'undated', allArticles - dated]] AS row
  RETURN row[0] AS section, row[1] AS name, row[2] AS count
}
RETURN section, name, count
