package input

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// DefaultLanguage is the language of an article whose input does not say
// and whose text does not tell: the extraction rules are for English.
const DefaultLanguage = "en"

// languageWords are very common words of the languages told apart by
// their text, which seldom appear in the others.
var languageWords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "was", "that", "with", "for", "are", "has", "have", "this", "it", "by", "from", "which", "would", "will", "been", "were", "they", "their", "said"},
	"fr": {"le", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "que", "pas", "sur", "au", "aux", "avec", "ont", "été", "sont", "cette", "mais", "il", "elle", "ne"},
	"es": {"el", "los", "las", "del", "y", "es", "una", "por", "para", "con", "que", "se", "su", "lo", "como", "más", "fue", "pero", "sus", "al", "han", "muy", "este", "esta"},
	"pt": {"os", "das", "dos", "não", "uma", "com", "por", "para", "que", "em", "na", "no", "ao", "mais", "foi", "como", "seu", "sua", "também", "ele", "ela", "são", "pelo", "pela"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "von", "zu", "auf", "für", "sich", "dem", "auch", "es", "wird", "sind", "wie", "bei", "nach", "oder"},
	"it": {"il", "gli", "della", "di", "che", "non", "è", "per", "una", "sono", "con", "del", "nel", "alla", "anche", "più", "come", "questo", "ha", "dei", "delle", "ma", "essere", "lo"},
	"nl": {"de", "het", "een", "en", "van", "niet", "zijn", "op", "met", "voor", "dat", "die", "ook", "aan", "bij", "wordt", "naar", "worden", "heeft", "maar", "dit", "hij", "ze", "er"},
	"cs": {"a", "je", "se", "na", "v", "že", "to", "s", "z", "do", "jako", "ale", "by", "pro", "jsou", "už", "jeho", "který", "která", "které", "také", "po", "jak", "bylo"},
}

// languages are the languages of languageWords, in order; wordLanguages
// maps each of their words to the indexes of the languages it belongs to.
// Scores are counted in an array indexed like languages, not in a map:
// the map was most of detectLanguage's time, itself 1.6% of the CPU
// profile of BenchmarkExtractCorpus.
var languages, wordLanguages = func() ([]string, map[string][]uint8) {
	langs := make([]string, 0, len(languageWords))
	for lang := range languageWords {
		langs = append(langs, lang)
	}
	slices.Sort(langs)
	m := map[string][]uint8{}
	for i, lang := range langs {
		for _, w := range languageWords[lang] {
			m[w] = append(m[w], uint8(i))
		}
	}
	return langs, m
}()

// languageSample is how many bytes of a text detectLanguage reads.
const languageSample = 800

// detectLanguage tells the language of a text from its script (Chinese,
// Japanese, Korean, Russian, Arabic, Hebrew, Greek) or, for the Latin
// script, from its most common words (English, French, Spanish, Portuguese,
// German, Italian, Dutch, Czech). It reads the first 800 bytes (some 130
// words, plenty for common words to tell) and returns ""
// when the text is too short or the evidence too thin to tell.
func detectLanguage(text string) string {
	if len(text) > languageSample {
		text = text[:languageSample]
	}
	var han, kana, hangul, cyrillic, arabic, hebrew, greek, latin int
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf { // ASCII: a byte at a time
			if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
				latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.IsLetter(r):
			latin++
		}
	}
	// A character of these scripts is about a word; count them as two
	// letters against the Latin script's letters.
	cjk := 2 * (han + kana + hangul)
	switch {
	case cjk > latin && kana > 0 && 10*kana > han:
		return "ja"
	case cjk > latin && hangul > han:
		return "ko"
	case cjk > latin:
		return "zh"
	case cyrillic > latin:
		return "ru"
	case arabic > latin:
		return "ar"
	case hebrew > latin:
		return "he"
	case greek > latin:
		return "el"
	}
	score := make([]int, len(languages))
	words := 0
	// words without allocating: lower-cased into buf, looked up as they are
	var buf []byte
	flush := func() {
		if len(buf) == 0 {
			return
		}
		words++
		for _, li := range wordLanguages[string(buf)] {
			score[li]++
		}
		buf = buf[:0]
	}
	for i := 0; i < len(text); {
		r := rune(text[i])
		if r < utf8.RuneSelf {
			i++
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(text[i:])
			i += n
		}
		switch {
		case r >= 'a' && r <= 'z' || r == '\'':
			buf = append(buf, byte(r))
		case r >= 'A' && r <= 'Z':
			buf = append(buf, byte(r)+'a'-'A')
		case r < 0x80 || !unicode.IsLetter(r):
			flush()
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	flush()
	best, second := -1, 0 // indexes in languages
	for li, n := range score {
		if n == 0 {
			continue
		}
		if best < 0 || n > score[best] {
			if best >= 0 {
				second = max(second, score[best])
			}
			best = li
		} else {
			second = max(second, n)
		}
	}
	// Common words are about a third of any running text; ask for enough
	// of them, and a clear lead over the runner-up.
	if best < 0 || words < 20 || score[best] < 8 || 2*score[best] < 3*second {
		return ""
	}
	return languages[best]
}
