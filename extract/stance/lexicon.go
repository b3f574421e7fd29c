package stance

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lex"
)

// The lexicon holds words and phrases that state an attitude toward
// someone or something in news English, with a weight from -1 to 1. It is
// small on purpose: general sentiment ("a terrible storm") is not a stance,
// so only words that evaluate a person, a group or a policy are listed.

// attitudeNouns take their target after "for", "toward(s)", "of", "to",
// "with": "a soft spot for Trump", "admiration for", "contempt for".
var attitudeNouns = map[string]float64{
	"soft spot": 0.7, "sympathy": 0.6, "sympathies": 0.6, "fondness": 0.7, "admiration": 0.8,
	"respect": 0.6, "support": 0.6, "backing": 0.6, "praise": 0.7, "affection": 0.7, "love": 0.7,
	"enthusiasm": 0.6, "loyalty": 0.6, "trust": 0.6, "confidence": 0.5, "gratitude": 0.7,
	"congratulations": 0.7, "tribute": 0.7, "warm words": 0.6, "endorsement": 0.7, "solidarity": 0.6,
	"contempt": -0.8, "disdain": -0.8, "hatred": -0.9, "hostility": -0.7, "animosity": -0.7,
	"distrust": -0.7, "mistrust": -0.7, "suspicion": -0.5, "criticism": -0.6, "scorn": -0.8,
	"opposition": -0.6, "anger": -0.6, "outrage": -0.7, "disgust": -0.8, "condemnation": -0.8,
	"antipathy": -0.7, "dislike": -0.7, "resentment": -0.7,
}

// attitudeAdjectives take their target after a preposition:
// "sympathetic to Trump", "critical of", "hostile toward".
var attitudeAdjectives = map[string]float64{
	"sympathetic": 0.7, "supportive": 0.7, "friendly": 0.6, "fond": 0.7, "loyal": 0.6, "grateful": 0.6,
	"favorable": 0.6, "favourable": 0.6, "warm": 0.5, "proud": 0.6, "enthusiastic": 0.6, "impressed": 0.6,
	"critical": -0.6, "hostile": -0.7, "opposed": -0.6, "skeptical": -0.5, "sceptical": -0.5,
	"suspicious": -0.5, "wary": -0.5, "contemptuous": -0.8, "dismissive": -0.6, "angry": -0.6,
	"furious": -0.7, "disappointed": -0.5, "unhappy": -0.5, "frustrated": -0.5, "angered": -0.6,
	"outraged": -0.7, "incensed": -0.7, "upset": -0.5, "annoyed": -0.5, "irritated": -0.5, "pleased": 0.5,
	"happy": 0.5, "delighted": 0.6, "satisfied": 0.5, "indebted": 0.6, "livid": -0.7, "irate": -0.7,
}

