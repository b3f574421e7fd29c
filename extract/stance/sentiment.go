package stance

import (
	"bufio"
	"bytes"
	"math"
	"strconv"
	"strings"
	"sync"

	vader "github.com/jonreiter/govader/data"
)

// The evaluative words of quotes are scored with the VADER sentiment
// lexicon (Hutto and Gilbert, 2014: about 7,500 words and emoticons rated
// from -4 to 4 by ten raters each), as shipped by the Go module
// github.com/jonreiter/govader (MIT licence). Only its data is used, loaded
// once into a map; the rules that decide which words are said of which
// entity are this package's own.
const vaderAsset = "rawdata/vaderLexicon.txt"

var (
	sentimentOnce sync.Once
	sentimentMap  map[string]float64
)

// sentiment returns the VADER valence of a lower-case word scaled to
// [-1, 1] (a rating of 2.5 of 4 and more is 1), or 0 when the lexicon does not rate it. Words of the curated
// evaluative list override it.
func sentiment(lw string) float64 {
	if s, ok := evaluative[lw]; ok {
		return s
	}
	sentimentOnce.Do(loadSentiment)
	return sentimentMap[lw]
}

func loadSentiment() {
	sentimentMap = map[string]float64{}
	data, err := vader.Asset(vaderAsset)
	if err != nil {
		return // a broken dependency leaves only the curated words
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		word, rest, ok := strings.Cut(sc.Text(), "\t")
		if !ok || !isWord(word) {
			continue
		}
		mean, _, _ := strings.Cut(rest, "\t")
		v, err := strconv.ParseFloat(mean, 64)
		if err != nil || v == 0 {
			continue
		}
		// a rating of 2.5 ("brilliant", "liar") is a clear judgement
		sentimentMap[word] = math.Max(-1, math.Min(1, v/2.5))
	}
	for w := range notJudgements {
		delete(sentimentMap, w)
	}
}

// isWord reports whether an entry of the lexicon is a plain word (not an
// emoticon or an abbreviation of chat English).
func isWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// notJudgements are words VADER rates that say how things are, not what
// someone thinks of a person or body: "a war", "the crisis", "killed".
var notJudgements = map[string]bool{
	"war": true, "crisis": true, "killed": true, "kill": true, "dead": true, "death": true, "died": true,
	"attack": true, "attacks": true, "disaster": true, "victim": true, "victims": true, "cancer": true,
	"fire": true, "storm": true, "bomb": true, "terror": true, "terrorism": true, "violence": true,
	"prison": true, "jail": true, "police": true, "arrest": true, "arrested": true, "charges": true,
	"charged": true, "sentence": true, "sentenced": true, "lost": true, "loss": true, "losses": true,
	"win": true, "won": true, "winner": true, "victory": true, "defeat": true, "defeated": true,
	"yes": true, "no": true, "ok": true, "okay": true, "like": true, "want": true, "wants": true,
	"please": true, "pretty": true, "well": true, "true": true, "sure": true, "certain": true,
	"united": true, "party": true, "justice": true, "security": true, "free": true, "freedom": true,
	"care": true, "help": true, "hope": true, "chance": true, "important": true, "interest": true,
	"growth": true, "rich": true, "poor": true, "debt": true, "tax": true, "taxes": true, "cut": true,
	"cuts": true, "problem": true, "problems": true, "issue": true, "issues": true, "challenge": true,
	"emergency": true, "illegal": true, "immigrant": true, "sick": true, "ill": true, "hurt": true,
	"injured": true, "pain": true, "fight": true, "fighting": true, "conflict": true, "military": true,
	"weapon": true, "weapons": true, "agree": true, "agreed": true, "agreement": true, "deal": true,
	"ready": true, "willing": true, "able": true, "unable": true, "hopeful": true, "confident": true,
	"optimistic": true, "pessimistic": true, "afraid": true, "scared": true, "glad": true, "eager": true,
	"keen": true, "excited": true, "nervous": true, "anxious": true, "worried": true, "concerned": true,
	"surprised": true, "shocked": true, "determined": true, "committed": true, "interested": true,
	"sorry": true, "thankful": true, "sad": true, "fearful": true, "alone": true, "safe": true,
	"curious": true, "argument": true, "arguments": true, "desire": true, "responsible": true, "special": true, "difficult": true, "leading": true, "leader": true, "top": true, "huge": true, "big": true, "major": true, "serious": true,
	"motivated": true, // "politically motivated" is no praise
}
