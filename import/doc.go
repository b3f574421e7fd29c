// Package importer moves newsgraph graphs in and out of CSV files: it writes
// the records of documents (graph.Flatten) as node and relationship files in
// the header format of `neo4j-admin database import`, with the scripts that
// load them, and reads such files (exported or hand-made) back, checks them
// against the model and writes them to Neo4j through graph.Writer.
//
// The package lives in the folder import/ but is called importer, because
// import is a Go keyword.
//
// # Files
//
// An export directory holds one node file per label, named after it
// (Person.csv), and one relationship file per type and pair of end labels,
// named TYPE.Start.End.csv (MENTIONS.Article.Person.csv): every label is an
// ID space of its own, and a relationship column names one ID space, so a
// type whose relationships join several pairs of labels needs a file per
// pair. The records whose values hold a line break go to a file of their
// own beside the main one, with the same header (Claim.multiline.csv,
// WORKS_FOR.Person.Outlet.multiline.csv), which import.sh names to
// neo4j-admin's --multiline-fields: it reads only those files the slow way
// that line breaks inside fields need. The headers:
//
//	id:ID(Person),:LABEL,name,aliases:string[],titles:string[]
//	:START_ID(Article),:END_ID(Person),:TYPE,count:long,first:long
//
// The columns of each label and type are the properties graph.Flatten gives
// them (see NodeColumns and RelColumns); integers are long and scores double,
// so that neo4j-admin stores exactly the int64 and float64 values of the
// model. A string value is always quoted, so that an empty string ("") is
// told from an absent property (an empty field). Lists are joined with the
// array delimiter, by default U+001F (the ASCII unit separator), which no
// name or title holds; a list value that holds the delimiter cannot be
// exported and is reported. Quotes, commas and line breaks in values are
// written as RFC 4180 says and survive both neo4j-admin and LOAD CSV; so do
// backslashes, except that LOAD CSV reads a backslash before a quote or
// another backslash as an escape unless the server sets
// dbms.import.csv.legacy_quote_escaping=false (load-csv.cypher names the
// files that hold one).
//
// Beside the CSV files an export writes:
//
//   - import.sh: the `neo4j-admin database import full` command that loads
//     the files into a stopped server's database;
//   - after-import.cypher: run once the server is started again after
//     neo4j-admin: it creates the id constraints and sets the empty lists
//     (neo4j-admin cannot store an empty list; an empty field leaves the
//     property out);
//   - load-csv.cypher: the LOAD CSV statements that load the files into a
//     running server, reading them from its import directory.
//
// # Importing
//
// Check reads node and relationship files in this format (exported or
// hand-made) and CSV files of articles (the columns of the JSON Lines
// corpus: id, title, url, outlet, published, authors, text), telling them
// apart by their header, and checks everything before anything is written:
// headers against the model (labels, types, columns and their types), every
// row (ids, values, end labels, duplicates) and the ends of every
// relationship (in the files or in the database). Each problem is a
// *graph.ParseError with the file, the line and the column (the number of
// the field, from 1; 0 for the whole row). Plan.Write then writes
// what passed through graph.Writer: the articles extracted and loaded as
// documents, the records MERGEd in batches. Labels, types and property keys
// that reach Cypher come from the model's constants, never from the files.
package importer
