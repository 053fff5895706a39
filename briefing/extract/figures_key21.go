package extract

import "strings"

// Key rules of the twenty-first pass (issue 12): plain readings of news
// copy under which a count that the default rule (key/counted-category)
// shows is no count of the story's people. Each was counted at every dev
// batch's first sight (testdata/dev/keymodel-firstsight.jsonl, the check
// batch left out) before it was kept: none of the counts it un-keys there
// was gold. They are rare, one or two a batch, so they are read in one
// pass over a story's key figures once all are made, with a byte or two of
// gate before any word is read (precKeys).
//
//   - A rate is no count: "Every day, two to three thousand refugees are
//     crossing", "More than 5,000 people have been crossing the border
//     daily". key/not-rate reads "every day" after the count; this reads
//     the sentence's opening "Every day," and a closing "daily".
//   - A facility's size is no count of the event: "Renk, which was
//     designed to house 8,000 people, is now sheltering more than 17,000
//     refugees", "a capacity of 85 people". Those a camp houses or holds
//     now are its people ("the camp, which houses roughly 40,000 displaced
//     people", as the dev sets have it key), so only a design or capacity
//     is read.
//   - Days are no count: "killed between 15 and 18 November", "from day
//     one". A number followed by a month's name is a day of it.
//   - People reached by aid are the aid's reach, not a fate: "partners have
//     reached nearly 535,000 people with shelter support", "the ICRC
//     distributed 284 relief kits … to 223 families". A toll that "has
//     reached 324" has no "with" after it and stays key.
//   - What a count is compared with is its baseline: "a significant
//     reduction compared with $57 billion for 2023". key/not-baseline
//     reads "compared with" (and "short of", "up from", "down from")
//     before a plain count only, never before a sum, which may be an
//     appeal; this reads it before every key figure it left, sums too.
//   - An age is no count: "14 of the dead were children, some of whom were
//     under five".
//   - "all five attackers" after the story's "five militants" is the same
//     five said again: "all" takes a set the reader knows.
//   - A quotation that gives a count the story has already given, in
//     words of its own, is the source saying it again: "killed at least 19
//     civilians" — "We don't have the exact number of victims, but 19 dead
//     bodies have been collected," the elder said; "two children" — "killed
//     seven people including two girls," the ministry said. The dev sets'
//     notes say so in five batches ("the quote's … is said again"); key/
//     not-repeat takes the quotes that use the count's own noun.

// The rules of this file, registered by buildKey21.
var keyDailyRate, keyCapacity, keyDays, keyAidReach, keyComparedWith, keyAge, keyAllAgain, keyQuotedAgain ruleID

// buildKey21 registers the rules of this file (buildKeyRestated calls it).
func buildKey21() {
	keyDailyRate = register("key", "not-daily-rate", "More than 2,000 refugees have been crossing the border daily.")
	keyCapacity = register("key", "not-capacity", "Renk, which was designed to house 8,000 displaced people, now shelters 17,000 refugees.")
	keyDays = register("key", "not-days", "At least 304 people were killed and thousands were injured between 15 and 18 November.")
	keyAidReach = register("key", "not-aid-reach", "Aid agencies have reached 535,000 people with shelter support.")
	keyComparedWith = register("key", "not-compared-with", "The UN seeks $46 billion for 2024, a reduction compared with $57 billion.")
	keyAge = register("key", "not-age", "Gunmen killed 22 people. Fourteen of the dead were children, some of whom were under five.")
	keyAllAgain = register("key", "not-all-again", "Troops killed five militants. All five attackers were killed by the blasts of their vests.")
	keyQuotedAgain = register("key", "not-quoted-again",
		"Gunmen killed at least 19 civilians on Friday.\n\n\"We counted 19 dead bodies at the scene,\" an elder said.")
	buildKey21b()
}

// rateReach is how many bytes after a count dailyAdverb reads: a search of
// up to 63 bytes is one vector compare (bytealg.MaxLen), a longer one a
// loop over every "d" of the clause.
const rateReach = 63

// precReach is how many bytes around a key count precKeys reads for the
// words of its readings: a clause's length.
const precReach = 80

