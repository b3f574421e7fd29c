package clean

import "strings"

// Trigger flags: the words whose presence lets a rule look closer at a
// line. Finding them all in one pass over the line keeps cleaning cheap;
// the rules themselves then run on few lines.
const (
	tSign uint32 = 1 << iota
	tSubscri
	tInbox
	tNewsletter
	tSupport
	tBecome
	tDonate
	tPlease
	tChip
	tPhoto
	tCredit
	tGetty
	tCaption
	tCopyright
	tClick
	tContribut
	tVideo
)

const (
	tSignup   = tSign | tSubscri | tInbox | tNewsletter
	tAppeal   = tSupport | tBecome | tDonate | tPlease | tChip
	tCaptions = tPhoto | tCredit | tGetty | tCaption | tCopyright
)

// wordByte marks the bytes that continue a word (ASCII lower-case letters
// and digits; the text is lower-cased).
var wordByte = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

// triggers returns the trigger flags of the words of ll (lower case).
func triggers(ll string) uint32 {
	var f uint32
	for i := 0; i < len(ll); i++ {
		if !wordByte[ll[i]] {
			continue
		}
		// ll[i] starts a word: look at its first two letters, then skip it
		start := i
		for i+1 < len(ll) && wordByte[ll[i+1]] {
			i++
		}
		if i == start {
			continue // one-letter word
		}
		s := ll[start:]
		switch uint16(s[0])<<8 | uint16(s[1]) {
		case 'b'<<8 | 'e':
			if strings.HasPrefix(s, "become a ") {
				f |= tBecome
			}
		case 'c'<<8 | 'a':
			if strings.HasPrefix(s, "caption") {
				f |= tCaption
			}
		case 'c'<<8 | 'h':
			if strings.HasPrefix(s, "chip in") {
				f |= tChip
			}
		case 'c'<<8 | 'l':
			if strings.HasPrefix(s, "click") {
				f |= tClick
			}
		case 'c'<<8 | 'o':
			if strings.HasPrefix(s, "copyright") {
				f |= tCopyright
			} else if strings.HasPrefix(s, "contribut") {
				f |= tContribut
			}
		case 'c'<<8 | 'r':
			if strings.HasPrefix(s, "credit") {
				f |= tCredit
			}
		case 'd'<<8 | 'o':
			if strings.HasPrefix(s, "donate") {
				f |= tDonate
			}
		case 'g'<<8 | 'e':
			if strings.HasPrefix(s, "getty") {
				f |= tGetty
			}
		case 'i'<<8 | 'n':
			if strings.HasPrefix(s, "inbox") {
				f |= tInbox
			}
		case 'n'<<8 | 'e':
			if strings.HasPrefix(s, "newsletter") {
				f |= tNewsletter
			}
		case 'p'<<8 | 'h':
			if strings.HasPrefix(s, "photo") {
				f |= tPhoto
			}
		case 'p'<<8 | 'l':
			if strings.HasPrefix(s, "please ") {
				f |= tPlease
			}
		case 's'<<8 | 'i':
			if strings.HasPrefix(s, "sign") {
				f |= tSign
			}
		case 's'<<8 | 'u':
			if strings.HasPrefix(s, "subscri") {
				f |= tSubscri
			} else if strings.HasPrefix(s, "support ") {
				f |= tSupport
			}
		case 'v'<<8 | 'i':
			if strings.HasPrefix(s, "video") {
				f |= tVideo
			}
		}
	}
	return f
}
