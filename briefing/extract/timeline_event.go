package extract

import (
	"strings"
)

// danglingPrepositions are left without an object when the date after
// them is cut out of another entry's event: "arrived between 2 and 5
// March and left on 9 March" is "arrived and left" for 9 March. The
// labels of a date ("date 2025-01-31", "a letter dated 3 March", "Updated
// 5 March") go with it too: they name nothing else.
var danglingPrepositions = map[string]bool{"for": true, "of": true, "to": true, "as": true, "through": true,
	"between": true, "date": true, "dated": true, "updated": true}

// completeClause makes body, the event of segment idx of sent, a clause
// with a subject and a verb when it is not one:
//   - a report that opens with its verb ("said up to 1,000 troops had
//     taken part") takes the speaker from the segment before;
//   - a participle phrase ("held in Paris") takes the noun it describes
//     and the predicate after it: "The previous conference, held in
//     Paris, drew pledges of more than €2 billion";
//   - a phrase without a verb ("In a statement", "Sagaing and
//     Naypyitaw", "roughly double the figure") joins the segments next to
//     it until it has one.
func completeClause(body string, sent string, segs []Span, idx int) string {
	seg := func(k int) string { return cleanEvent(sent[segs[k].Start:segs[k].End]) }
	if body == "" {
		return body
	}
	first := firstWord(body)
	if c := dropSubordinator(body, first); c != body {
		return c // "As more than 1.1 million people had been displaced": a clause of its own
	}
	if c := gerundAdjunct(body, first); c != "" {
		return c // "Despite the release taking place well after midnight"
	}
	if c := comparisonClause(body, first, idx, seg); c != "" {
		return c // "…, roughly double the figure of six months ago"
	}
	if first == "whose" && idx > 0 {
		if c := possessiveRelative(body, seg(idx-1)); c != "" {
			return c // "The African Union mission, whose mandate the Security Council renewed"
		}
	}
	b0 := body
	if idx > 0 && eventRelatives[first] {
		// "according to regional officials, who this week ordered":
		// the relative's antecedent ends the segment before.
		body = relativeClause(body, first, seg(idx-1))
	} else if idx > 0 && eventAuxiliaries[first] {
		// "Defence ministers of the … Group, which coordinates aid, are
		// expected to meet": the sentence's subject, by its head.
		if subj := headSubject(seg(0)); subj != "" {
			body = subj + " " + body
		}
	}
	body = withAppositionTail(body, sent, idx, segs, seg)
	if body != b0 {
		first = firstWord(body)
	}
	if isFragment(body) {
		body, idx = joinSegments(body, idx, segs, seg)
	} else if eventPrepositions[first] {
		body = reducedRelative(body)
	}
	if body != b0 {
		first = firstWord(body)
	}
	if idx == 0 || isUpperStart(body) || !(eventReportingVerbs[first] || isParticiple(first) || finiteVerb(first)) {
		return body
	}
	// A predicate without its subject: "said up to 1,000 troops had taken
	// part", "held in Paris", "signed a treaty".
	if isParticiple(first) && !eventReportingVerbs[first] && idx+1 < len(segs) {
		// "The previous conference, held in Paris, drew pledges": a
		// participle phrase between a subject and its verb.
		if next := seg(idx + 1); finiteVerb(firstWord(next)) {
			if subj := seg(idx - 1); eventWordCount(subj) <= 8 && startsNounPhrase(subj) && !clauseHasVerb(subj) {
				return subj + ", " + body + ", " + next
			}
		}
	}
	if prev := seg(idx - 1); !clauseHasVerb(prev) && !eventRelatives[firstWord(prev)] {
		if name := trailingName(prev); name != "" {
			return name + " " + body // "..., Valery Gerasimov, said"
		}
	}
	if subj := sentenceSubject(segs, idx, seg); subj != "" {
		return subj + " " + body // "Mali, Burkina Faso and Niger ... signed"
	}
	if prev := seg(idx - 1); (eventReportingVerbs[first] || isParticiple(first)) && clauseHasVerb(prev) {
		// "... displaced, warned the agency"; "sold bills at 7.25%,
		// unchanged from the auction": a predicate of the clause before.
		return prev + ", " + body
	}
	return body
}