// evaluative words judge the subject they are said of: "Trump is an
// impulsive person", "X was perceived as someone totally
// incomprehensible", "a decent guy".
var evaluative = map[string]float64{
	"decent": 0.6, "honest": 0.7, "reliable": 0.6, "trustworthy": 0.7, "competent": 0.6, "capable": 0.5,
	"brilliant": 0.7, "great": 0.5, "excellent": 0.7, "strong": 0.4, "successful": 0.5, "wise": 0.6,
	"courageous": 0.7, "brave": 0.6, "principled": 0.6, "pragmatic": 0.4, "effective": 0.5,
	"good": 0.4, "kind": 0.5, "generous": 0.5, "fair": 0.5, "visionary": 0.6, "admirable": 0.7,
	"impulsive": -0.6, "incomprehensible": -0.6, "unpredictable": -0.5, "erratic": -0.7, "reckless": -0.7,
	"dangerous": -0.7, "corrupt": -0.8, "dishonest": -0.8, "incompetent": -0.8, "weak": -0.5,
	"liar": -0.8, "criminal": -0.8, "crook": -0.8, "fraud": -0.8, "disgrace": -0.8, "disgraceful": -0.8,
	"racist": -0.8, "authoritarian": -0.6, "dictator": -0.6, "tyrant": -0.8, "thug": -0.8, "bully": -0.7,
	"irresponsible": -0.7, "hypocritical": -0.7, "hypocrite": -0.7, "arrogant": -0.6, "ignorant": -0.6,
	"unfit": -0.8, "illegitimate": -0.7, "untrustworthy": -0.7, "unreliable": -0.6, "failed": -0.5,
	"failure": -0.6, "enemy": -0.7, "threat": -0.6, "traitor": -0.9, "idiot": -0.8, "stupid": -0.7,
	"clown": -0.7, "puppet": -0.6, "extremist": -0.7, "radical": -0.4, "lackluster": -0.5,
	"lacklustre": -0.5, "disastrous": -0.8, "terrible": -0.6, "awful": -0.7, "horrible": -0.7,
	"ally": 0.5, "friend": 0.6, "partner": 0.3, "hero": 0.7, "champion": 0.5,
	"hoax": -0.8, "witch": -0.7, "sham": -0.8, "farce": -0.8, "charade": -0.7, "smear": -0.7,
	// insults VADER does not rate: "called Trump a kook and a bigot"
	"bigot": -0.8, "kook": -0.7, "loser": -0.7, "joke": -0.6, "moron": -0.8, "lunatic": -0.8, "maniac": -0.8,
	"demagogue": -0.7, "charlatan": -0.8, "coward": -0.8, "snake": -0.7, "thief": -0.8, "murderer": -0.9,
	"butcher": -0.8, "fascist": -0.8, "nazi": -0.8, "psychopath": -0.8, "sociopath": -0.8, "con": -0.6,
	"conman": -0.8, "huckster": -0.7, "swindler": -0.8, "xenophobe": -0.8, "misogynist": -0.8,
	"embarrassment": -0.7, "menace": -0.7,
	"genius": 0.7, "patriot": 0.6, "statesman": 0.6, "gentleman": 0.6, "inspiration": 0.6, "legend": 0.6,
}