// precKeys applies the readings of this file to the key counts of a text,
// figs in order. The word before each key count is switched on; the clause
// after it is read for a month's name or an age only for a count with no
// noun of its own, and for "daily" with one search of its first
// rateReach bytes, so that most key counts cost a few compares and one
// short search.
func precKeys(text string, figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if !f.Key {
			continue
		}
		before := text[min(f.Start, max(f.SentenceStart, f.Start-precReach)):f.Start]
		id := precBefore(text, figs, i, before)
		if id == ruleNone && f.Role != RoleMoney {
			id = precAfter(text, f, clauseAfter(text, figs, i, precReach))
			if id == ruleNone && quotedAgain(text, figs, i) {
				id = keyQuotedAgain
			}
		}
		if id != ruleNone {
			f.Key, f.why.key = false, id
		}
	}
}

// precBefore reads the words just before figs[i] (before, within its
// sentence): a capacity, a comparison, aid's reach, a day's label, "all"
// with a count said before. The word before the count is lower-cased into
// a small buffer and switched on, so that a count after any other word
// costs a few compares.
func precBefore(text string, figs []Figure, i int, before string) ruleID {
	f := &figs[i]
	n := len(before)
	if n < 3 || before[n-1] != ' ' {
		return ruleNone // the count opens its sentence, or follows a mark
	}
	var buf [len("accommodate")]byte // the longest word switched on
	k := n - 1
	for k > 0 && isLetter(before[k-1]) && n-k <= len(buf) {
		k--
	}
	w := before[k : n-1]
	if w == "" || k > 0 && isLetter(before[k-1]) {
		return ruleNone // no word, or one longer than any read here
	}
	for j := range len(w) {
		buf[j] = w[j] | 0x20
	}
	switch string(buf[:len(w)]) {
	case "with", "to":
		if compared(before) {
			return keyComparedWith
		}
		if len(w) == 2 && f.Role != RoleMoney && aidGivenTo(before) {
			return keyAidReach
		}
	case "house", "hold", "accommodate", "for", "of":
		if f.Role != RoleMoney && capacityBefore(before) {
			return keyCapacity
		}
	case "reached":
		if f.Role != RoleMoney && hasPrefixFold(strings.TrimLeft(text[f.End:], " "), "with ") {
			return keyAidReach // "have reached 80,000 people with food"; a toll that "has reached 324" has no "with"
		}
	case "day":
		if f.why.unit == unitNone && f.Value < 10 {
			return keyDays // "from day one"
		}
	case "all":
		if f.Role != RoleMoney && saidBefore(figs, i) {
			return keyAllAgain
		}
	case "reported":
		if dayEarlier(text, figs, i) {
			return keyDayEarlier // "A day earlier, the agency reported 34,000" (figures_key21b.go)
		}
	}
	return ruleNone
}

// maxAgeBound is the largest "under N" read as an age: children's ages.
const maxAgeBound = 18

// ageBound reports whether a figure's words open with "under" or "below":
// "under five".
func ageBound(s string) bool { return hasPrefixFold(s, "under ") || hasPrefixFold(s, "below ") }

// precAfter reads the clause after f (after, up to the next count of its
// sentence): a month's name (days) or an age bound after a count with no
// noun of its own, "daily" in the clause or a sentence's opening "Every
// day" (a rate).
func precAfter(text string, f *Figure, after string) ruleID {
	if f.why.unit == unitNone || f.why.unit == unitInherited {
		a := strings.TrimLeft(after, " ")
		switch {
		case monthName(a):
			return keyDays // "between 15 and 18 November"
		case f.why.unit == unitNone && f.Value <= maxAgeBound && ageBound(text[f.Start:f.End]) && !nounAfter(text, f):
			return keyAge // "some of whom were under five"
		}
	}
	if dailyAdverb(after[:min(len(after), rateReach)]) || dayOpens(text[min(f.SentenceStart, f.Start):f.Start]) {
		return keyDailyRate
	}
	return ruleNone
}

// dayOpens reports whether a sentence s opens with "Every day" or "Each
// day", past its opening quote: "Every day, 3,000 refugees cross".
func dayOpens(s string) bool {
	s = pastOpeningQuote(s)
	return len(s) > 8 && s[0]|0x20 == 'e' && (hasPrefixFold(s, "every day") || hasPrefixFold(s, "each day"))
}

// pastOpeningQuote returns a sentence's text s past its leading spaces,
// line breaks and opening quote, straight or curly. The cutset is ASCII and
// searched by hand: strings.TrimLeft's with a curly quote decodes every rune.
func pastOpeningQuote(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\n' || s[0] == '"') {
		s = s[1:]
	}
	return strings.TrimPrefix(s, "\u201c")
}