// isFragment reports whether body, without a verb, is a piece of a
// clause: a prepositional phrase ("In a statement"), the tail of a list of
// names ("Sagaing and Naypyitaw") or an adverb's phrase ("roughly double
// the figure"). A noun phrase ("The Hamas-led attack") names an event,
// and a pronoun opens a clause whose verb the lexicon may not know.
func isFragment(body string) bool {
	if clauseHasVerb(body) {
		return false
	}
	first := firstWord(body)
	switch {
	case eventPrepositions[first], len(first) > 4 && strings.HasSuffix(first, "ly"):
		return true
	}
	names := 0
	for w, i := nextWord(body, 0); w != ""; w, i = nextWord(body, i) {
		switch w {
		case "and", "of", "the", "al", "el":
			continue
		}
		if names > 0 && (w == "about" || relativePreposition(w)) {
			return true // "Iran and Oman about the detentions": the tail of a list, then its adjunct
		}
		if !isUpperStart(w) {
			return false
		}
		names++
	}
	return true
}

// possessiveRelative returns the clause that body, a relative opening
// with "whose", tells of its antecedent, the noun phrase prev: "whose
// mandate the Security Council renewed" after "The African Union
// mission" is "The Security Council renewed the African Union mission's
// mandate"; "whose fighters attacked the town" after "The group" is "The
// group's fighters attacked the town". It returns "" when prev is no
// short noun phrase or the relative has no verb where one is due.
func possessiveRelative(body, prev string) string {
	ante := nounPhrase(prev)
	if ante == "" {
		if ante = trailingName(prev); ante == "" {
			return ""
		}
	}
	f := strings.Fields(body)
	if len(f) < 3 {
		return ""
	}
	apos := "'s"
	if strings.Contains(prev, "’") {
		apos = "’s"
	}
	if strings.HasSuffix(ante, "s") {
		apos = apos[:len(apos)-1]
	}
	owned := lowerOpening(ante) + apos + " " + f[1]
	rest := strings.Join(f[2:], " ")
	if v := lowerKey(f[2]); finiteVerb(v) || eventAuxiliaries[v] || irregularPastForms[v] {
		return capitaliseEvent(owned + " " + rest) // the owned noun is the subject
	}
	// "the Security Council renewed": a subject of a determiner and
	// names, then its verb ("renewed" here, which may be an adjective
	// elsewhere), whose object is the owned noun.
	k := 2
	if determiners[lowerKey(f[k])] {
		k++
	}
	verb := func(w string) bool {
		v := lowerKey(trimSet(w, `.,;:`))
		return !isUpperStart(w) && (strings.HasSuffix(v, "ed") || finiteVerb(v) || irregularPastForms[v])
	}
	n := k
	for k < len(f) && k-n < 4 && !verb(f[k]) && !relativePreposition(lowerKey(f[k])) {
		k++
	}
	if k == n || k >= len(f) || !verb(f[k]) {
		return ""
	}
	out := append(append(append([]string{}, f[2:k+1]...), owned), f[k+1:]...)
	return capitaliseEvent(strings.Join(out, " "))
}

// joinSegments joins to body, a phrase without a verb of segment idx, the
// segments before it (then after it) until the whole has a verb, and
// returns it with the index of the first segment it holds; body and idx
// as they were when no join has a verb.
func joinSegments(body string, idx int, segs []Span, seg func(int) string) (string, int) {
	out := body
	for k := idx - 1; k >= 0 && k >= idx-3; k-- {
		out = seg(k) + ", " + out
		if clauseHasVerb(out) {
			return out, k
		}
	}
	out = body
	for k := idx + 1; k < len(segs) && k <= idx+3; k++ {
		out += ", " + seg(k)
		if clauseHasVerb(out) {
			return out, idx
		}
	}
	return body, idx
}

// sentenceSubject returns the subject that opens the sentence when its
// first segments before idx are noun phrases without a verb: "Mali",
// "Burkina Faso and Niger"; "The UN envoy for Yemen", "Hans Grundberg".
// A segment with a verb after them (an aside: "all run by military
// governments", "which has said") is skipped.
func sentenceSubject(segs []Span, idx int, seg func(int) string) string {
	var parts []string
	for k := 0; k < idx && k < 4; k++ {
		c := seg(k)
		if clauseHasVerb(c) || !startsNounPhrase(c) || eventWordCount(c) > 8 || isAttribution(c) {
			break
		}
		parts = append(parts, c)
	}
	return strings.Join(parts, ", ")
}

