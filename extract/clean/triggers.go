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

// triggers returns the trigger flags of the words of ll (lower case).
func triggers(ll string) uint32 {
	var f uint32
	for i := 0; i < len(ll); i++ {
		c := ll[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if i > 0 {
				if p := ll[i-1]; p >= 'a' && p <= 'z' || p >= '0' && p <= '9' {
					// inside a word: skip to its end
					for i+1 < len(ll) && (ll[i+1] >= 'a' && ll[i+1] <= 'z' || ll[i+1] >= '0' && ll[i+1] <= '9') {
						i++
					}
					continue
				}
			}
		}
		if c < 'b' || c > 'v' {
			continue
		}
		s := ll[i:]
		switch c {
		case 's':
			switch {
			case strings.HasPrefix(s, "sign"):
				f |= tSign
			case strings.HasPrefix(s, "subscri"):
				f |= tSubscri
			case strings.HasPrefix(s, "support "):
				f |= tSupport
			}
		case 'i':
			if strings.HasPrefix(s, "inbox") {
				f |= tInbox
			}
		case 'n':
			if strings.HasPrefix(s, "newsletter") {
				f |= tNewsletter
			}
		case 'b':
			if strings.HasPrefix(s, "become a ") {
				f |= tBecome
			}
		case 'd':
			if strings.HasPrefix(s, "donate") {
				f |= tDonate
			}
		case 'p':
			switch {
			case strings.HasPrefix(s, "please "):
				f |= tPlease
			case strings.HasPrefix(s, "photo"):
				f |= tPhoto
			}
		case 'c':
			switch {
			case strings.HasPrefix(s, "chip in"):
				f |= tChip
			case strings.HasPrefix(s, "credit"):
				f |= tCredit
			case strings.HasPrefix(s, "caption"):
				f |= tCaption
			case strings.HasPrefix(s, "copyright"):
				f |= tCopyright
			case strings.HasPrefix(s, "click"):
				f |= tClick
			case strings.HasPrefix(s, "contribut"):
				f |= tContribut
			}
		case 'g':
			if strings.HasPrefix(s, "getty") {
				f |= tGetty
			}
		case 'v':
			if strings.HasPrefix(s, "video") {
				f |= tVideo
			}
		}
	}
	return f
}