// verbFrames are the verbs that state an attitude of their subject toward
// the entity after them, by lemma: with a direct object ("criticised the
// ministry", "expelled the ambassador"), or after the words of the frame
// ("sided with X", "lashed out at X", "took a swipe at X"). Their
// inflections come from inflect. Sanctions, threats and hostile acts count
// as negative, as the gold conventions say.
var verbFrames = []struct {
	lemma  string
	weight float64
	after  string // "" for a direct object; else the words before the target, "|" between choices
}{
	// positive
	{"praise", 0.7, ""}, {"hail", 0.7, ""}, {"applaud", 0.7, ""}, {"commend", 0.7, ""}, {"laud", 0.7, ""},
	{"congratulate", 0.7, ""}, {"thank", 0.6, ""}, {"endorse", 0.7, ""}, {"support", 0.5, ""},
	{"back", 0.5, ""}, {"defend", 0.5, ""}, {"admire", 0.7, ""}, {"welcome", 0.5, ""}, {"salute", 0.6, ""},
	{"pardon", 0.5, ""}, {"champion", 0.6, ""}, {"embrace", 0.5, ""}, {"befriend", 0.6, ""},
	{"trust", 0.6, ""}, {"honour", 0.6, ""}, {"honor", 0.6, ""}, {"reward", 0.5, ""},
	{"sympathise", 0.6, "with"}, {"sympathize", 0.6, "with"}, {"side", 0.6, "with"}, {"ally", 0.6, "with"},
	{"stand", 0.6, "by|with|behind"}, {"pay", 0.7, "tribute to|homage to"}, {"vote", 0.5, "for"},
	{"campaign", 0.5, "for"}, {"look", 0.6, "forward to working with"},
	// negative
	{"criticise", -0.7, ""}, {"criticize", -0.7, ""}, {"condemn", -0.8, ""}, {"denounce", -0.8, ""},
	{"slam", -0.7, ""}, {"blast", -0.7, ""}, {"accuse", -0.7, ""}, {"blame", -0.7, ""}, {"mock", -0.7, ""},
	{"ridicule", -0.7, ""}, {"oppose", -0.6, ""}, {"despise", -0.9, ""}, {"hate", -0.9, ""},
	{"insult", -0.7, ""}, {"rebuke", -0.7, ""}, {"lambast", -0.8, ""}, {"lambaste", -0.8, ""},
	{"decry", -0.7, ""}, {"deride", -0.7, ""}, {"scold", -0.6, ""}, {"chastise", -0.7, ""},
	{"vilify", -0.8, ""}, {"demonise", -0.8, ""}, {"demonize", -0.8, ""}, {"fault", -0.5, ""},
	{"assail", -0.7, ""}, {"berate", -0.7, ""}, {"attack", -0.6, ""}, {"distrust", -0.7, ""},
	{"reject", -0.5, ""}, {"sanction", -0.7, ""}, {"expel", -0.7, ""}, {"threaten", -0.7, ""},
	{"sue", -0.6, ""}, {"impeach", -0.7, ""}, {"boycott", -0.7, ""}, {"snub", -0.6, ""},
	{"shun", -0.6, ""}, {"disavow", -0.6, ""}, {"repudiate", -0.7, ""}, {"rebuff", -0.6, ""},
	{"spurn", -0.6, ""}, {"punish", -0.7, ""}, {"betray", -0.7, ""}, {"smear", -0.7, ""},
	{"taunt", -0.6, ""}, {"undermine", -0.6, ""}, {"invade", -0.8, ""}, {"topple", -0.7, ""},
	{"oust", -0.7, ""}, {"overthrow", -0.8, ""}, {"bomb", -0.8, ""}, {"suspend", -0.6, ""}, {"fight", -0.6, "|against"},
	{"rail", -0.8, "against"}, {"lash", -0.8, "out at|out against"}, {"hit", -0.7, "out at|back at|"},
	{"take", -0.6, "aim at|a swipe at|a jab at|a shot at|issue with"}, {"turn", -0.6, "against|on"},
	{"break", -0.5, "with|ranks with|off relations with|off diplomatic relations with|off talks with"}, {"vote", -0.6, "against"}, {"campaign", -0.6, "against"},
	{"protest", -0.6, "against"}, {"speak", -0.7, "out against"}, {"retaliate", -0.7, "against"},
	{"impose", -0.7, imposeTails}, {"declare", -0.8, "war on"},
	{"pour", -0.8, "scorn on|cold water on"}, {"call", -0.7, "for the resignation of|for the impeachment of|for the ouster of"},
	{"distance", -0.5, "himself from|herself from|themselves from|itself from"},
	{"wage", -0.8, "war on|war against"}, {"go", -0.6, "after"}, {"cut", -0.6, "ties with|diplomatic ties with|off ties with|off relations with|off diplomatic relations with"},
	{"sever", -0.7, "ties with|relations with|diplomatic ties with|diplomatic relations with"}, {"freeze", -0.6, "trade with|relations with"},
	{"rip", -0.7, ""}, {"excoriate", -0.8, ""}, {"castigate", -0.8, ""}, {"upbraid", -0.7, ""},
	{"admonish", -0.6, ""}, {"reprimand", -0.6, ""}, {"censure", -0.7, ""}, {"denigrate", -0.7, ""},
	{"disparage", -0.7, ""}, {"belittle", -0.7, ""}, {"bash", -0.7, ""}, {"skewer", -0.7, ""},
	{"chide", -0.6, ""}, {"blacklist", -0.7, ""}, {"ban", -0.5, ""}, {"hammer", -0.7, ""}, {"pillory", -0.8, ""},
	{"savage", -0.8, ""}, {"pummel", -0.7, ""}, {"kill", -0.8, ""}, {"assassinate", -0.9, ""}, {"murder", -0.9, ""},
	{"recall", -0.6, "its ambassador from|its ambassador to|its envoy from|its envoy to|their ambassadors from|their ambassadors to"},
	{"summon", -0.5, ""}, // a state's envoy only (verbs.go)
	{"sneer", -0.7, "at"}, {"scoff", -0.6, "at"}, {"jeer", -0.7, ""}, {"poke", -0.5, "fun at"},
	{"dislike", -0.7, ""}, {"detest", -0.9, ""}, {"loathe", -0.9, ""}, {"resent", -0.7, ""},
	{"clash", -0.6, "with"}, {"feud", -0.7, "with"}, {"spar", -0.6, "with"}, {"quarrel", -0.6, "with"},
	{"cross", -0.6, "swords with"}, {"lock", -0.6, "horns with"}, {"butt", -0.6, "heads with"},
	{"compliment", 0.6, ""}, {"credit", 0.5, ""}, {"vouch", 0.6, "for"}, {"rally", 0.6, "behind|around"},
}