// isUpperStart reports whether s begins with an upper-case ASCII letter
// (a name, not a verb).
func isUpperStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// isParticiple reports whether w, lower case, is a past participle.
func isParticiple(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ed") && !edNotVerb[w] || irregularParticiples[w]
}

// startsDeterminer reports whether s opens with a determiner: a noun
// phrase that names an event ("The Hamas-led attack") reads on its own.
func startsDeterminer(s string) bool { return lowerIn(determiners, leadingWord(s)) }

// determiners open a noun phrase.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "this": true, "these": true, "those": true}

// leadingWord returns the first word of s as it is written.
func leadingWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// clauseHasVerb reports whether s holds a lower-case word that looks like
// a finite verb or a participle of one.
func clauseHasVerb(s string) bool {
	for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {
		if isUpperStart(w) {
			continue // a name
		}
		w = trimSet(w, `.,;:!?"'“”‘’()`)
		if finiteVerb(w) || isParticiple(w) {
			return true
		}
	}
	return false
}

// nextWord returns the word of s that starts at or after i (split at ASCII
// white space) and the index after it, or "" at the end.
func nextWord(s string, i int) (string, int) {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isSpace(s[j]) {
		j++
	}
	return s[i:j], j
}

// objectAntecedent returns the noun phrase that ends s when "that" after
// it opens a relative clause ("a town north of Mogadishu"): at most twelve
// words from a determiner, with no verb among them; "" when the word
// before "that" is a verb ("said that" opens a report).
func objectAntecedent(s string) string {
	f := strings.Fields(s)
	for k := len(f) - 1; k >= 0 && k >= len(f)-12; k-- {
		w := lowerKey(strings.Trim(f[k], `,;:"'“”‘’()`))
		if finiteVerb(w) || eventReportingVerbs[w] || strings.ContainsAny(f[k], ",;:") {
			return ""
		}
		switch w {
		case "the", "a", "an", "its", "their", "his", "her":
			return strings.Join(f[k:], " ")
		}
	}
	return ""
}

// fillObjectGap puts obj after the verb of clause, where a relative clause
// left its object out: "the army had used as a base" with "a town" is
// "the army had used a town as a base". The clause is returned as it is
// when it has no verb after its subject or the verb has an object.
func fillObjectGap(clause, obj string) string {
	if obj == "" {
		return clause
	}
	f := strings.Fields(clause)
	for i := 1; i < len(f); i++ {
		if !finiteVerb(lowerKey(f[i])) {
			continue
		}
		j := i + 1
		for j < len(f) && (isParticiple(lowerKey(f[j])) || lowerKey(f[j]) == "been") {
			j++
		}
		if j < len(f) && (startsDeterminer(f[j]) || isUpperStart(f[j])) {
			return clause
		}
		out := make([]string, 0, len(f)+1)
		out = append(append(append(out, f[:j]...), obj), f[j:]...)
		return strings.Join(out, " ")
	}
	return clause
}

// reducedRelative returns the clause inside body, a prepositional phrase,
// that a relative without "that" holds: "under the version of the
// framework the Security Council adopted as Resolution 2719" is "the
// Security Council adopted the framework as Resolution 2719". Its subject
// is a name (capitalised words, "the" before them) right before its verb.
// Body is returned as it is without one.
func reducedRelative(body string) string {
	f := strings.Fields(body)
	for i := len(f) - 1; i >= 2; i-- {
		if !finiteVerb(lowerKey(f[i])) {
			continue
		}
		j := i
		for j > 1 && isUpperStart(f[j-1]) {
			j--
		}
		if j == i {
			return body
		}
		if lowerKey(f[j-1]) == "the" && j > 1 {
			j--
		}
		obj := objectAntecedent(strings.Join(f[:j], " "))
		if obj == "" {
			return body
		}
		return fillObjectGap(strings.Join(f[j:], " "), obj)
	}
	return body
}

// clauseRelatives open a clause inside a segment whose subject follows
// them ("that the army had used", "where soldiers had fought").
var clauseRelatives = map[string]bool{"that": true, "which": true, "who": true, "where": true}

