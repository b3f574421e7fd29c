// name: event-participants
// description: Events and the people and countries involved: for each event, the people and countries most often mentioned in the same articles
// param: event string = "" — name, alias or id of one event, any case (see find-entity); "" for the most-mentioned events
// param: per_event int = 5 — people and countries listed per event
// param: limit int = 20 — most events listed
// example: event="U.S. presidential election"
CALL () {
  WITH $event AS q WHERE q <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + replace(replace(q, '\\', '\\\\'), '"', '\\"') + '"') YIELD node
  WHERE node:Event AND (toLower(node.name) = toLower(q) OR any(alias IN node.aliases WHERE toLower(alias) = toLower(q)))
  WITH node ORDER BY CASE WHEN toLower(node.name) = toLower(q) THEN 1 ELSE 2 END, COUNT { (node)<-[:MENTIONS]-() } DESC, node.id LIMIT 1
  RETURN node AS ev
  UNION
  MATCH (ev:Event {id: $event})
  RETURN ev
  UNION
  WITH $event AS q WHERE q = ''
  MATCH (ev:Event)
  RETURN ev
}
WITH ev, COUNT { (ev)<-[:MENTIONS]-(:Article) } AS articles
ORDER BY articles DESC, ev.id
LIMIT toInteger($limit)
// the people and countries of the event's articles, read in one pass
CALL (ev) {
  MATCH (ev)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(x)
  WITH x, count(a) AS n
  WHERE x:Person OR x:Country
  WITH x, n ORDER BY n DESC, x.id
  WITH collect(CASE WHEN x:Person THEN x.name + ' (' + n + ')' END)[0..toInteger($per_event)] AS people,
       collect(CASE WHEN x:Country THEN x.name + ' (' + n + ')' END)[0..toInteger($per_event)] AS countries
  RETURN people, countries
}
RETURN ev.name AS event, ev.date AS date, articles, people, countries, ev.id AS id
ORDER BY articles DESC, id
