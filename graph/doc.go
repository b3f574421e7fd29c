// Package graph holds the newsgraph data model of MODEL.md — articles,
// entities, claims, stances and factual relations — as plain Go types, the
// document JSON that carries them from extraction to loading, and the writer
// that loads documents into Neo4j.
//
// Ids are deterministic (see Slug, EntityID, CountryID, SourceID, ClaimID):
// the same thing extracted from another article gets the same id, so loads
// MERGE on id and are idempotent.
//
// Flatten turns a document into the node and relationship records that the
// Writer loads; its documentation is the contract the CSV export and import
// follow as well.
package graph