// gerundClause returns the clause that tail, an -ing phrase after a
// subordinator ("retaking it", "seizing the airport"), stands for, with
// the subject of clause, the text before the subordinator: "that the army
// had used as a base" and "retaking it" give "the army retook it". When
// clause is a relative ("that …", "which …"), "it" is its antecedent, or
// the name an indefinite antecedent stands beside ("Adan Yabaal, a town
// … that"); prev is the segment before, head the sentence's first, which
// gives the subject when clause has none ("a year after moving staff").
// Sub is the subordinator before tail, kept with it when the -ing word is
// not surely a verb ("The soldiers, after lying in wait"). It returns ""
// when no subject is found.
func gerundClause(sub, tail, clause, prev, head string) string {
	f := strings.Fields(clause)
	rel := -1
	for k := len(f) - 1; k >= 0; k-- {
		if clauseRelatives[lowerKey(f[k])] {
			rel = k
			break
		}
	}
	subj, ante := "", ""
	switch {
	case rel >= 0 && leadingSubject(strings.Join(f[rel+1:], " ")) == "" && lowerKey(f[rel]) != "that":
		// "The group, which has controlled the port since seizing it":
		// the relative's antecedent is the subject, its object is "it".
		if subj = trailingName(strings.Join(f[:rel], " ")); subj == "" {
			subj = nounPhrase(prev)
		}
		ante = objectAntecedent(strings.Join(f[rel+1:], " "))
	case rel >= 0:
		subj = leadingSubject(strings.Join(f[rel+1:], " "))
		if lowerKey(f[rel]) == "where" {
			break
		}
		pre := strings.Join(f[:rel], " ")
		ante = objectAntecedent(pre)
		if pre == "" || ante == pre && !startsDeterminer(ante) || (firstWord(ante) == "a" || firstWord(ante) == "an") && ante == pre {
			if name := trailingName(prev); name != "" {
				ante = name // "Adan Yabaal, a town … that"
			}
		}
	default:
		// "Officials said the group had been weakened since losing":
		// the subject of what was said, not the speaker.
		if subj = leadingSubject(stripLeadingAttribution(clause)); subj == "" && strings.TrimSpace(clause) == "" {
			subj = nounPhrase(prev) // "Rebels, after seizing the airport"
		}
		if subj == "" && !clauseHasVerb(clause) {
			subj = leadingSubject(stripLeadingAttribution(head))
		}
	}
	if subj == "" {
		return ""
	}
	g, obj, _ := strings.Cut(tail, " ")
	if ante != "" {
		if o, ok := strings.CutPrefix(obj, "it"); ok && (o == "" || o[0] == ' ') {
			obj = ante + o
		}
	}
	if pred, ok := pastPhrase(subj, strings.TrimSpace(g+" "+obj)); ok {
		return subj + " " + pred
	}
	// Not surely a verb: the source's words, with their subject.
	return subj + ", " + strings.TrimSpace(sub+" "+tail)
}

// nounPhrase returns s when it reads as a short subject without a verb
// ("The general", "The group"), or "".
func nounPhrase(s string) string {
	if eventWordCount(s) <= 8 && startsNounPhrase(s) && !clauseHasVerb(s) {
		return s
	}
	return ""
}

// leadingSubject returns the words of s before its first verb, when they
// are one to six words without a verb: "the army" of "the army had used
// as a base", "" for "a year".
//
// A longer subject (up to twelve words) gives its head, the words before
// its first preposition: "The war" of "The war between the Sudanese army
// and the RSF began".
func leadingSubject(s string) string {
	f := strings.Fields(s)
	for k, w := range f {
		if k > 12 {
			break
		}
		lw := lowerKey(strings.Trim(w, `,;:"'“”‘’()`))
		if k > 0 && startsDeterminer(f[k-1]) || strings.Contains(lw, "-") {
			continue // "the freed pupils", "the Rwanda-backed M23": adjectives
		}
		if finiteVerb(lw) || eventAuxiliaries[lw] || irregularPastForms[lw] {
			if k == 0 || eventPrepositions[firstWord(s)] {
				return ""
			}
			if k > 6 {
				if !startsNounPhrase(s) {
					return "" // "adding that the 600 … officers were"
				}
				return subjectHead(f[:k])
			}
			return strings.Join(f[:k], " ")
		}
	}
	return ""
}

// subjectHead returns the words of a long noun phrase before its first
// preposition ("Defence ministers" of "Defence ministers of the roughly 50
// countries in the … Group") when they are one to six words, else "".
func subjectHead(f []string) string {
	for k := 1; k < len(f) && k <= 6; k++ {
		if headBreaks[lowerKey(f[k])] {
			return strings.Join(f[:k], " ")
		}
	}
	return ""
}

