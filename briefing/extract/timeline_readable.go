package extract

import "strings"

// The rules here keep an event a readable clause where the date sits at
// the edge of one: words that only led to the date ("for most of last
// week", "as of Thursday") or followed it ("on Wednesday alone"), a date
// that has a segment of its own ("On Monday, talks resumed"; "…, last
// Thursday"), a clause that opens with a subordinator ("as", "only if")
// or a relative pronoun whose antecedent sits after a preposition, and a
// comparison that dates an earlier figure ("roughly double the figure of
// six months ago").

// dateQuantifiers take a date as their noun: "for most of last week",
// "much of last year", "the rest of the month".
var dateQuantifiers = map[string]bool{"most": true, "much": true, "all": true, "part": true, "parts": true, "rest": true}

// dropDateLead removes from before, the text of a segment before its date,
// the words that only led to the date: a preposition left dangling
// (dropTrailingPreposition); a quantifier of the date with its own
// preposition ("went on for most of | last week" is "went on"); the "as"
// of "as of"; an adverb that measured the distance to a date before or
// after ("well after midnight", "long before dawn"), phrase being the
// date with its preposition; a comparison that only measured the date
// ("put damage at $18.5 billion as early as | January last year").
func dropDateLead(before, phrase string) string {
	t := dropTrailingPreposition(before)
	last := lastWordOf(before)
	if strings.EqualFold(last, "as") {
		u := cutLastWord(before)
		if v := cutLastWord(u); lowerIn(dateDegrees, lastWordOf(u)) && strings.EqualFold(lastWordOf(v), "as") {
			return cutLastWord(v) // "as early as | January"
		}
	}
	if (strings.EqualFold(last, "after") || strings.EqualFold(last, "before") || hasPrefixFold(phrase, "after ") || hasPrefixFold(phrase, "before ")) &&
		lowerIn(measureAdverbs, lastWordOf(t)) {
		return cutLastWord(t) // "well after | midnight"
	}
	if !strings.EqualFold(last, "of") {
		return t
	}
	switch l := lastWordOf(t); {
	case strings.EqualFold(l, "as"):
		return cutLastWord(t)
	case lowerIn(dateQuantifiers, l):
		u := cutLastWord(t)
		if strings.EqualFold(lastWordOf(u), "the") {
			u = cutLastWord(u)
		}
		return dropTrailingPreposition(u)
	}
	return t
}

// dateDegrees compare a date in "as early as", "as late as", "as
// recently as", "as soon as".
var dateDegrees = map[string]bool{"early": true, "late": true, "recently": true, "soon": true}

// measureAdverbs measure how far from a date something happened: "well
// after midnight", "long before dawn", "right after the vote".
var measureAdverbs = map[string]bool{"well": true, "long": true, "right": true}

// lastWordOf returns the last word of s, as it is written.
func lastWordOf(s string) string {
	t := strings.TrimRight(s, " ")
	return t[strings.LastIndexByte(t, ' ')+1:]
}

// cutLastWord returns s without its last word (and the space before it
// kept).
func cutLastWord(s string) string {
	t := strings.TrimRight(s, " ")
	return t[:strings.LastIndexByte(t, ' ')+1]
}

// trimAfterDate removes from after, the text of segment idx of sent after
// its date, what only measured the date ("on Wednesday alone") and a
// subordinate clause the segment cuts before its verb: "went on for most
// of last week before Congolese soldiers, militia allies and hundreds of
// police surrendered" leaves "before Congolese soldiers", which says
// nothing on its own.
func trimAfterDate(after, sent string, segs []Span, idx int) string {
	a := strings.TrimLeft(after, " ")
	w, rest, _ := strings.Cut(a, " ")
	if lowerKey(trimSet(w, ".,;:!?")) == "alone" {
		return " " + rest
	}
	if !breakSubordinators[lowerKey(w)] || clauseHasVerb(rest) || idx+1 >= len(segs) {
		return after
	}
	if next := cleanEvent(sent[segs[idx+1].Start:segs[idx+1].End]); startsNounPhrase(next) || coordinatedHead(next) {
		if clauseHasVerb(next) && !isAttribution(next) && breakAfter(sent, segs, idx) == ',' {
			return ""
		}
	}
	return after
}

// breakSubordinators open a clause that may run on past a comma: a list of
// subjects before its verb.
var breakSubordinators = map[string]bool{"before": true, "after": true, "when": true, "until": true, "as": true,
	"because": true, "while": true, "once": true}

