// Package gazetteer holds the curated word lists that entity recognition
// looks names up in — countries with their aliases, demonyms and capital
// metonyms, news outlets, organisations, well-known people, named events,
// person titles, given names, surname particles and the nouns that make an
// anonymous source — and a fast phrase matcher over them.
//
// The lists are TSV files under data/, embedded in the binary; data/README.md
// documents their columns and where each list comes from. Default parses
// them once, on first use; Load parses another copy (tests, or a user's own
// lists in the same format).
//
// # Tokenisation contract
//
// Phrases are matched token by token, so the recogniser and this package must
// cut text the same way. Tokenize implements the contract, which is the one
// of extract/segment:
//
//   - A token is a word, a number or one punctuation mark. White space
//     separates tokens and is never part of one.
//   - A word is a run of letters, digits and combining marks. It keeps an
//     inner apostrophe ("O’Brien", "doesn’t"), but a possessive "’s" or "'s"
//     is a token of its own: "People’s Daily" is "People", "’s", "Daily".
//   - Hyphens, slashes and other symbols split words and are tokens of their
//     own: "al-Qaeda" is "al", "-", "Qaeda"; "AT&T" is "AT", "&", "T".
//   - A number is a run of digits with , . : or / between digits and
//     optional trailing letters: "9/11", "2,000", "1990s", "5G".
//   - A word keeps its final period when it is a dotted abbreviation
//     ("U.S.", "U.K.", "D.C.", "U.S.A."), a single capital initial ("W."),
//     or a listed abbreviation such as "Mr.", "Sen.", "Gen.", "Jr.", "Inc.",
//     "St." (see segment.IsAbbreviation).
//
// Matching is on exact token strings, case-sensitive, with these
// allowances made when the lists are indexed (so that matching itself does
// no case folding): a phrase whose first word is lower case also matches
// with that word capitalised (a sentence start); a leading "The" and "the"
// match each other; typographic and straight apostrophes match each other;
// a name with accents also matches without them ("Erdoğan", "Erdogan");
// an abbreviation such as "Sen." also matches when the tokens are "Sen"
// and "."; and a phrase ending in an abbreviation word also matches with
// its period ("Penn." at a sentence end). An all-capitals alias such as "US" therefore never matches
// "us", and "Apple" never matches "apple". Titles and source nouns are
// matched regardless of case ("Prime Minister", "prime minister").
//
// An article that a phrase needs is part of it: "The Hill" is listed with
// its article and matches only with it, while "the Kremlin" is listed as
// "Kremlin" and the match starts at "Kremlin"; the recogniser decides
// whether a mention's span takes in a preceding "the".
//
// # Reading a match
//
// Match returns the longest listed phrase at a token and every entry it
// names (Hits), each with the kind of surface matched (name, alias,
// demonym, capital metonym, member noun, short form of a person). A hit is
// Ambiguous when the lists flag that surface as a common word or another
// reading ("Chad", "Labour", "Washington", "May") or when the phrase names
// more than one entry ("Bush", "Congress", "ABC"); the recogniser should
// then confirm it from context. A match with no hits is a listed
// non-entity phrase ("New Mexico", "Vice President") to skip whole.
package gazetteer
