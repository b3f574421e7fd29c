// Package eval scores extracted documents against hand-made gold
// annotations (the *.gold.json files described in MODEL.md): it reads the
// annotations (LoadGold, LoadGoldDir), compares one article's
// graph.Document with its gold (Score), adds the results of several
// articles up (Result.Add) and prints them as a table or JSON.
//
// # Comparing strings
//
// Comparisons are blind to typography but not lenient. Every string is
// first put in NFKC form and lower case; curly and other apostrophes and
// single quotes become ', curly and other double quotes become ", every
// dash (hyphen, en dash, em dash, minus) becomes -, and each run of white
// space becomes one space, trimmed at both ends.
//
// Entity names, aliases, Source descriptions and mention texts are then
// also stripped of surrounding quotes, brackets, commas, colons and
// semicolons, of a leading "the " and of a final possessive ("the
// Kremlin's" → "kremlin", "Democrats'" → "democrats"); a possessive
// inside a name stays ("head of the Duma's foreign affairs committee").
// Periods stay too, so "U.S." and "US" differ: the gold lists the surface
// forms it accepts, and nothing is matched by being merely similar.
//
// Claim texts and snippets lose their double quotes altogether, so that a
// snippet matches a claim text whether or not the extractor kept the quote
// marks around a direct quote, and a snippet's final punctuation (. , ; : !
// ?) is not required: an extractor may end a claim text before a sentence's
// final period, which may also close an abbreviation ("the U.S.").
//
// # Matching
//
// Entities. A predicted entity matches a gold entity of the same type when
// one of its forms — name, aliases, a Source's description, or the text of
// one of its mentions — equals the gold name or one of the gold aliases.
// For a gold Source, a predicted Source also matches when one of the gold
// match_any strings is contained in one of its forms. Gold and predicted
// entities are paired one to one: each is used at most once, pairs of equal
// canonical names are taken first, then name or alias pairs, then pairs
// found through a mention or match_any, and the number of pairs is then
// raised to the largest possible by augmenting paths. Paired gold entities
// are true positives; unpaired gold entities are false negatives and
// unpaired predicted ones false positives, counted per type and summed for
// the micro average.
//
// Claims. A predicted claim matches a gold claim when its speaker matches
// the gold speaker — the gold entity of that name, under the entity rule
// above, independently of how entities were paired — and the gold snippet
// is contained in the predicted claim's text. Claims are paired one to one
// (pairs whose kind agrees first) and counted like entities. Two secondary
// figures use one condition alone: "text only" (the snippet is in the
// text, whoever the speaker) and "speaker only". Speaker accuracy is the
// share of the claims found by text that also have the right speaker;
// kind accuracy the share of matched claims whose kind (direct or
// indirect) agrees.
//
// Stances match on (holder, target, polarity) and relations on (subject,
// predicate, object), holder, target, subject and object being matched as
// speakers are; polarity and predicate compare case-insensitively.
// Evidence is not compared.
//
// Boilerplate. The document JSON does not hold the cleaned body, so the
// boilerplate figure — how many gold boilerplate lines are still in the
// body — is only computed when the caller has the body
// (Result.ScoreBoilerplate).
//
// F1 is 2TP/(2TP+FP+FN), which equals the harmonic mean of precision and
// recall; a figure with nothing to divide by is undefined, shown as "-" in
// tables and null in JSON.
package eval
