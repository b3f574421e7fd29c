package stance

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
	"antipathy": -0.7, "dislike": -0.7, "resentment": -0.7, "frustration": -0.5, "disappointment": -0.5,
}

// attitudeAdjectives take their target after a preposition:
// "sympathetic to Trump", "critical of", "hostile toward".
var attitudeAdjectives = map[string]float64{
	"sympathetic": 0.7, "supportive": 0.7, "friendly": 0.6, "fond": 0.7, "loyal": 0.6, "grateful": 0.6,
	"favorable": 0.6, "favourable": 0.6, "warm": 0.5, "proud": 0.6, "enthusiastic": 0.6, "impressed": 0.6,
	"critical": -0.6, "hostile": -0.7, "opposed": -0.6, "skeptical": -0.5, "sceptical": -0.5,
	"suspicious": -0.5, "wary": -0.5, "contemptuous": -0.8, "dismissive": -0.6, "angry": -0.6,
	"furious": -0.7, "disappointed": -0.5, "unhappy": -0.5, "frustrated": -0.5,
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
}

// stanceVerbs take their target as the object: "praised Trump",
// "criticised the ministry", "paid tribute to Kerry".
var stanceVerbs = map[string]float64{
	"praise": 0.7, "praised": 0.7, "praises": 0.7, "praising": 0.7,
	"hail": 0.7, "hailed": 0.7, "hails": 0.7, "applaud": 0.7, "applauded": 0.7, "applauds": 0.7,
	"commend": 0.7, "commended": 0.7, "commends": 0.7, "congratulate": 0.7, "congratulated": 0.7,
	"congratulates": 0.7, "thank": 0.6, "thanked": 0.6, "thanks": 0.5, "endorse": 0.7, "endorsed": 0.7,
	"endorses": 0.7, "support": 0.5, "supported": 0.5, "supports": 0.5, "back": 0.5, "backed": 0.5,
	"backs": 0.5, "defend": 0.5, "defended": 0.5, "defends": 0.5, "admire": 0.7, "admired": 0.7,
	"admires": 0.7, "like": 0.4, "likes": 0.4, "liked": 0.4, "trust": 0.6, "trusts": 0.6, "trusted": 0.5,
	"welcome": 0.5, "welcomed": 0.5, "welcomes": 0.5, "celebrate": 0.5, "celebrated": 0.5,
	"criticize": -0.7, "criticized": -0.7, "criticizes": -0.7, "criticise": -0.7, "criticised": -0.7,
	"criticises": -0.7, "condemn": -0.8, "condemned": -0.8, "condemns": -0.8, "denounce": -0.8,
	"denounced": -0.8, "denounces": -0.8, "attack": -0.6, "attacked": -0.6, "attacks": -0.6,
	"slam": -0.7, "slammed": -0.7, "slams": -0.7, "blast": -0.7, "blasted": -0.7, "blasts": -0.7,
	"accuse": -0.7, "accused": -0.7, "accuses": -0.7, "blame": -0.7, "blamed": -0.7, "blames": -0.7,
	"mock": -0.7, "mocked": -0.7, "mocks": -0.7, "ridicule": -0.7, "ridiculed": -0.7,
	"oppose": -0.6, "opposed": -0.6, "opposes": -0.6, "reject": -0.5, "rejected": -0.5,
	"distrust": -0.7, "distrusts": -0.7, "despise": -0.9, "despised": -0.9, "despises": -0.9,
	"hate": -0.9, "hates": -0.9, "hated": -0.9, "insult": -0.7, "insulted": -0.7, "insults": -0.7,
	"rebuke": -0.7, "rebuked": -0.7, "rebukes": -0.7, "lambast": -0.8, "lambasted": -0.8,
	"decry": -0.7, "decried": -0.7, "deride": -0.7, "derided": -0.7, "scold": -0.6, "scolded": -0.6,
	"chastise": -0.7, "chastised": -0.7, "vilify": -0.8, "vilified": -0.8, "demonize": -0.8, "demonized": -0.8,
	"fault": -0.5, "faulted": -0.5, "assail": -0.7, "assailed": -0.7, "berate": -0.7, "berated": -0.7,
}

// phrasalVerbs pair a verb with its preposition: "paid tribute to",
// "sided with", "turned against".
var phrasalVerbs = map[string]float64{
	"paid tribute to": 0.7, "pays tribute to": 0.7, "sided with": 0.6, "sides with": 0.6,
	"stood by": 0.6, "stands by": 0.6, "stood with": 0.6, "stands with": 0.6, "looks forward to working with": 0.6,
	"turned against": -0.6, "turned on": -0.6, "lashed out at": -0.8, "lashes out at": -0.8,
	"took aim at": -0.6, "takes aim at": -0.6, "railed against": -0.8, "rails against": -0.8,
	"hit out at": -0.7, "hits out at": -0.7, "spoke out against": -0.7, "speaks out against": -0.7,
	"called for the resignation of": -0.7, "poured scorn on": -0.8, "broke with": -0.6,
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
	"hardly": true, "barely": true, "neither": true, "none": true, "nothing": true, "lack": true,
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
