package segment

import "strings"

// titleAbbrevs never end a sentence: a name follows them.
var titleAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Sen": true, "Sens": true,
	"Rep": true, "Reps": true, "Gov": true, "Gen": true, "Lt": true, "Col": true, "Maj": true,
	"Capt": true, "Cpt": true, "Sgt": true, "Adm": true, "Cmdr": true, "Cdr": true, "Rev": true,
	"Hon": true, "Pres": true, "Supt": true, "Insp": true, "Det": true, "Cpl": true, "Pvt": true,
	"Messrs": true, "Mme": true, "Mlle": true, "Fr": true, "Sr": false, "St": true, "Mt": true,
	"Ft": true, "No": true, "Nos": true, "Vol": true, "Art": true, "Fig": true,
}

// otherAbbrevs keep their period but may end a sentence when a sentence
// starter follows.
var otherAbbrevs = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"Jr": true, "Sr": true, "Inc": true, "Corp": true, "Ltd": true, "Co": true, "Bros": true,
	"etc": true, "vs": true, "approx": true, "Dept": true, "Univ": true, "Ave": true, "Blvd": true,
	"Calif": true, "Ariz": true, "Fla": true, "Mass": true, "Conn": true, "Mich": true,
	"Minn": true, "Wash": true, "Ill": true, "Pa": true, "Va": true, "Tenn": true, "Okla": true,
	"Ore": true, "Wis": true, "Ky": true, "Md": true, "Ala": true, "Ga": true, "Nev": true,
	"Colo": true, "Del": true, "Neb": true, "Kan": true, "Ind": true, "Ariz.": true, "Tex": true,
	"Penn": true, "Mo": true, "Wyo": true, "Ark": true, "Okla.": true, "Vt": true, "al": true,
	"e.g": true, "i.e": true, "cf": true, "approx.": true, "est": true,
}

// IsAbbreviation reports whether the word w (without its period) is an
// abbreviation that keeps its period as part of its token: "Mr", "Sen",
// "Jan", "Inc", or a single capital letter (an initial).
func IsAbbreviation(w string) bool { return isAbbrev(w) }

// isAbbrev reports whether w (without its period) is an abbreviation that
// keeps its period: the lists above, or a single capital letter (an initial).
func isAbbrev(w string) bool {
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return titleAbbrevs[w] || otherAbbrevs[w]
}

// sentenceStarters are words that, capitalised after an abbreviation
// period, show that a new sentence has begun ("… in the U.S. But …").
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "But": true, "And": true, "However": true, "He": true,
	"She": true, "It": true, "They": true, "We": true, "I": true, "In": true, "This": true,
	"That": true, "These": true, "Those": true, "Yet": true, "So": true, "Still": true,
	"Meanwhile": true, "There": true, "His": true, "Her": true, "Their": true, "Its": true,
	"Our": true, "On": true, "At": true, "For": true, "If": true, "When": true, "While": true,
	"As": true, "After": true, "Before": true, "Now": true, "Then": true, "Some": true,
	"Many": true, "Most": true, "Other": true, "Another": true, "One": true, "Both": true,
	"What": true, "Why": true, "How": true, "Who": true, "Officials": true, "Earlier": true,
	"Later": true, "Since": true, "Although": true, "Though": true, "Despite": true, "Also": true,
	"According": true, "Such": true, "No": true, "Not": true, "You": true, "My": true,
}

func closingRune(s string) bool {
	switch s {
	case ")", "]", "”", "’", "\"", "'", "»", "›":
		return true
	}
	return false
}

func (t *Text) sentences() {
	body, toks := t.Body, t.Tokens
	paraStart := 0
	sentFirst := 0
	para := 0
	addSentence := func(last int) {
		if last <= sentFirst {
			return
		}
		t.Sentences = append(t.Sentences, Sentence{
			Start: toks[sentFirst].Start, End: toks[last-1].End,
			First: sentFirst, Last: last, Para: para,
		})
		sentFirst = last
	}
	addParagraph := func(last int) {
		addSentence(last)
		if len(t.Sentences) > paraStart {
			t.Paragraphs = append(t.Paragraphs, Paragraph{
				Start: t.Sentences[paraStart].Start, End: t.Sentences[len(t.Sentences)-1].End,
				First: paraStart, Last: len(t.Sentences),
			})
			para++
		}
		paraStart = len(t.Sentences)
	}
	for i := 0; i < len(toks); i++ {
		// line breaks between tokens i-1 and i
		if i > 0 && toks[i].Start > toks[i-1].End {
			gap := body[toks[i-1].End:toks[i].Start]
			nl := 0
			if len(gap) == 1 { // most gaps: one space, no call to Count
				if gap[0] == '\n' {
					nl = 1
				}
			} else {
				nl = strings.Count(gap, "\n")
			}
			if nl >= 2 {
				addParagraph(i)
			} else if nl == 1 {
				addSentence(i)
			}
		}
		if !t.endsSentence(i) {
			continue
		}
		// take closing quotes and brackets glued to the terminator
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End && closingRune(body[toks[j].Start:toks[j].End]) {
			j++
		}
		if j >= len(toks) {
			i = j - 1
			continue
		}
		if t.startsSentence(i, j) {
			addSentence(j)
			i = j - 1
		}
	}
	addParagraph(len(toks))
}

// endsSentence reports whether token i may end a sentence.
func (t *Text) endsSentence(i int) bool {
	tok := &t.Tokens[i]
	switch tok.Kind {
	case Punct:
		s := t.Body[tok.Start:tok.End]
		return s == "." || s == "!" || s == "?" || s == "…"
	case Word:
		return tok.End > tok.Start && t.Body[tok.End-1] == '.'
	}
	return false
}

// startsSentence reports whether token j starts a new sentence after the
// terminator at token i.
func (t *Text) startsSentence(i, j int) bool {
	toks := t.Tokens
	next := toks[j]
	if next.Start == toks[j-1].End { // no space: "3.5", "U.S.-led", "?!"
		return false
	}
	ns := t.Body[next.Start:next.End]
	term := toks[i]
	if term.Kind == Word { // abbreviation period
		w := t.Body[term.Start : term.End-1]
		if titleAbbrevs[w] || (len(w) == 1 && next.Upper) {
			return false // "Mr. Blair", "George W. Bush"
		}
		if next.Kind == Quote {
			// "Trump said the U.S. “would only join TPP …”": a quote that
			// opens on a lower-case word goes on with the sentence
			return !(j+1 < len(toks) && toks[j+1].Start == next.End && toks[j+1].Kind == Word && !toks[j+1].Upper)
		}
		return sentenceStarters[ns]
	}
	switch next.Kind {
	case Word:
		return next.Upper
	case Quote, Number:
		return true
	case Punct:
		return ns == "(" || ns == "[" || ns == "—" || ns == "-"
	}
	return false
}