// breakAfter returns the mark that ends segment k of sent, or 0 at its end.
func breakAfter(sent string, segs []Span, k int) byte {
	if e := segs[k].End; e < len(sent) {
		return sent[e]
	}
	return 0
}

// dateSegmentEvent returns the event of a date that fills segment idx of
// sent on its own, with the index of the segment that gives it, or "" and
// idx. A date that opens its clause ("On 3 February, talks resumed"; "…;
// on Monday, fighting resumed") has the clause after it; one that closes
// it after a comma ("troops rescued the children, together with a woman
// who had been seized with them, last Thursday") the nearest clause
// before it, past the asides between them, without crossing a semicolon.
func dateSegmentEvent(sent string, segs []Span, idx int) (string, int) {
	seg := func(k int) string { return cleanEvent(sent[segs[k].Start:segs[k].End]) }
	if idx == 0 || breakAfter(sent, segs, idx-1) == ';' {
		for k := idx + 1; k < len(segs) && k <= idx+3; k++ {
			if c := seg(k); clauseHasVerb(c) && (subjectAndVerb(c) || !asideOpening(c)) && !isAttribution(c) {
				return c, k // not "it said" of "By the end of 2024, it said, 201,000 had been handed over"
			}
			if breakAfter(sent, segs, k) == ';' {
				break
			}
		}
		return "", idx
	}
	for k := idx - 1; k >= 0 && k >= idx-4; k-- {
		if breakAfter(sent, segs, k) == ';' {
			break
		}
		if c := seg(k); clauseHasVerb(c) && !asideOpening(c) && !isAttribution(c) && (startsNounPhrase(c) || leadingSubject(c) != "") {
			return c, k
		}
	}
	return "", idx
}

// asideOpening reports whether s opens like an aside to a clause rather
// than a clause: a preposition, a relative pronoun, a participle or an
// -ing form, "together with", "including".
func asideOpening(s string) bool {
	w := firstWord(s)
	if isUpperStart(s) && !eventPrepositions[w] && !asideWords[w] {
		return false // a name, or a sentence's first word
	}
	return eventPrepositions[w] || asideWords[w] || eventRelatives[w] || clauseRelatives[w] || isParticiple(w) || gerund(w) ||
		eventSubordinators[w]
}

// asideWords open an aside.
var asideWords = map[string]bool{"together": true, "including": true, "along": true, "alongside": true, "as": true,
	"by": true, "of": true, "during": true, "despite": true, "amid": true, "according": true, "alone": true, "mostly": true}

// stripAttribution drops the attribution that opens body ("Officials said
// gunmen stormed the village"), unless what follows opens with a pronoun
// that stands for the speaker: "Ukraine's security service said it had
// captured 102 Russian soldiers" keeps who "it" is.
func stripAttribution(body string) string {
	r := stripLeadingAttribution(body)
	if r == body || !strings.HasSuffix(body, r) {
		return r
	}
	switch firstWord(r) {
	case "only", "that", "not", "also":
		return body // "had said only that it was tracking the group"
	case "it", "they", "he", "she", "we":
		if eventWordCount(body[:len(body)-len(r)]) >= 2 {
			return dropReportThat(body)
		}
	}
	return r
}

// dropSubordinator drops the subordinator that opens body (first is its
// first word, lower case) when a clause with its own subject and verb
// follows: "As more than 1.1 million people had been displaced" is "More
// than 1.1 million people had been displaced". A condition keeps its
// word ("only if the Council confirms that enough progress has been
// made"): without it the event would read as a fact. "As many as 1.5
// million people" is a count, not a clause, and keeps its "As".
func dropSubordinator(body, first string) string {
	if !openingSubordinators[first] && first != "only" && first != "even" && first != "just" {
		return body // the cheap test first
	}
	w, rest, ok := strings.Cut(body, " ")
	lw := first
	if lw == "only" || lw == "even" || lw == "just" {
		w, rest, ok = strings.Cut(rest, " ")
		lw = lowerKey(w)
	}
	if !ok || !openingSubordinators[lw] || keepsSubordinator[lw] || isUpperStart(rest) && lw == "as" {
		return body
	}
	if next := firstWord(rest); lw == "as" && asQuantity[next] {
		return body
	}
	if !opensClause(rest) {
		return body
	}
	return rest
}

