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
		lw := lowerKey(w)
		if lw == "and" || lw == "or" {
			return n > 1 && clauseHasVerb(s[i:])
		}
		// "The toll of the dead and missing soared": the coordination
		// lies inside a phrase of the subject, not between subjects.
		if !isUpperStart(w) && (finiteVerb(lw) || isParticiple(lw) || eventAuxiliaries[lw] || eventPrepositions[lw] || lw == "of") {
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
	prep := firstWord(phrase)
	switch prep {
	case "until", "till", "since":
	default:
		return ""
	}
	if prep != "since" {
		if np := trailingObject(before); np != "" {
			return np + " " + phrase
		}
	}
	return insertAfterTail(body, before, phrase)
}

// trailingObject returns the noun phrase that ends before, the text
// before an "until" date ("the junta announced a ceasefire until"): the
// words back to a determiner, with no verb, preposition or name among
// them, after a verb. It returns "" when there is none.
func trailingObject(before string) string {
	f := strings.Fields(before)
	if len(f) > 0 && (lowerKey(f[len(f)-1]) == "until" || lowerKey(f[len(f)-1]) == "till") {
		f = f[:len(f)-1]
	}
	for k := len(f) - 1; k >= 1 && k >= len(f)-5; k-- {
		w := lowerKey(trimSet(f[k], `,;:"'“”‘’`))
		if startsDeterminer(w) {
			if v := lowerKey(f[k-1]); finiteVerb(v) || isParticiple(v) {
				return strings.Join(f[k:], " ")
			}
			return ""
		}
		if k == len(f)-1 && (finiteVerb(w) || eventAuxiliaries[w]) {
			return ""
		}
		if eventPrepositions[w] || eventAuxiliaries[w] || isParticiple(w) {
			return ""
		}
	}
	return ""
}

// insertAfterTail puts phrase into body after the last words of before
// (without its trailing preposition), where the date stood, or "" when
// those words are not in it. It returns "" when the phrase would
// not fit in an event.
func insertAfterTail(body, before, phrase string) string {
	f := strings.Fields(dropTrailingPreposition(before))
	if len(f) == 0 {
		return ""
	}
	tail := strings.Join(f[max(0, len(f)-2):], " ")
	tail = trimSet(tail, " ,;:.-—–\"'“”‘’")
	i := strings.LastIndex(body, tail)
	if tail == "" || i < 0 {
		return ""
	}
	end := i + len(tail)
	if end < len(body) && body[end] != ' ' || end+1+len(phrase) > maxEventLen-len("…") {
		return "" // the date would be cut off the shortened event
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
	if !startsDeterminer(body) {
		return ""
	}
	f := strings.Fields(body)
	if len(f) < 3 {
		return ""
	}
	part := lowerKey(f[len(f)-1])
	if !isParticiple(part) {
		return ""
	}
	start := 0
	for k, w := range f[:len(f)-1] {
		lw := lowerKey(w)
		if isUpperStart(w) {
			continue
		}
		if finiteVerb(lw) || isParticiple(lw) || eventAuxiliaries[lw] || eventRelatives[lw] || clauseRelatives[lw] {
			return ""
		}
		if eventPrepositions[lw] || lw == "of" || lw == "than" {
			start = k + 1
		}
	}
	// "The southern African force deployed": a phrase whose head the
	// participle follows reads as a clause and is left as it is.
	np := f[start : len(f)-1]
	if start == 0 || len(np) == 0 || !startsDeterminer(np[0]) && !(np[0][0] >= '0' && np[0][0] <= '9') && np[0][0] != '$' {
		return ""
	}
	return strings.Join(f[start:], " ") + " " + phrase
}