// irregular lists the inflections inflect cannot guess: base, 3sg, past,
// past participle, gerund.
var irregular = map[string][]string{
	"take": {"take", "takes", "took", "taken", "taking"}, "hit": {"hit", "hits", "hit", "hit", "hitting"},
	"stand": {"stand", "stands", "stood", "stood", "standing"}, "pay": {"pay", "pays", "paid", "paid", "paying"},
	"break": {"break", "breaks", "broke", "broken", "breaking"}, "fight": {"fight", "fights", "fought", "fought", "fighting"},
	"speak": {"speak", "speaks", "spoke", "spoken", "speaking"}, "slam": {"slam", "slams", "slammed", "slammed", "slamming"},
	"expel": {"expel", "expels", "expelled", "expelled", "expelling"}, "go": {"go", "goes", "went", "gone", "going"},
	"cut": {"cut", "cuts", "cut", "cut", "cutting"}, "freeze": {"freeze", "freezes", "froze", "frozen", "freezing"},
	"snub": {"snub", "snubs", "snubbed", "snubbed", "snubbing"}, "shun": {"shun", "shuns", "shunned", "shunned", "shunning"},
	"rebuke": {"rebuke", "rebukes", "rebuked", "rebuked", "rebuking"}, "ally": {"ally", "allies", "allied", "allied", "allying"},
	"label": {"label", "labels", "labelled", "labeled", "labelling", "labeling"},
	"rip":   {"rip", "rips", "ripped", "ripped", "ripping"}, "spar": {"spar", "spars", "sparred", "sparred", "sparring"}, "ban": {"ban", "bans", "banned", "banned", "banning"},
}

// inflect returns the forms of a verb: base, -s, -ed and -ing.
func inflect(v string) []string {
	if f, ok := irregular[v]; ok {
		return f
	}
	n := len(v)
	consY := n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2]))
	var s, ed, ing string
	switch {
	case consY:
		s, ed, ing = v[:n-1]+"ies", v[:n-1]+"ied", v+"ing"
	case strings.HasSuffix(v, "e"):
		s, ed, ing = v+"s", v+"d", v[:n-1]+"ing"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"):
		s, ed, ing = v+"es", v+"ed", v+"ing"
	default:
		s, ed, ing = v+"s", v+"ed", v+"ing"
	}
	return []string{v, s, ed, ing}
}

// frame is one way a verb form takes its target.
type frame struct {
	weight float64
	after  []string // words between the verb and the target
	lemma  string
}

// verbForms maps each inflected form of a stance verb to its frames.
var verbForms = func() map[string][]frame {
	m := map[string][]frame{}
	for _, v := range verbFrames {
		for _, alt := range strings.Split(v.after, "|") {
			f := frame{weight: v.weight, after: strings.Fields(alt), lemma: v.lemma}
			for _, form := range inflect(v.lemma) {
				m[form] = append(m[form], f)
			}
		}
	}
	return m
}()

// callVerbs name their object with an evaluation: "called Schiff a liar",
// "branded Harry's actions stupid".
var callVerbs = func() map[string]bool {
	m := map[string]bool{"describe": true, "describes": true, "described": true, "describing": true}
	// "Ankara considers the YPG a terrorist group", "sees Russia as a threat"
	for _, v := range []string{"consider", "view", "regard", "deem", "see"} {
		for _, f := range inflect(v) {
			m[f] = true
		}
	}
	m["saw"] = true
	// "dismissed Trump's claims as delusional": scorn whatever follows "as"
	for _, f := range inflect("dismiss") {
		m[f] = true
	}
	for _, w := range lex.NamingVerbs() {
		m[w] = true
	}
	return m
}()

