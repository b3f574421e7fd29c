// Package bench measures newsgraph end to end, against what a user would
// use instead, so that every change can be judged by numbers. It is the
// library behind `newsgraph bench`:
//
//	newsgraph bench                 # full corpus and a 100,000-article scaled corpus
//	newsgraph bench --quick         # smoke run of every part, under a minute
//
// A run measures, on the corpus as it is and on a scaled corpus (the corpus
// repeated with fresh ids, see ScaleCorpus):
//
//   - extraction: `newsgraph extract` as a child process on one core
//     (GOMAXPROCS=1, -j 1) and on all cores: articles and megabytes per
//     second of wall time and of CPU time, and the child's peak resident
//     set size (from its rusage), which must not grow with the corpus;
//   - loading into an empty database by four routes: `newsgraph load`; the
//     naive loader of LoadNaive (one auto-commit MERGE per node and per
//     relationship, the common approach); LOAD CSV of the files of
//     `newsgraph export`; and `neo4j-admin database import` of the same
//     files (import.sh of the export), followed by its after-import.cypher.
//     Every route ends with the schema newsgraph load makes, and the bench
//     counts the nodes and relationships each leaves, which must agree;
//   - the latency (p50, p95) of the saved queries on the last graph loaded.
//
// Report.WriteTable prints one table of it all and the ratios the targets
// are about. On a shared machine the seconds vary with the load of others;
// the ratios of one run hold better, and CPU-time figures best.
package bench