// headBreaks end the head of a noun phrase.
var headBreaks = map[string]bool{"of": true, "in": true, "from": true, "at": true, "between": true, "for": true,
	"with": true, "on": true, "across": true, "near": true, "under": true, "who": true, "which": true, "that": true}

// subordinateTail returns the offset in text of the subordinator ("after",
// "since", …) or the conjunction of a new subject (newClause) that opens
// the clause of the next date after t in its sentence ("withdrew on Sunday
// after seizing the airport in August", "withdrew on Monday and the
// rebels entered the town on Tuesday"), or -1 when there is none or a
// clause break lies between them.
func subordinateTail(text string, t *taggedTimex, others []Span) int {
	next := -1
	for _, c := range others {
		if c.Start >= t.End && (next < 0 || c.Start < next) {
			next = c.Start
		}
	}
	if next < 0 || next-t.End > eventWindow {
		return -1 // outside the event's window
	}
	between := text[t.End:next]
	if strings.ContainsAny(between, ",;:()—–") {
		return -1
	}
	for w, i := nextWord(between, 0); w != ""; w, i = nextWord(between, i) {
		if eventSubordinators[lowerKey(w)] || secondPredicate(w, between[i:]) {
			return t.End + i - len(w)
		}
	}
	if j := clauseJoin(between); j >= 0 {
		return t.End + j
	}
	return -1
}

// secondPredicate reports whether w, then rest, opens a second predicate
// of the clause's subject: "and will be reunited", "but was freed".
func secondPredicate(w, rest string) bool {
	if w != "and" && w != "but" {
		return false
	}
	next, i := nextWord(rest, 0)
	if isUpperStart(next) {
		return false
	}
	next = lowerKey(next)
	after, _ := nextWord(rest, i)
	return eventAuxiliaries[next] || finiteVerb(next) || presentVerb(next, after)
}

// presentVerb reports whether w, a lower-case word in -s, then next, read
// as a verb in the present tense and its object: "enters its third
// year", "holds the town". After a determiner the -s word would be a
// noun, and next is one.
func presentVerb(w, next string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	return determiners[lowerKey(next)] && lowerKey(next) != "this" && lowerKey(next) != "these"
}

// newClause reports whether w, then rest, joins a clause with a subject
// of its own: "and the rebels entered the town", "but Russian forces
// shelled it", "and they left": a determiner or a name of one to four
// words, or a pronoun, then a finite verb or an auxiliary.
func newClause(w, rest string) bool {
	if w != "and" && w != "but" {
		return false
	}
	first, i := nextWord(rest, 0)
	if first == "" {
		return false
	}
	switch {
	case listPronouns[first] && first != "it":
		next, _ := nextWord(rest, i)
		return finiteVerb(next) || eventAuxiliaries[next]
	case !determiners[first] && !isUpperStart(first):
		return false
	}
	for n := 0; n < 4; n++ {
		next, j := nextWord(rest, i)
		if next == "" {
			return false
		}
		lw := lowerKey(next)
		if !isUpperStart(next) && (finiteVerb(lw) || eventAuxiliaries[lw]) {
			return n > 0 || !determiners[first]
		}
		if eventPrepositions[lw] || clauseRelatives[lw] || lw == "and" || lw == "of" {
			return false // "and the talks in Geneva": no verb of its own yet
		}
		i = j
	}
	return false
}

// coordinateStart returns the offset in text where the clause holding t
// starts when a clause of another date, joined by "and" or "but", comes
// before it in the same segment ("Troops withdrew on Monday and | the
// rebels entered the town on Tuesday"), or -1.
func coordinateStart(text string, t *taggedTimex, others []Span) int {
	prev := -1
	for _, c := range others {
		if c.End <= t.pre && c.End > prev {
			prev = c.End
		}
	}
	if prev < 0 || t.pre-prev > eventWindow {
		return -1
	}
	between := text[prev:t.pre]
	if strings.ContainsAny(between, ",;:()—–") {
		return -1
	}
	if j := clauseJoin(between); j >= 0 {
		return prev + j + len("and")
	}
	return -1
}

