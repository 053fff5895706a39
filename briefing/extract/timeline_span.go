package extract

import "strings"

// coordinatedSubject returns the segments that open sent before segment
// idx when body, that segment's event, continues a list they begin: "An
// assessment by the World Bank, the UN and the EU put damage …" is one
// subject, and "the UN and the EU put damage …" would name the wrong
// one. It returns "" unless body opens with a noun phrase joined by "and"
// or "or" before any verb or preposition, and every segment from the
// sentence's first up to idx is a short noun phrase without a verb (not a
// dateline in capitals).
func coordinatedSubject(sent string, segs []Span, idx int, body string) string {
	if idx == 0 || idx > 4 || !startsNounPhrase(body) || !coordinatedHead(body) {
		return ""
	}
	for k := 0; k < idx; k++ {
		c := cleanEvent(sent[segs[k].Start:segs[k].End])
		first := firstWord(c)
		if c == "" || len(c) > 3 && c == strings.ToUpper(c) || eventWordCount(c) > 8 || !startsNounPhrase(c) || clauseHasVerb(c) || isAttribution(c) ||
			eventPrepositions[first] || eventSubordinators[first] || len(first) > 4 && strings.HasSuffix(first, "ly") {
			return ""
		}
	}
	return cleanEvent(sent[segs[0].Start:segs[idx-1].End])
}

// coordinatedHead reports whether s opens with a coordination of noun
// phrases ("the UN and the EU", "France or Germany") followed by a verb.
func coordinatedHead(s string) bool {
	n := 0
	for w, i := nextWord(s, 0); w != "" && n < 6; w, i = nextWord(s, i) {
		n++
		if isUpperStart(w) {
			continue // a name
		}
		lw := lowerKey(w)
		if lw == "and" || lw == "or" {
			return n > 1 && clauseHasVerb(s[i:])
		}
		// "The toll of the dead and missing soared": the coordination
		// lies inside a phrase of the subject, not between subjects.
		if finiteVerb(lw) || isParticiple(lw) || eventAuxiliaries[lw] || eventPrepositions[lw] || lw == "of" {
			return false
		}
	}
	return false
}

// boundaryEvent returns the event of a date that names where something
// starts or ends, or "" for any other date. A "since" date keeps its
// phrase in the clause ("Aspides has escorted merchant ships since
// February last year"): the clause tells what began then, and without
// its date it would read as what happened then. An "until" date names
// the end of the noun phrase right before it ("announced a ceasefire
// until 22 April" gives "a ceasefire until 22 April"), or of the clause
// when a verb precedes it ("will stay until Friday"); in both the date
// phrase stays, so the entry never repeats the text of the clause's own
// date. Body is the clause's event without the date, before the text
// before the date in the segment, and phrase the date with its
// preposition.
func boundaryEvent(body, before, phrase string) string {
	if strings.EqualFold(lastWordOf(body), "through") && strings.EqualFold(lastWordOf(before), "through") {
		// "will hold through | Ramadan": the date is what it lasts
		// through, and the clause stops short without it.
		return body + " " + phrase
	}
	prep := leadingWord(phrase)
	since := strings.EqualFold(prep, "since")
	if !since && !strings.EqualFold(prep, "until") && !strings.EqualFold(prep, "till") {
		return ""
	}
	if !since {
		if np := trailingObject(before); np != "" {
			return np + " " + phrase
		}
	}
	if strings.TrimSpace(before) == "" && body != "" && !isUpperStart(phrase) {
		// "It may deploy up to 12,626 personnel, …, until 30 June": a
		// date set off by commas closes its clause.
		return body + " " + phrase
	}
	return insertAfterTail(body, before, phrase)
}

// trailingObject returns the noun phrase that ends before, the text
// before an "until" date ("the junta announced a ceasefire until"): the
// words back to a determiner, with no verb, preposition or name among
// them, after a verb that sets how long its object lasts (endSettingVerb).
// It returns "" when there is none: in "The rebels held the town until
// last March" the town does not end, the holding does.
func trailingObject(before string) string {
	b := strings.TrimRight(before, " ")
	if k := strings.LastIndexByte(b, ' '); strings.EqualFold(b[k+1:], "until") || strings.EqualFold(b[k+1:], "till") {
		b = strings.TrimRight(b[:max(k, 0)], " ")
	}
	// Walk the words back from the end; end is where the phrase ends.
	end, e := len(b), len(b)
	for n := 0; n < 5 && e > 0; n++ {
		s := strings.LastIndexByte(b[:e], ' ') + 1
		if s == 0 {
			return "" // no verb before the phrase
		}
		w := lowerKey(trimSet(b[s:e], `,;:"'“”‘’`))
		if startsDeterminer(w) {
			ve := strings.TrimRight(b[:s], " ")
			if v := lowerKey(ve[strings.LastIndexByte(ve, ' ')+1:]); endSettingVerb(v) {
				return b[s:end]
			}
			return "" // "The rebels held the town until last March": the clause is the event
		}
		if e == end && finiteVerb(w) || eventPrepositions[w] || eventAuxiliaries[w] || isParticiple(w) {
			return ""
		}
		e = len(strings.TrimRight(b[:s], " "))
	}
	return ""
}