// opensClause reports whether s opens with a subject and then its verb:
// "more than 1.1 million people had been displaced", "hopes of finding
// survivors had faded" (where "hopes" may be a verb too), not "a result,
// troops withdrew" nor "taking the town".
func opensClause(s string) bool {
	if subj := leadingSubject(s); subj != "" {
		return !strings.ContainsAny(subj, ",;:")
	}
	first := firstWord(s)
	if !clauseHasVerb(s) || eventAuxiliaries[first] || isParticiple(first) || gerund(first) || eventPrepositions[first] || asideWords[first] {
		return false
	}
	head := s
	if f := strings.Fields(s); len(f) > 6 {
		head = strings.Join(f[:6], " ")
	}
	return !strings.ContainsAny(head, ",;:")
}

// gerundAdjunct returns the clause that body (first is its first word), a
// phrase that opens with a preposition and holds a noun phrase and an -ing
// form, stands for: "Despite the release taking place after midnight" is
// "The release took place", "With the rebels closing in on Goma" "The
// rebels closed in on Goma". It returns "" for any other body, or when the
// -ing word is not surely a verb.
func gerundAdjunct(body, first string) string {
	if !gerundPrepositions[first] {
		return ""
	}
	f := strings.Fields(body)
	if len(f) < 3 || !gerundPrepositions[lowerKey(f[0])] || clauseHasVerb(body) {
		return ""
	}
	for k := 2; k < len(f) && k <= 7; k++ {
		if !gerund(lowerKey(f[k])) {
			continue
		}
		subj := strings.Join(f[1:k], " ")
		if !startsNounPhrase(subj) {
			return ""
		}
		if pred, ok := pastPhrase(subj, strings.Join(f[k:], " ")); ok {
			return subj + " " + pred
		}
		return ""
	}
	return ""
}

// gerundPrepositions take a noun phrase and an -ing form: "despite the
// release taking place", "with the rebels closing in".
var gerundPrepositions = map[string]bool{"despite": true, "with": true, "amid": true, "after": true,
	"before": true, "following": true, "without": true}

// openingSubordinators open a clause that hangs off another and never a
// noun phrase ("after the attack" may).
var openingSubordinators = map[string]bool{"as": true, "if": true, "unless": true, "although": true, "though": true,
	"because": true, "whereas": true, "while": true, "whilst": true, "once": true, "when": true}

// keepsSubordinator are the subordinators of a condition, which an event
// keeps: "if", "unless", "once".
var keepsSubordinator = map[string]bool{"if": true, "unless": true, "once": true}

// asQuantity follow an "as" that opens no clause: "as many as", "as well
// as", "as part of".
var asQuantity = map[string]bool{"many": true, "much": true, "few": true, "little": true, "well": true, "long": true,
	"soon": true, "far": true, "part": true, "of": true, "a": true, "an": true, "such": true, "usual": true, "recently": true}

// prepositionObject returns the noun phrase after the last preposition of
// s ("regional officials" of "according to regional officials"): one to
// five lower-case or capitalised words without a verb; "" when s has no
// preposition or the phrase is not one.
func prepositionObject(s string) string {
	f := strings.Fields(s)
	for k := len(f) - 1; k >= 0 && k >= len(f)-6; k-- {
		lw := lowerKey(f[k])
		if !eventPrepositions[lw] && lw != "by" && lw != "of" && lw != "among" || lw == "to" && (k == 0 || lowerKey(f[k-1]) != "according") {
			continue // "due to debate a budget": an infinitive
		}
		np := strings.Join(f[k+1:], " ")
		if n := len(f) - k - 1; n < 1 || n > 5 || clauseHasVerb(np) || np[0] >= '0' && np[0] <= '9' {
			return ""
		}
		return np
	}
	return ""
}

// relativeClause returns body, a relative clause that opens with rel
// ("who this week ordered another district", "which Islamic State
// overran"), with its antecedent from prev, the segment before: the
// noun phrase after its last preposition ("according to regional
// officials"). The antecedent is the subject of a relative whose verb
// follows the pronoun, and the object of a short one that ends with its
// verb ("Islamic State overran Anbar province"); body is returned as it is
// otherwise.
func relativeClause(body, rel, prev string) string {
	ante := relativeAntecedent(prev)
	if clauseHasVerb(prev) && !strings.Contains(lowerKey(prev), "according to ") {
		// "Police arrested the gang leader, who escaped": the relative
		// tells of the phrase that ends the clause; when that is not sure
		// ("taken into account for this decision, which increased"), the
		// clause and its relative as written.
		if ante = clauseObject(prev); ante == "" {
			return prev + ", " + body
		}
	}
	if ante == "" {
		return body
	}
	rest := strings.TrimSpace(body[len(rel):])
	if subjectRelative(rest) {
		return ante + " " + rest
	}
	if f := strings.Fields(rest); len(f) >= 2 && len(f) <= 4 && !isUpperStart(f[len(f)-1]) && startsNounPhrase(rest) {
		return rest + " " + ante
	}
	return body
}