// clauseJoin returns the offset in between, the text from one date to
// the next, of the "and" or "but" that joins a clause with a subject of
// its own (newClause), or -1. Up to four words may come before it, but
// not a noun phrase (a subject joined to the one after "and": "since the
// Hezbollah militant group and Israeli military started"), nor
// "between" ("the war between the army and the RSF began"), an "and"
// that joins words, or a subordinator, whose clause the "and" is inside.
func clauseJoin(between string) int {
	n := 0
	for w, i := nextWord(between, 0); w != ""; w, i = nextWord(between, i) {
		lw := lowerKey(w)
		switch {
		case newClause(w, between[i:]):
			return i - len(w)
		case n >= 4, lw == "between", lw == "both", lw == "and", lw == "but", eventSubordinators[lw], clauseRelatives[lw]:
			// An "and" that starts no clause joins words ("and Israeli and
			// Palestinian officials met"): a later one is inside them.
			return -1
		case n == 0 && (determiners[lw] || isUpperStart(w)):
			return -1
		}
		n++
	}
	return -1
}

// subjectPronouns open a sentence whose subject the sentence before named;
// each maps to the number its antecedent has and whether it is a
// possessive ("its fighters"). A first person ("we", "I") speaks in a
// quotation: its speaker is not the subject before, and it stays.
var subjectPronouns = map[string]struct {
	number     byte // 's' singular thing, 'p' plural, 'h' a person
	possessive bool
}{
	"it": {'s', false}, "its": {'s', true}, "they": {'p', false}, "their": {'p', true},
	"he": {'h', false}, "his": {'h', true}, "she": {'h', false}, "her": {'h', true},
}

// namedAntecedent replaces the pronoun that opens event with the subject
// of the sentence before, so that an analyst who copies the entry knows
// who acted: "It began" after "The assault in the eastern city of
// Jalalabad was …" is "The assault began"; "They were fighting again"
// after "The rebels announced a ceasefire" is "The rebels were fighting
// again". Only a pronoun that opens its own sentence too (after a date
// that leads it: "By Wednesday they were fighting") is read so; a pronoun
// inside a sentence most often stands for a phrase of that sentence.
// The event is kept as it is when the sentence before has no subject that
// agrees with the pronoun (a person for "he", a plural for "they"), or
// when it speaks of its own "it"/"they" (a chain of pronouns whose
// referent is further back: "The Security Council endorsed it").
func namedAntecedent(event, text string, t *taggedTimex) string {
	w, rest, ok := strings.Cut(event, " ")
	if !ok {
		return event
	}
	p, ok := subjectPronouns[lowerKey(w)]
	if !ok {
		return event // the cheap test first: most events open otherwise
	}
	sent := text[t.sent.Start:t.sent.End]
	open := sent
	if t.pre == t.sent.Start {
		open = strings.TrimLeft(text[t.End:t.sent.End], " ,")
	}
	var subj string
	if strings.EqualFold(leadingWord(open), w) {
		prev := previousSentence(text, t.sent.Start)
		if prev == "" || sharesPronoun(prev, p.number) {
			return event
		}
		if subj = priorSubject(prev); subj != "" && reportsAfter(prev, subj) && !p.possessive && !eventReportingVerbs[verbAfter(rest)] {
			// "The government said the truce would hold. It collapsed":
			// "it" may be what was said; "It added" is the speaker.
			return event
		}
	} else if subj = speakerOf(collapseSpace(sent), w, rest); subj == "" && p.number == 'p' {
		subj = pluralSubjectBefore(collapseSpace(sent), w, rest)
	}
	if subj == "" || !agrees(subj, p.number) {
		return event
	}
	if p.possessive {
		apos := "'s"
		if strings.Contains(sent, "’") {
			apos = "’s" // the text's own apostrophe
		}
		if strings.HasSuffix(subj, "s") {
			apos = apos[:len(apos)-1]
		}
		subj += apos
	}
	return capitaliseEvent(subj) + " " + rest
}

// speakerOf returns the speaker of sent when the pronoun w, then rest,
// opens what the speaker said of themselves: "Israel, meanwhile, says it
// has carried out around 480 strikes" gives "Israel". The words before
// the pronoun are a subject (up to its first comma) and a verb of saying,
// perhaps with "that"; "" otherwise.
func speakerOf(sent, w, rest string) string {
	before := textBefore(sent, w, rest)
	if strings.EqualFold(lastWordOf(before), "that") {
		before = strings.TrimRight(cutLastWord(before), " ")
	}
	if !eventReportingVerbs[lowerKey(lastWordOf(before))] {
		return ""
	}
	subj := strings.TrimRight(cutLastWord(before), " ,")
	if c := strings.IndexByte(subj, ','); c > 0 {
		subj = subj[:c] // "Israel, meanwhile,"
	}
	if subj == "" || eventWordCount(subj) > 6 || clauseHasVerb(subj) || !startsNounPhrase(subj) || isAttribution(subj) {
		return ""
	}
	return priorSubject(subj + " said")
}

