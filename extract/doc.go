// Package extract turns articles into newsgraph documents: it cleans the
// text, splits it into paragraphs, sentences and tokens, finds the entities
// (people, outlets, countries, organisations, events and anonymous sources),
// the claims with their speakers, stances and factual relations, and returns
// them as a graph.Document with byte offsets back into the cleaned body.
package extract