// clauseObject returns the phrase that ends prev, a clause, when a
// relative after it surely tells of that phrase: the one noun phrase after
// its last verb, without a preposition that opens it ("the gang leader"
// of "Police arrested the gang leader", "Security Council Resolution
// 1701" of "is built on Security Council Resolution 1701"), or the
// subject after a "that" ("42 people" of "An official said that 42
// people"). It returns "" when prev has no verb, or more than one phrase
// follows it ("taken into account for this decision", "struck a convoy
// near Rafah"): which of them the relative tells of is not sure.
func clauseObject(prev string) string {
	f := strings.Fields(prev)
	for k := len(f) - 1; k >= 0; k-- {
		w := trimSet(f[k], `.,;:!?"'“”‘’()`)
		if w == "that" && k+1 < len(f) && (k == 0 || !finiteVerb(f[k-1]) || eventReportingVerbs[f[k-1]]) {
			return phraseAfter(f[k+1:], true, false) // "that" opens a clause, not "destroyed that bridge"
		}
		if isUpperStart(w) || !finiteVerb(w) && !isParticiple(w) && !irregularPastForms[w] {
			continue
		}
		np, prep := f[k+1:], false
		if len(np) > 0 && relativePreposition(lowerKey(np[0])) {
			np, prep = np[1:], true
		}
		return phraseAfter(np, prep, prep)
	}
	return ""
}

// phraseAfter returns words as one noun phrase of at most six words when
// they are one ("" otherwise): no preposition or verb inside, opening like
// a noun phrase unless a preposition or "that" came before (open), and not
// a value after a preposition ("to 8.7%").
func phraseAfter(words []string, open, afterPreposition bool) string {
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	determiner := false
	for k, w := range words {
		lw := lowerKey(w)
		if k == 0 && (lw == "that" || lw == "this" || lw == "those" || lw == "these") {
			determiner = true // "destroyed that bridge"
			continue
		}
		if relativePreposition(lw) || lw == "that" {
			return ""
		}
	}
	s := strings.Join(words, " ")
	if clauseHasVerb(s) || !open && !determiner && !startsNounPhrase(s) && !startsDigit(s) {
		return ""
	}
	if afterPreposition && (startsDigit(s) || valueOpeners[lowerKey(words[0])]) {
		return "" // "climbed to 8.7%, which": a value, not what the relative tells of
	}
	return s
}

// valueOpeners open a value rather than a thing: "more than 3.3 million".
var valueOpeners = map[string]bool{"more": true, "less": true, "fewer": true, "about": true, "nearly": true,
	"almost": true, "around": true, "over": true, "under": true, "up": true, "roughly": true, "some": true}

// relativePreposition reports whether lw opens a prepositional phrase.
func relativePreposition(lw string) bool {
	switch lw {
	case "by", "of", "after", "before", "during", "despite", "following", "amid", "against", "without", "between", "under", "over":
		return true
	}
	return eventPrepositions[lw]
}

// relativeAntecedent returns the antecedent of a relative pronoun that
// opens the segment after prev: the noun phrase after prev's last
// preposition ("according to regional officials"), with the phrase it
// bounds when that is a period ("the worst earthquake in a decade"); ""
// when prev ends with no such phrase.
func relativeAntecedent(prev string) string {
	ante := prepositionObject(prev)
	if ante == "" || !scopePeriod(ante) {
		return ante
	}
	// "the worst earthquake in a decade, which devastated …": the period
	// bounds a superlative; the antecedent is the phrase before.
	rem := strings.TrimSpace(prev[:max(strings.LastIndex(prev, ante), 0)])
	rem = strings.TrimSpace(rem[:strings.LastIndexByte(rem, ' ')+1]) // the period's preposition
	head := prepositionObject(rem)
	if head == "" {
		return ""
	}
	return strings.TrimSpace(prev[strings.LastIndex(rem, head):])
}

// scopePeriod reports whether np, the object of a preposition, is a span
// of time that bounds a superlative rather than a thing a relative clause
// may tell of: "a decade", "years", "living memory" ("the worst flooding
// in living memory, which …").
func scopePeriod(np string) bool {
	switch lowerKey(np) {
	case "a decade", "decades", "years", "a century", "centuries", "a generation", "generations", "history",
		"memory", "living memory", "a lifetime", "months", "weeks", "recent years", "recent memory", "recent history":
		return true
	}
	return false
}

