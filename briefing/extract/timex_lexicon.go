package extract

// The temporal tagger's vocabulary: the words that can start, extend or
// colour a temporal expression, each with what it means to the matcher.

// Units of time, in increasing size.
const (
	uNone uint8 = iota
	uSecond
	uMinute
	uHour
	uDay
	uNight
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// Tense cues a word gives its clause.
const (
	cueNone uint8 = iota
	cuePast
	cuePresent
	cueFuture
)

// timexLexInfo is what one lower-case word means to the temporal tagger. A word
// may play several parts ("second" is an ordinal and a unit; "may" a month
// and a modal).
type timexLexInfo struct {
	word      string
	month     int8 // 1..12
	monthAbbr bool // "sept", "oct": needs a day or a year beside it
	wday      int8 // ISO weekday, 1 = Monday
	wdayAbbr  bool
	wdayPl    bool // "mondays": a set
	unit      uint8
	unitPl    bool
	num       int    // cardinal number word, 0 when none
	ord       int    // ordinal number word, 0 when none
	part      string // part of day: TMO, TAF, TEV, TNI
	season    string // SP, SU, FA, WI
	cue       uint8  // tense cue
	// wordRule and theRule are 1 + the index in timexWordRules and
	// theWordRules of the rule the word leads, alone or after "the" (0
	// when none); rel says it relates a period to the publication date,
	// holiday that it starts a holiday's name, and leads that matchWord
	// has a rule that may start with it. Set by buildTimexRules and
	// buildHolidays.
	wordRule, theRule   uint8
	rel, holiday, leads bool
	// quantity says the word may start a quantity of time ("three",
	// "several", "many", "months"): see markLeaders.
	quantity bool
	// mods is 1 + the index in timexModGroups of the modifier phrases
	// that start with the word, 0 when none.
	mods uint8
	// starts says an expression may start at the word: it has modifier
	// phrases, leads a part-of modifier, or opens the gate of a core rule
	// (see markStarts). The tagger tries no rule at any other word.
	starts bool
}

// lexicon maps lower-case words to their meaning; timexLexIndex holds positions
// in it. Both are built once and only read.
var (
	timexLexicon  []timexLexInfo
	timexLexIndex map[string]int16
)

// timexLexEntry returns the entry of w, adding an empty one if needed.
func timexLexEntry(w string) *timexLexInfo {
	if i, ok := timexLexIndex[w]; ok {
		return &timexLexicon[i]
	}
	timexLexicon = append(timexLexicon, timexLexInfo{word: w})
	timexLexIndex[w] = int16(len(timexLexicon) - 1)
	if len(w) <= 16 {
		timexLexTable.add(packWord(w), int16(len(timexLexicon)-1))
	}
	return &timexLexicon[len(timexLexicon)-1]
}

// timexLexTable finds the lexicon words of up to 16 bytes, as
// timexLexIndex does, for the tokenizer: a word is looked up at every
// word of the text, and most are not in the lexicon. A word is packed
// into two integers as it is lower-cased, and found by comparing them,
// without hashing a string.
var timexLexTable wordTable

// packedWord is a word of up to 16 bytes: its bytes, little-endian and
// padded with zeros, and its length.
type packedWord struct {
	lo, hi uint64
	n      uint64
}

// packWord packs w, of at most 16 bytes.
func packWord(w string) packedWord {
	p := packedWord{n: uint64(len(w))}
	for i := 0; i < len(w); i++ {
		if i < 8 {
			p.lo |= uint64(w[i]) << (8 * i)
		} else {
			p.hi |= uint64(w[i]) << (8 * (i - 8))
		}
	}
	return p
}

// wordTableBits sizes the table: 2048 slots for some 600 words keeps a
// probe for an unknown word short.
const wordTableBits = 11

// wordTable is an open-addressing table from packed words to lexicon
// indices; an empty slot has index 0 (no lexicon word).
type wordTable struct {
	slots [1 << wordTableBits]struct {
		w  packedWord
		lx int16
	}
}

// slot returns the first slot to probe for p.
func (t *wordTable) slot(p packedWord) uint64 {
	h := (p.lo^p.n)*0x9E3779B97F4A7C15 ^ p.hi*0xC2B2AE3D27D4EB4F
	return h >> (64 - wordTableBits)
}

// add records p under lexicon index lx.
func (t *wordTable) add(p packedWord, lx int16) {
	for i := t.slot(p); ; i = (i + 1) & (1<<wordTableBits - 1) {
		if s := &t.slots[i]; s.lx == 0 {
			s.w, s.lx = p, lx
			return
		}
	}
}

// find returns the lexicon index of p, 0 when it is not in the lexicon.
func (t *wordTable) find(p packedWord) int16 {
	for i := t.slot(p); ; i = (i + 1) & (1<<wordTableBits - 1) {
		s := &t.slots[i]
		if s.lx == 0 || s.w == p {
			return s.lx
		}
	}
}

// buildTimexLexicon builds the temporal lexicon from the word tables below.
func buildTimexLexicon() {
	timexLexicon = make([]timexLexInfo, 1, 512) // index 0: not a lexicon word
	timexLexIndex = make(map[string]int16, 512)
	timexLexTable = wordTable{}
	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, m := range months {
		timexLexEntry(m).month = int8(i + 1)
	}
	for w, m := range map[string]int8{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
		"aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		e := timexLexEntry(w)
		e.month, e.monthAbbr = m, true
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, d := range days {
		timexLexEntry(d).wday = int8(i + 1)
		e := timexLexEntry(d + "s")
		e.wday, e.wdayPl = int8(i+1), true
	}
	for w, d := range map[string]int8{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4,
		"thurs": 4, "fri": 5, "sat": 6, "sun": 7} {
		e := timexLexEntry(w)
		e.wday, e.wdayAbbr = d, true
	}
	units := []struct {
		sing, pl string
		u        uint8
	}{
		{"second", "seconds", uSecond}, {"sec", "secs", uSecond}, {"minute", "minutes", uMinute},
		{"min", "mins", uMinute}, {"hour", "hours", uHour}, {"hr", "hrs", uHour},
		{"day", "days", uDay}, {"night", "nights", uNight}, {"weekend", "weekends", uWeekend},
		{"week", "weeks", uWeek}, {"fortnight", "fortnights", uFortnight},
		{"month", "months", uMonth}, {"quarter", "quarters", uQuarter}, {"year", "years", uYear},
		{"decade", "decades", uDecade}, {"century", "centuries", uCentury},
	}
	for _, u := range units {
		timexLexEntry(u.sing).unit = u.u
		e := timexLexEntry(u.pl)
		e.unit, e.unitPl = u.u, true
	}
	for w, n := range timexCardinals {
		timexLexEntry(w).num = n
	}
	for w, n := range timexOrdinals {
		timexLexEntry(w).ord = n
	}
	for w, p := range map[string]string{"morning": "TMO", "mornings": "TMO", "afternoon": "TAF",
		"afternoons": "TAF", "evening": "TEV", "evenings": "TEV", "night": "TNI", "nights": "TNI",
		"overnight": "TNI", "tonight": "TNI", "dawn": "TMO", "dusk": "TEV", "midday": "TAF"} {
		timexLexEntry(w).part = p
	}
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
		"winter": "WI", "springs": "SP", "summers": "SU", "winters": "WI", "autumns": "FA"} {
		timexLexEntry(w).season = s
	}
	for _, w := range timexFutureCues {
		timexLexEntry(w).cue = cueFuture
	}
	for _, w := range timexPastCues {
		timexLexEntry(w).cue = cuePast
	}
	// "would" is a future seen from the past: the date may lie on either
	// side of the publication date, so it resolves to the nearest.
	for _, w := range []string{"is", "are", "am", "remains", "remain", "continues", "continue",
		"says", "say", "would", "could", "might", "may", "has", "have"} {
		timexLexEntry(w).cue = cuePresent
	}
	for _, w := range timexOtherWords {
		timexLexEntry(w)
	}
	sinceLx = timexLexIndex["since"]
}

// sinceLx is the lexicon index of "since", which sinceBefore looks for
// before every expression.
var sinceLx int16

// timexCardinals are the number words of durations and offsets ("three
// years", "twenty-one days"); compounds are read by timexNumberWord.
var timexCardinals = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12,
}