// insertAfterTail puts phrase into body after the last two words of
// before (without its trailing preposition), where the date stood, or ""
// when those words are not in it.
func insertAfterTail(body, before, phrase string) string {
	b := trimSet(dropTrailingPreposition(before), " ,;:.-—–\"'“”‘’")
	k := strings.LastIndexByte(b, ' ')
	if k > 0 {
		k = strings.LastIndexByte(strings.TrimRight(b[:k], " "), ' ')
	}
	tail := strings.TrimSpace(b[k+1:])
	i := strings.LastIndex(body, tail)
	if tail == "" || i < 0 {
		return ""
	}
	end := i + len(tail)
	if end < len(body) && body[end] != ' ' {
		return "" // the tail ends inside a word of body
	}
	return body[:end] + " " + phrase + body[end:]
}

// appositiveParticiple returns, for a date right after a past participle
// in a noun phrase that stands in apposition ("…, a fall of more than 60%
// from the record $10.25 billion earned the year before"), the noun phrase
// the participle describes with the participle and the date: "the record
// $10.25 billion earned the year before". Who earned it the source does
// not say, so no clause is made up. It returns "" when body, the event
// without the date, is not such a phrase: one that opens with a
// determiner and holds no verb but the participle that ends it.
func appositiveParticiple(body, phrase string) string {
	// The cheap tests first: most events are clauses.
	if last := body[strings.LastIndexByte(body, ' ')+1:]; isUpperStart(last) || !startsDeterminer(body) || !isParticiple(lowerKey(last)) {
		return ""
	}
	// The noun phrase starts after the last preposition before the
	// participle; the participle is the last word.
	start, words, lastAt := 0, 0, strings.LastIndexByte(body, ' ')
	for w, e := nextWord(body, 0); w != "" && e <= lastAt; w, e = nextWord(body, e) {
		words++
		if isUpperStart(w) {
			continue
		}
		lw := lowerKey(w)
		if finiteVerb(lw) || isParticiple(lw) || eventAuxiliaries[lw] || eventRelatives[lw] || clauseRelatives[lw] {
			return ""
		}
		if eventPrepositions[lw] || lw == "of" || lw == "than" {
			start = e + 1
		}
	}
	// "The southern African force deployed": a phrase whose head the
	// participle follows reads as a clause and is left as it is.
	if words < 2 || start == 0 || start >= lastAt {
		return ""
	}
	np := body[start:]
	if c := np[0]; !startsDeterminer(np) && !(c >= '0' && c <= '9') && c != '$' {
		return ""
	}
	return np + " " + phrase
}

// endSettingVerbs are the verbs whose object is what lasts until an
// "until" date: a ceasefire announced, a curfew imposed, a mandate
// extended. Any other verb's clause is what ends ("held the town until
// March").
var endSettingVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`announce announces announced declare declares declared impose imposes imposed
		extend extends extended prolong prolongs prolonged renew renews renewed agree agrees agreed sign signs signed
		order orders ordered approve approves approved grant grants granted suspend suspends suspended introduce
		introduces introduced establish establishes established proclaim proclaims proclaimed issue issues issued
		set sets lift lifts lifted reimpose reimposes reimposed adopt adopts adopted`) {
		m[w] = true
	}
	return m
}()

// endSettingVerb reports whether v, a lower-case word, is one of
// endSettingVerbs.
func endSettingVerb(v string) bool { return endSettingVerbs[v] }

// scheduledObject returns the event of a date that a thing was set for:
// "called a session for 9 January to elect a president" dates the session
// ("A session to elect a president"), not the calling, which has a date of
// its own or none. Before is the text of the date's segment before it,
// after the text after it; the thing is the noun phrase before "for" (a
// determiner and up to four words) right after a verb of scheduling. It
// returns "" for any other date.
func scheduledObject(before, after string) string {
	if b := strings.TrimRight(before, " "); len(b) < 4 || !strings.EqualFold(b[len(b)-4:], " for") {
		return "" // the cheap test first
	}
	f := strings.Fields(before)
	n := len(f)
	if n < 3 || lowerKey(f[n-1]) != "for" {
		return ""
	}
	for k := n - 2; k >= 1 && k >= n-6; k-- {
		w := lowerKey(f[k])
		if isUpperStart(f[k]) || finiteVerb(w) || eventPrepositions[w] || strings.ContainsAny(f[k], ",;:") {
			return ""
		}
		if startsDeterminer(w) {
			if !schedulingVerbs[lowerKey(f[k-1])] {
				return ""
			}
			return strings.TrimSpace(strings.Join(f[k:n-1], " ") + " " + cleanEvent(after))
		}
	}
	return ""
}

// schedulingVerbs set a thing for a date: "called a session for 9
// January", "set a vote for Friday".
var schedulingVerbs = map[string]bool{"called": true, "calls": true, "set": true, "sets": true, "scheduled": true,
	"schedules": true, "convened": true, "convenes": true, "fixed": true, "planned": true, "plans": true,
	"booked": true, "summoned": true, "slated": true}