// headSubject returns s, a sentence's first segment, as the subject of a
// predicate that comes later: s when it is a short noun phrase without a
// verb, its head when it is a long one ("Defence ministers" of "Defence
// ministers of the roughly 50 countries in the Ukraine Defense Contact
// Group"), else "".
func headSubject(s string) string {
	if !startsNounPhrase(s) || clauseHasVerb(s) || isAttribution(s) || eventWordCount(s) > 16 {
		return ""
	}
	f := strings.Fields(s)
	if len(f) <= 6 {
		return s
	}
	return subjectHead(f)
}

// withAppositionTail completes body, the event of segment idx, when a name
// in apposition and an infinitive after it finish its clause: "ordered
// another district, Glushkovo, to be cleared".
func withAppositionTail(body, sent string, idx int, segs []Span, seg func(int) string) string {
	if idx+2 >= len(segs) || !strings.HasPrefix(strings.TrimLeft(sent[segs[idx+2].Start:segs[idx+2].End], " "), "to ") {
		return body // the cheap test first: no infinitive follows
	}
	own, app, next := seg(idx), seg(idx+1), seg(idx+2)
	if own == "" || !strings.HasSuffix(body, own[strings.LastIndexByte(own, ' ')+1:]) || firstWord(next) != "to" || eventWordCount(next) > 6 {
		return body
	}
	f := strings.Fields(app)
	if len(f) == 0 || len(f) > 4 {
		return body
	}
	for _, w := range f {
		if !isUpperStart(w) {
			return body
		}
	}
	return body + ", " + app + ", " + next
}

// comparisonClause returns the clause of a date that dates an earlier
// figure through a comparison in apposition: body (first is its first
// word) "roughly double the figure" (of "…had reached over 700,000 people
// across Haiti, according to IOM, roughly double the figure of six months
// ago") is "The figure was roughly half (now over 700,000 people
// across Haiti)". The figure is the
// last count of the segments before idx, past attributions. It returns ""
// when body is no such comparison or no count precedes it.
func comparisonClause(body, first string, idx int, seg func(int) string) string {
	if _, ratio := inverseRatios[first]; !ratio && !approxAdverbs[first] || idx == 0 {
		return "" // the cheap test first
	}
	if n := eventWordCount(body); n < 3 || n > 4 {
		return "" // the cheap test first: most events are longer
	}
	f := strings.Fields(lowerKey(body))
	i, adv := 0, ""
	if len(f) > 0 && approxAdverbs[f[0]] {
		adv, i = f[0]+" ", 1
	}
	if i >= len(f) {
		return ""
	}
	inv, ok := inverseRatios[f[i]]
	if !ok {
		return ""
	}
	i++
	if i < len(f) && f[i] == "the" {
		i++
	}
	if i != len(f)-1 || !measureNouns[f[i]] {
		return ""
	}
	for k := idx - 1; k >= 0 && k >= idx-3; k-- {
		c := seg(k)
		if isAttribution(c) {
			continue
		}
		if q := countPhrase(c); q != "" {
			return "The " + f[i] + " was " + adv + strings.TrimSuffix(inv, " of") + " (now " + q + ")"
		}
		return ""
	}
	return ""
}

// approxAdverbs qualify a ratio: "roughly double".
var approxAdverbs = map[string]bool{"roughly": true, "about": true, "nearly": true, "almost": true, "around": true,
	"approximately": true, "some": true, "more": true}

// inverseRatios map a ratio of now to then onto the ratio of then to now.
var inverseRatios = map[string]string{"double": "half of", "twice": "half of", "triple": "a third of",
	"treble": "a third of", "quadruple": "a quarter of", "half": "double"}

// measureNouns name a figure a comparison refers back to.
var measureNouns = map[string]bool{"figure": true, "number": true, "level": true, "total": true, "count": true,
	"tally": true, "toll": true, "rate": true}

// countPhrase returns the count that ends s, from its qualifier or its
// first digit to the end ("over 700,000 people across Haiti" of "a
// displacement crisis that had already reached over 700,000 people across
// Haiti"), or "".
func countPhrase(s string) string {
	f := strings.Fields(s)
	for k := len(f) - 1; k >= 0; k-- {
		if c := f[k][0]; c < '0' || c > '9' {
			continue
		}
		j := k
		for j > 0 && countQualifiers[lowerKey(f[j-1])] {
			j--
		}
		return strings.Join(f[j:], " ")
	}
	return ""
}