// controlVerbs take a stance verb as their infinitive, and lend it their
// subject: "threatened to expel", "voted to sanction". The value is false
// for those that deny it: "refused to condemn".
var controlVerbs = map[string]bool{
	"want": true, "wants": true, "wanted": true, "vow": true, "vows": true, "vowed": true,
	"threaten": true, "threatens": true, "threatened": true, "move": true, "moves": true, "moved": true,
	"vote": true, "votes": true, "voted": true, "decide": true, "decides": true, "decided": true,
	"seek": true, "seeks": true, "sought": true, "try": true, "tries": true, "tried": true,
	"promise": true, "promised": true, "promises": true, "pledge": true, "pledged": true, "pledges": true,
	"plan": true, "plans": true, "planned": true, "continue": true, "continues": true, "continued": true,
	"go": true, "went": true, "began": true, "begin": true, "begins": true,
	"refuse": false, "refuses": false, "refused": false, "decline": false, "declines": false,
	"declined": false, "fail": false, "fails": false, "failed": false,
}

// relationNouns with a positive or negative modifier state a stance toward
// the other party: "his strong relationship with George Bush".
var relationNouns = map[string]bool{
	"relationship": true, "relations": true, "ties": true, "friendship": true, "partnership": true,
	"alliance": true, "cooperation": true, "bond": true,
}

var relationModifiers = map[string]float64{
	"strong": 0.6, "close": 0.6, "good": 0.5, "warm": 0.6, "special": 0.5, "excellent": 0.7,
	"friendly": 0.6, "great": 0.5, "solid": 0.5, "deep": 0.5,
	"bad": -0.5, "poor": -0.5, "strained": -0.6, "tense": -0.5, "frosty": -0.6, "hostile": -0.7,
	"difficult": -0.4, "troubled": -0.5, "rocky": -0.5, "broken": -0.6,
}

// negators flip or cancel the stance of what follows them.
var negators = map[string]bool{
	"not": true, "no": true, "never": true, "n’t": true, "n't": true, "without": true, "nor": true,
	"hardly": true, "barely": true, "neither": true, "none": true, "nothing": true, "lack": true, "little": true, "scant": true,
	"doesn’t": true, "don’t": true, "didn’t": true, "isn’t": true, "wasn’t": true, "aren’t": true,
	"weren’t": true, "won’t": true, "wouldn’t": true, "can’t": true, "couldn’t": true, "hasn’t": true,
	"haven’t": true, "hadn’t": true, "doesn't": true, "don't": true, "didn't": true, "isn't": true,
	"wasn't": true, "aren't": true, "weren't": true, "won't": true, "wouldn't": true, "can't": true,
	"couldn't": true, "hasn't": true, "haven't": true, "hadn't": true, "cannot": true, "longer": true,
}

// hedges weaken a stance: "might be", "perhaps", "somewhat".
var hedges = map[string]float64{
	"might": 0.5, "may": 0.6, "perhaps": 0.5, "possibly": 0.5, "somewhat": 0.7, "could": 0.6,
	"maybe": 0.5, "seemingly": 0.6, "reportedly": 0.7, "allegedly": 0.5, "arguably": 0.6, "if": 0.3,
	"whether": 0.3, "rather": 0.8, "slightly": 0.6, "fairly": 0.8,
}

// imposeTails are what "impose" takes to be hostile: "sanctions on",
// "new sanctions against", "retaliatory tariffs on".
var imposeTails = func() string {
	var tails []string
	for _, mod := range []string{"", "new ", "fresh ", "additional ", "further ", "more ", "tough ", "tougher ", "economic ",
		"harsh ", "harsher ", "stiff ", "stiffer ", "sweeping ", "punitive ", "retaliatory ", "steep ", "heavy ", "targeted "} {
		for _, what := range []string{"sanctions on", "sanctions against", "tariffs on", "tariffs against"} {
			tails = append(tails, mod+what)
		}
	}
	return strings.Join(tails, "|")
}()