// previousSentence returns the sentence that ends before start in text,
// white space collapsed, or "". A paragraph break may lie between: news
// copy runs one sentence a paragraph, and its pronouns cross them.
func previousSentence(text string, start int) string {
	lo := max(0, start-600)
	gap := text[lo:start]
	spans := Sentences(gap)
	if len(spans) == 0 {
		return ""
	}
	s := spans[len(spans)-1]
	if s.Start == 0 && lo > 0 {
		return "" // the window cut it: too long to read a subject from
	}
	return collapseSpace(gap[s.Start:s.End])
}

// sharesPronoun reports whether s holds a pronoun of the same number:
// a pronoun of its own, whose referent the one after continues.
func sharesPronoun(s string, number byte) bool {
	for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {
		if q, ok := subjectPronouns[lowerKey(trimSet(w, `.,;:!?"'“”‘’()`))]; ok && q.number == number {
			return true
		}
		if number == 'p' && lowerKey(trimSet(w, `.,;:!?"'“”‘’()`)) == "them" {
			return true
		}
	}
	return false
}

// priorSubject returns the subject of s, a sentence, past a leading
// adjunct of a few words and its comma ("On Wednesday, rescuers were
// digging"): one to six words before its verb that are not a pronoun, or
// the head of a longer noun phrase ("The assault" of "The assault in the
// eastern city of Jalalabad was"); "" otherwise.
func priorSubject(s string) string {
	if fw := firstWord(s); eventPrepositions[fw] || gerundPrepositions[fw] || fw == "by" {
		i := strings.IndexByte(s, ',')
		if i < 0 || eventWordCount(s[:i]) > 5 {
			return ""
		}
		s = strings.TrimLeft(s[i+1:], " ")
	}
	subj := leadingSubject(s)
	if subj == "" || strings.ContainsAny(subj, ",;:\"“”()—–#") {
		return ""
	}
	if head := subjectHead(strings.Fields(subj)); documentNouns[lowerKey(lastWordOf(head))] || head == "" && documentNouns[lowerKey(lastWordOf(subj))] {
		return "" // "A statement from a junta spokesperson said …. It has also declared": the junta acted
	}
	switch firstWord(subj) {
	case "this", "that", "these", "those", "there", "such", "one", "some", "many", "it", "they", "he", "she", "we", "i",
		"its", "their", "his", "her", "our", "all", "both", "each", "most", "others":
		return ""
	}
	return subj
}

// documentNouns name what carries a report, never who acts after it.
var documentNouns = map[string]bool{"statement": true, "report": true, "memo": true, "letter": true, "study": true,
	"survey": true, "document": true, "assessment": true, "estimate": true, "post": true, "video": true, "message": true}

// bodyHeads end the name of a body, not a person: "Minsk Group", "Security
// Council", "Islamic State".
var bodyHeads = map[string]bool{"group": true, "council": true, "union": true, "agency": true, "ministry": true,
	"army": true, "office": true, "mission": true, "government": true, "party": true, "front": true, "movement": true,
	"alliance": true, "bank": true, "fund": true, "court": true, "commission": true, "committee": true, "state": true,
	"organization": true, "organisation": true, "programme": true, "program": true, "service": true, "department": true,
	"authority": true, "command": true, "force": true, "police": true, "assembly": true, "parliament": true}

// agrees reports whether subj can be the antecedent of a pronoun of
// number: a person's name (capitalised words, no article) for 'h', a
// plural head for 'p', a singular one that is no name of a person for
// 's'.
func agrees(subj string, number byte) bool {
	head := lastWordOf(subj)
	pl := plural(head) || pluralNouns[lowerKey(head)]
	person := !startsDeterminer(subj) && strings.Count(subj, " ") >= 1 && !bodyHeads[lowerKey(head)]
	for w, i := nextWord(subj, 0); w != "" && person; w, i = nextWord(subj, i) {
		person = isUpperStart(w)
	}
	switch number {
	case 'p':
		return pl
	case 'h':
		return person && !pl
	}
	return !pl && !person
}

