package extract

import "strings"

// listComma reports whether the comma at s[i] joins the nouns of a list
// ("rebuild the roads, bridges and schools"; "asked for food, water, or
// medicine") rather than ending a clause, start being where the segment
// before it starts. It does when:
//   - that segment has a verb and does not open with a subordinator
//     ("After the attack, soldiers and police arrived" ends a clause);
//   - the word before the comma is a lower-case word and no verb;
//   - one to four lower-case words without a verb follow (more commas
//     between them), then "and" or "or", and the words after that
//     conjunction are not a new clause's predicate ("residents and
//     officials said").
func listComma(s string, start, i int) bool {
	if !conjunctionAhead(s, i+1) {
		return false // most commas: no "and" or "or" close after them
	}
	head := s[start:i]
	last := strings.TrimRight(lastWordOf(head), ".")
	if !listWord(last) || finiteVerb(last) || isParticiple(last) || gerund(last) {
		return false
	}
	j, items := i+1, 0
	for range 6 {
		w, k := nextWord(s, j)
		j = k
		bare := strings.TrimSuffix(w, ",")
		if bare == "and" || bare == "or" {
			// "food, water, or medicine": the comma before "or" follows
			// the list's earlier comma.
			return (items > 0 || strings.Contains(head, ", ")) && listTail(s[j:]) && clauseHasVerb(head) &&
				!eventSubordinators[firstWord(strings.TrimLeft(head, " "))]
		}
		if !listWord(bare) || finiteVerb(bare) || isParticiple(bare) || gerund(bare) ||
			eventAuxiliaries[bare] || isLinkingWord(bare) || eventSubordinators[bare] || clauseRelatives[bare] ||
			eventPrepositions[bare] || listPronouns[bare] || listOpeners[bare] {
			return false
		}
		if determiners[bare] {
			continue // "the roads, the bridges and the schools"
		}
		items++
	}
	return false
}

// conjunctionAhead reports whether " and " or " or " lies in the 64
// bytes of s from i (about seven words): a test by letters alone, before
// listComma looks the words up.
func conjunctionAhead(s string, i int) bool {
	w := s[i:min(len(s), i+64)]
	return strings.Contains(w, " and ") || strings.Contains(w, " or ")
}

// listTail reports whether rest, the text after a list's "and" or "or",
// ends the list: its last item, then no verb of a new clause (a verb of
// saying, an auxiliary, a past that is no participle before a
// preposition: "residents and officials said", "police were deployed").
func listTail(rest string) bool {
	j := 0
	for n := range 5 {
		w, k := nextWord(rest, j)
		j = k
		if w == "" || strings.ContainsAny(w, ",;:.()") && n > 0 {
			return true // the list ends the clause
		}
		if n == 0 && !listWord(w) && !isUpperStart(w) {
			return false
		}
		switch {
		case eventReportingVerbs[w], eventAuxiliaries[w], listPronouns[w]:
			return false
		case finiteVerb(w) || isParticiple(w):
			// "schools destroyed in the fighting": a participle before its
			// preposition describes the last item.
			next, _ := nextWord(rest, j)
			return n > 0 && isParticiple(w) && (eventPrepositions[next] || next == "by" || next == "during")
		case eventPrepositions[w], clauseRelatives[w], w == "by" || w == "during":
			return n > 0
		}
	}
	return true
}

// listOpeners open a phrase after a comma that adds to what came before
// it ("eight injured people, including women and children"): no item of
// a list with it.
var listOpeners = map[string]bool{"including": true, "such": true, "among": true, "especially": true,
	"notably": true, "mainly": true, "mostly": true, "like": true, "excluding": true, "plus": true}

// listPronouns are subjects of a clause, never the items of a list.
var listPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "it": true, "i": true}

// listWord reports whether w is a word of lower-case ASCII letters (a
// hyphen or apostrophe inside): a common noun or a verb, not a name,
// number or mark.
func listWord(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; (c < 'a' || c > 'z') && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

// anotherEvent reports whether event names a second thing of its kind
// ("a villager was killed in another airstrike on Tuesday", "a second
// quake followed", "a fresh attack"): an event of its own, though it
// shares its date and words with the first.
func anotherEvent(event string) bool {
	// Found by their letters first: an event is compared at every merge.
	for i := 0; ; {
		k := strings.Index(event[i:], "nother")
		if k < 0 {
			break
		}
		k += i
		if k > 0 && (event[k-1] == 'a' || event[k-1] == 'A') && (k == 1 || event[k-2] == ' ') &&
			(k+6 == len(event) || !isWordByte(event[k+6])) {
			return true // "another"
		}
		i = k + 6
	}
	for i := 0; ; {
		k := strings.Index(event[i:], "a ")
		if k < 0 {
			break
		}
		k += i
		if k == 0 || event[k-1] == ' ' {
			if w, _ := nextWord(event, k+2); lowerIn(ordinalOthers, w) {
				return true // "a further strike", "a new attack"
			}
		}
		i = k + 2
	}
	if !strings.HasPrefix(event, "A ") {
		return false
	}
	w, _ := nextWord(event, 2)
	return lowerIn(ordinalOthers, w)
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// ordinalOthers, after "a", name another thing of a kind: "a second
// quake", "a fresh attack".
var ordinalOthers = map[string]bool{"second": true, "third": true, "further": true, "new": true, "fresh": true}