// timexOrdinals are the ordinal words of dates, weeks and quarters.
var timexOrdinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

// timexFutureCues mark a clause as future: modals, plans and schedules.
var timexFutureCues = []string{"will", "ll", "shall", "plans", "planned", "plan",
	"planning", "scheduled", "schedule", "expected", "expects", "intends", "intend",
	"aims", "aim", "hopes", "upcoming", "forthcoming", "slated", "proposed",
	"proposes", "tomorrow",
	// the simple present of a schedule: "the mandate expires", "the summit opens"
	"expires", "begins", "opens", "resumes", "convenes", "reopens", "kicks"}

// scheduleWords are the future cues that are a simple present of a
// schedule: on the publication day they say what happens that day.
var scheduleWords = map[string]bool{"expires": true, "begins": true, "opens": true, "resumes": true,
	"convenes": true, "reopens": true, "kicks": true}

// timexPastCues mark a clause as past: irregular past-tense verbs and "ago";
// regular ones are recognised by their "-ed".
var timexPastCues = []string{"was", "were", "had", "did", "ago", "said", "began", "came", "went",
	"took", "made", "saw", "met", "left", "fled", "told", "gave", "held", "won", "lost", "fought",
	"rose", "fell", "struck", "broke", "became", "brought", "built", "caught", "chose", "drove",
	"found", "got", "grew", "heard", "kept", "knew", "led", "paid", "ran", "sent", "shot", "spoke",
	"stood", "thought", "wrote", "sought", "spent", "sold", "bought", "swept", "slew", "seized",
	"yesterday", "earlier", "previously", "overran", "withdrew", "flew", "hit", "laid", "meant",
	"felt", "put", "read", "threw", "drew", "forgave", "began", "arose", "bore", "beat", "bit",
	"blew", "burnt", "dealt", "dug", "forbade", "froze", "hid", "hung", "lay", "lit", "rode",
	"rang", "sang", "sank", "shook", "shut", "slid", "spread", "sprang", "stole", "stuck", "swore",
	"swam", "taught", "tore", "woke", "wore", "wept", "won", "wound"}