// textBefore returns the words of sent before the pronoun w that opens an
// event whose next words are rest, or "" when sent does not hold them.
func textBefore(sent, w, rest string) string {
	probe := w + " " + rest
	if k := strings.IndexByte(rest, ' '); k > 0 {
		probe = w + " " + rest[:k]
	}
	i := strings.Index(strings.ToLower(sent), strings.ToLower(probe))
	if i <= 0 {
		return ""
	}
	return strings.TrimRight(sent[:i], " ")
}

// pluralSubjectBefore returns the subject of the clause that a "they"
// after a subordinator or a semicolon hangs off, when it is plural:
// "European Union foreign ministers will discuss Syria when they meet in
// Brussels" gives "European Union foreign ministers"; "279 schoolgirls
// were taken from Jangebe; they were freed" gives "279 schoolgirls". The
// subject is the noun phrase right before the clause's last verb group,
// up to a comma, a verb or a function word; "" when there is none.
func pluralSubjectBefore(sent, w, rest string) string {
	before := textBefore(sent, w, rest)
	if before == "" {
		return ""
	}
	if strings.HasSuffix(before, ";") {
		before = strings.TrimRight(before, ";")
	} else if sub := lowerKey(lastWordOf(before)); eventSubordinators[sub] || breakSubordinators[sub] {
		before = strings.TrimRight(cutLastWord(before), " ,")
	} else {
		return ""
	}
	f := strings.Fields(before)
	v := -1
	for k := len(f) - 1; k >= 0 && k >= len(f)-12; k-- {
		lw := lowerKey(f[k])
		if strings.ContainsAny(f[k], ",;:") {
			return "" // the clause's verb lies before an aside: not sure
		}
		if !isUpperStart(f[k]) && (finiteVerb(lw) || eventAuxiliaries[lw] || irregularPastForms[lw]) {
			v = k
			for v > 0 && verbGroup(lowerKey(f[v-1])) {
				v--
			}
			break
		}
	}
	if v <= 0 {
		return ""
	}
	j := v
	for j > 0 && v-j < 6 {
		pw := f[j-1]
		lw := lowerKey(strings.TrimRight(pw, ","))
		if strings.HasSuffix(pw, ",") || eventSubordinators[lw] || clauseRelatives[lw] || relativePreposition(lw) ||
			lw == "and" || lw == "or" || eventReportingVerbs[lw] || finiteVerb(lw) && !isUpperStart(pw) {
			break
		}
		j--
	}
	subj := strings.Join(f[j:v], " ")
	if j == v || subjectPronouns[firstWord(subj)].number != 0 || !plural(lastWordOf(subj)) && !pluralNouns[lowerKey(lastWordOf(subj))] {
		return ""
	}
	return subj
}

// verbGroup reports whether lw, lower case, belongs to a verb group before
// its main verb: "will be sent", "had been", "were not".
func verbGroup(lw string) bool {
	return eventAuxiliaries[lw] || lw == "be" || lw == "been" || lw == "being" || lw == "not" || lw == "also"
}

// reportsAfter reports whether subj, the subject of s, is followed by a
// verb of saying and a clause of its own: s reports something ("said the
// truce would hold"), which a pronoun after it may stand for. A verb with
// an object ("announced a ceasefire on Monday, …") reports nothing.
func reportsAfter(s, subj string) bool {
	rest := strings.TrimPrefix(s, subj)
	v := verbAfter(rest)
	if !eventReportingVerbs[v] {
		return false
	}
	_, said, _ := strings.Cut(rest, v)
	if c := strings.IndexAny(said, ",;:"); c >= 0 {
		said = said[:c]
	}
	return firstWord(strings.TrimSpace(said)) == "that" || clauseHasVerb(said) || hasAuxiliary(said)
}

// hasAuxiliary reports whether s holds an auxiliary ("would", "had").
func hasAuxiliary(s string) bool {
	for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {
		if eventAuxiliaries[lowerKey(w)] {
			return true
		}
	}
	return false
}

// verbAfter returns the first word of s, lower case, past a verb group's
// auxiliaries ("has also said" gives "said").
func verbAfter(s string) string {
	for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {
		if lw := lowerKey(trimSet(w, `.,;:!?"'“”‘’()`)); !verbGroup(lw) {
			return lw
		}
	}
	return ""
}