// compared reports whether before ends with "compared with" or "compared
// to": what follows is the measure the news is set against.
func compared(before string) bool {
	b := strings.TrimRight(before, " ")
	return hasSuffixFold(b, "compared with") || hasSuffixFold(b, "compared to")
}

// capacityWords end the words before a count that give a place's size,
// not the people in it now.
var capacityWords = []string{"capacity of", "capacity for", "designed to house", "designed to hold",
	"designed to accommodate", "built to house", "built to hold", "built to accommodate", "meant to house", "built for"}

// capacityBefore reports whether before ends with one of capacityWords.
func capacityBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, w := range capacityWords {
		if hasSuffixFold(b, w) {
			return true
		}
	}
	return false
}

// aidGiven are the verbs of aid handed out, in the past, whose "to" names
// who got it. Aid a body gives as its work ("UNHCR provides protection and
// assistance to over 57,000 Malian refugees", "preparations are underway
// to distribute 10 tons of food … to 5,000 displaced individuals") names
// the people it serves, and the dev sets keep them key.
var aidGiven = []string{"distributed ", "delivered ", "provided ", "handed out "}

// aidGivenTo reports whether the words before a count that follows "to"
// hold a verb of aid handed out: "distributed 284 relief kits … to". The
// verbs are searched for as they are written in a sentence's middle, in
// lower case.
func aidGivenTo(before string) bool {
	for _, w := range aidGiven {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// dailyAdverb reports whether "daily" in the clause after a count ends a
// verb phrase ("crossing the border daily in December", "arrive daily.")
// rather than opening a noun ("disrupting daily life").
func dailyAdverb(after string) bool {
	i := strings.Index(after, "daily")
	if i < 0 || i > 0 && isLetter(after[i-1]) {
		return false
	}
	rest := strings.TrimLeft(after[i+len("daily"):], " ")
	return rest == "" || !isLetter(rest[0]) ||
		foldIn(firstWord(rest), "in", "at", "on", "since", "from", "to", "into", "across", "for", "until", "over", "and")
}

// monthName reports whether s opens with a month's name, whole or
// abbreviated (the lexicon's clsMonth), capitalised as a name is ("18
// November", not "12 may").
func monthName(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false // the cheap gate: most counts are followed by a lower-case word
	}
	w := s
	if k := strings.IndexAny(w, " .,;:"); k >= 0 {
		w = w[:k]
	}
	lx := lookupNumLex(w)
	return lx != nil && lx.cls&clsMonth != 0
}

// nounAfter reports whether a word follows f in its sentence ("under five
// people" counts people; "under five." is an age).
func nounAfter(text string, f *Figure) bool {
	rest := strings.TrimLeft(text[f.End:max(f.End, f.SentenceEnd)], " ")
	return rest != "" && isLetter(rest[0]) && !foldIn(firstWord(rest), "years", "and", "or")
}

// saidBefore reports whether a key count of figs[i]'s value and role comes
// before it in the text.
func saidBefore(figs []Figure, i int) bool {
	f := &figs[i]
	for j := i - 1; j >= 0; j-- {
		if g := &figs[j]; g.Key && g.Value == f.Value && g.Role == f.Role {
			return true
		}
	}
	return false
}

// maxQuoteBack is how many figures before a count quotedAgain reads for
// the same count told before.
const maxQuoteBack = 32

// quoteReach is how many bytes of its paragraph before a count
// insideQuote reads for an open quotation.
const quoteReach = 600

// quotedAgain reports whether figs[i] is inside a quotation and a key
// count of its value and role was told in an earlier sentence: the source
// saying the story's count again. The figures are compared first, so that
// the paragraph is read only for a count that repeats one.
func quotedAgain(text string, figs []Figure, i int) bool {
	f := &figs[i]
	for j := i - 1; j >= 0 && j >= i-maxQuoteBack; j-- {
		if g := &figs[j]; g.Key && g.Value == f.Value && g.Role == f.Role && g.SentenceStart != f.SentenceStart {
			return insideQuote(text, f.Start)
		}
	}
	return false
}

// insideQuote reports whether the byte at is inside a quotation of its
// paragraph: an odd number of straight quotes before it, or more opening
// curly quotes than closing ones.
func insideQuote(text string, at int) bool {
	start := max(0, at-quoteReach)
	if k := strings.LastIndexByte(text[start:at], '\n'); k >= 0 {
		start += k + 1
	}
	seg := text[start:at]
	return strings.Count(seg, "\"")%2 == 1 || strings.Count(seg, "\u201c") > strings.Count(seg, "\u201d")
}