// countQualifiers stand before a count: "over 700,000", "more than 5,000".
var countQualifiers = map[string]bool{"over": true, "more": true, "than": true, "some": true, "about": true,
	"nearly": true, "almost": true, "around": true, "at": true, "least": true, "up": true, "to": true,
	"fewer": true, "less": true, "roughly": true, "approximately": true}

// closedBeforeMainVerb reports whether rest, a subordinate clause that
// ends at a date ("when the gang stormed the town | last week"), has its
// own verb while tail, what follows the date, opens with another: the
// main clause's ("has risen"), whose subject stood before the
// subordinator.
func closedBeforeMainVerb(rest, tail string) bool {
	t := strings.TrimSpace(tail)
	if t == "" || isUpperStart(t) || !clauseHasVerb(rest) {
		return false
	}
	v := firstWord(t)
	return eventAuxiliaries[v] || finiteVerb(v) && !eventReportingVerbs[v]
}

// saidWhat reports whether body is a speaker and a verb of saying
// ("mediators said") and clause, a segment before it, a clause of its own:
// what was said ("the warring parties agreed to facilitate aid
// deliveries"), which follows the speaker rather than standing before
// it as a subject.
func saidWhat(body, clause string) bool {
	return eventWordCount(body) == 2 && isAttribution(body) && clauseHasVerb(clause) && !isAttribution(clause)
}

// lowerOpening lower-cases the first letter of s when its first word is a
// function word ("The warring parties", "At least 480 people"), not a
// name, so that s reads inside a sentence.
func lowerOpening(s string) string {
	w := leadingWord(s)
	if !lowerIn(determiners, w) && !lowerIn(countQualifiers, w) && !strings.EqualFold(w, "another") || !isUpperStart(w) {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// startsDigit reports whether s opens with an ASCII digit ("42 people").
func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// endsComplementizer reports whether before, the words of a clause before
// its date, ends with "that" or "how" opening a reported clause, perhaps
// with an adverb of the date ("He recalled how barely a week ago, …").
func endsComplementizer(before string) bool {
	before = strings.TrimRight(before, " ")
	k := strings.LastIndexByte(before, ' ')
	last := before[k+1:]
	if k > 0 && (strings.HasSuffix(last, "ly") || last == "just" || last == "only") {
		before = before[:k]
		k = strings.LastIndexByte(before, ' ')
		last = before[k+1:]
	}
	return k > 0 && (last == "that" || last == "how")
}

// complementClause returns the clause after segment idx of sent, with its
// index, when the date at idx's end opens it after a comma ("said that in
// 2023, one in five children live in conflict zones"), or "" and idx.
func complementClause(sent string, segs []Span, idx int) (string, int) {
	k := idx + 1
	if k >= len(segs) || breakAfter(sent, segs, idx) != ',' {
		return "", idx
	}
	c := cleanEvent(sent[segs[k].Start:segs[k].End])
	if strings.EqualFold(firstWord(c), "according") && k+1 < len(segs) && breakAfter(sent, segs, k) == ',' {
		k++ // "said that on Monday, according to witnesses, rebels shelled the town"
		c = cleanEvent(sent[segs[k].Start:segs[k].End])
	}
	if !clauseHasVerb(c) || asideOpening(c) && !subjectAndVerb(c) || isAttribution(c) {
		return "", idx
	}
	return c, k
}

// dropAdjunctPreposition returns body without the "with", "despite" or
// "amid" that opens it when body is that adjunct alone, without a comma:
// the date lies inside the adjunct, whose noun phrase is the event ("with
// more than 74,000 registered as of Wednesday" is "More than 74,000
// registered"; "Despite 11 interest rate hikes by the Federal Reserve in
// 2022 and 2023" is "11 interest rate hikes by the Federal Reserve").
func dropAdjunctPreposition(body string) string {
	if body == "" || body[0]|0x20 != 'w' && body[0]|0x20 != 'd' && body[0]|0x20 != 'a' {
		return body
	}
	w, i := nextWord(body, 0)
	switch lowerKey(w) {
	case "with", "despite", "amid":
	default:
		return body
	}
	rest := strings.TrimLeft(body[i:], " ")
	if strings.ContainsAny(rest, ",;:") || eventWordCount(rest) < 2 {
		return body
	}
	return rest
}
