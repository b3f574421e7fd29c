// name: find-entity
// description: Find entities by name, alias or source description (full-text search), to get the exact name or id the other queries take
// param: text string — Lucene query over names and aliases: words, "a phrase", putin~ (fuzzy), merk* (prefix)
// param: types list<string> = [] — only these labels (Person, Outlet, Country, Organization, Event, Source); [] for all
// param: limit int = 20 — most entities listed
// example: text=putin
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
WHERE size($types) = 0 OR any(l IN labels(node) WHERE l IN $types)
RETURN node.id AS id, labels(node)[0] AS type, node.name AS name, node.aliases AS aliases,
       COUNT { (node)<-[:MENTIONS]-() } AS articles, round(score, 3) AS score
ORDER BY score DESC, articles DESC, id
LIMIT toInteger($limit)