// timexOtherWords are the remaining words the matcher looks for by name.
var timexOtherWords = []string{"the", "this", "that", "these", "those", "last", "next", "past", "previous", "coming",
	"following", "current", "present", "same", "ago", "later", "earlier", "before", "after",
	"from", "now", "today", "tomorrow", "yesterday", "tonight", "recently", "recent", "lately",
	"currently", "nowadays", "future", "early", "late", "mid", "middle", "end", "beginning",
	"start", "half", "of", "in", "on", "at", "by", "for", "since", "until", "till", "during",
	"within", "over", "throughout", "as", "every", "each", "other", "daily", "weekly", "monthly",
	"yearly", "annually", "annual", "nightly", "hourly", "biweekly", "quarterly", "semiannual",
	"semiannually", "biannual", "biannually", "several", "few",
	"many", "some", "couple", "more", "than", "less", "about", "around", "nearly", "almost",
	"least", "most", "up", "to", "approximately", "roughly", "some", "over", "under", "and",
	"christmas", "eve", "new", "year's", "easter", "ramadan", "eid", "al", "fitr", "adha",
	"thanksgiving", "halloween", "valentine", "noon", "midnight", "p", "a", "am", "pm", "m",
	"gmt", "utc", "local", "time", "q", "h", "s", "th", "st", "nd", "rd", "whole", "entire",
	"nineties", "eighties", "seventies", "sixties", "fifties", "twenties", "thirties", "forties",
	"hours", "once", "twice", "times", "week", "upcoming", "former", "then", "moment",
	"christmastime", "good", "boxing", "independence", "labour", "labor", "may", "day", "eid",
	"al-fitr", "adha", "saint", "st", "patrick", "women", "workers", "international", "memorial",
	"mother", "father", "season", "holiday", "holidays", "era", "age", "times", "onwards", "onward",
	"afterwards", "beforehand", "meanwhile", "soon", "already", "still", "yet", "just", "hence",
	"little", "slightly", "well",
	"early", "latter", "first", "second", "late", "mid", "year-end", "so", "far", "date", "present",
	"past", "eve", "lunar", "nowadays", "fiscal", "financial", "calendar", "school", "academic",
	"hence", "o", "clock", "be", "been", "being", "get", "gets", "likely", "meant", "supposed",
	"bound", "poised", "set", "due", "going", "won", "ll", "wo", "its", "their", "his", "her",
	"could", "might", "another", "all", "full", "old", "long", "or", "nor", "through", "when",
	"while", "with", "off", "down", "alone", "only", "too", "saw", "marked", "ended", "edt", "est",
	"per", "final", "across", "ahead", "beyond", "into", "yearend", "latest", "period", "starting", "effective", "consecutive", "straight",
	"successive", "additional", "extra", "further", "near", "distant", "foreseeable", "immediate", "pdt", "pst", "cet", "cest", "bst", "et", "pt", "eat", "wat", "cat", "century", "earth", "black", "dawn", "sunrise", "sunset", "daybreak", "not", "no", "never", "ever",
	"world", "human", // the UN's observances: "World Refugee Day", "Human Rights Day"
}
