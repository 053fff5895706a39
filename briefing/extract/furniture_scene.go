package extract

import "strings"

// maxSceneWords bounds how far into a line sceneCaption looks for its
// first verb: a caption's subject is a short noun phrase ("A Nepalese
// cycle rickshaw puller", "Abducted students of Government Science
// College Kagara").
const maxSceneWords = 10

// sceneCaption reports whether t, a trimmed line, is a photo caption that
// tells what its picture shows, in the present: "Security officers
// investigate the site of a roadside bomb on 3 May 2015 that did not cause
// any deaths.", "A rickshaw puller pedals past buildings damaged in
// Saturday's earthquake. (Source: Associated Press)". A story tells what
// happened in the past tense, and when it uses the present its verbs are
// those of saying, being and lasting ("Officials say", "Fighting
// continues", "Tuesday marks one year"); a caption's first verb is in the
// present simple and is what a camera sees people do (sceneVerbs). It is
// one sentence, perhaps closed by a credit or source in brackets, with no
// quotation and no speaker. Only a line with a figure or a date is read:
// a caption with neither holds nothing for the panels. furniture() reads
// no text's first line this way: that is its headline or its lede, and a
// story may open in the present ("Rescuers search the rubble Friday.").
func sceneCaption(t string) bool {
	n := len(t)
	if n < 30 || n > 320 || !isUpperStart(t) || t[n-1] != '.' && t[n-1] != ')' {
		return false // the cheap gate: a sentence's stop, or a credit's bracket
	}
	body := t
	if t[n-1] == ')' {
		k := strings.LastIndexByte(t, '(')
		if k <= 0 || n-k > 64 {
			return false
		}
		body = strings.TrimRight(t[:k], " ")
	}
	if body == "" || body[len(body)-1] != '.' {
		return false
	}
	body = body[:len(body)-1]
	// The first verb first: it refuses most story lines within a few
	// words, before the scans of the whole line (byte searches: the
	// quotation marks too, not rune by rune).
	if !firstVerbScene(body) || strings.Contains(body, ". ") || strings.IndexByte(body, '"') >= 0 ||
		strings.Contains(body, "“") || strings.Contains(body, "”") ||
		strings.Contains(body, " said") || strings.Contains(body, " says") {
		return false
	}
	return strings.ContainsAny(t, "0123456789") || namesDayWord(body)
}

// firstVerbScene reports whether the first verb of s, within its first
// words, is a scene verb in the present simple ("walks", "investigate")
// after a subject, with no other verb in its clause: not a noun after an
// article, a number or a preposition ("a search", "in search of", "Two
// salvage ships"), nor one that heads a phrase ("wave of", "carries up to
// 1,200 passengers": a capacity, not a scene), and with no auxiliary, verb
// of saying or past verb with its object around it ("Rescuers streamed
// out, seeking shelter", "A desperate search for survivors continued in").
// A line that opens with a subordinator or a preposition ("As the storm
// pushes east") is no caption's subject.
func firstVerbScene(s string) bool {
	switch first, _ := nextWord(s, 0); first {
	case "A", "An", "The": // a caption's subject may open with its article
	default:
		if headAdverbials[first] || sceneOpeners[first] {
			return false
		}
	}
	prev, at := "", -1
	words := 0
	for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {
		if words++; words > maxSceneWords {
			return false
		}
		bare := trimSet(w, ",;:()")
		if bare == "" || bare[0] < 'a' || bare[0] > 'z' {
			prev = w
			continue
		}
		if sceneStoppers[bare] || pastWithObject(bare, w, s, i) {
			return false // "Officials say", "Rescuers were searching", "streamed out,"
		}
		if words > 1 && sceneVerb(bare) && !strings.HasSuffix(prev, ",") && !isDigit(prev[0]) &&
			!lowerIn(articleWords, prev) && !lowerIn(nounPrepositions, prev) && !numberWordIn(prev) && !clauseBreaks[prev] &&
			!sceneObjectless(nextAfter(s, i)) {
			at = i
			break
		}
		prev = w
	}
	if at < 0 {
		return false
	}
	// The rest of the verb's clause holds no other verb.
	for w, i := nextWord(s, at); w != ""; w, i = nextWord(s, i) {
		bare := trimSet(w, ",;:()")
		if clauseBreaks[bare] {
			return true
		}
		if sceneStoppers[bare] || pastWithObject(bare, w, s, i) {
			return false
		}
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			return true
		}
	}
	return true
}

// sceneOpeners open a sentence with a clause or a phrase before its
// subject, which a caption does not.
var sceneOpeners = map[string]bool{"When": true, "While": true, "If": true, "Although": true, "Though": true,
	"Because": true, "According": true, "With": true, "Despite": true, "Amid": true, "Once": true, "Where": true}

// clauseBreaks end the clause of a caption's verb: a relative or a
// subordinate clause follows.
var clauseBreaks = map[string]bool{"that": true, "who": true, "which": true, "where": true, "as": true,
	"after": true, "while": true, "when": true, "before": true, "following": true}

// nextAfter returns the word of s after index i: read only when a rule
// needs it, not for every word.
func nextAfter(s string, i int) string {
	w, _ := nextWord(s, i)
	return w
}

// pastWithObject reports whether bare, a lower-case word w as written
// that ends at index i of s, is
// a verb in the past with its object or particle after it, the verb of
// a clause ("refloated the vessel", "streamed out,", "continued in"), not
// a participle before its agent or place ("wounded by", "damaged in
// Saturday's quake" is read as the clause's, and so refused).
func pastWithObject(bare, w, s string, i int) bool {
	if !isParticiple(bare) || strings.HasSuffix(w, ",") && len(bare) < 4 {
		return false
	}
	if strings.HasSuffix(w, ",") {
		return true
	}
	next := trimSet(nextAfter(s, i), ",;:()")
	return next != "" && (isDigit(next[0]) || numberWordIn(next)) || lowerIn(articleWords, next) || pastParticles[next]
}

// pastParticles follow a past verb in its clause: "streamed out",
// "continued in Mexico".
var pastParticles = map[string]bool{"out": true, "up": true, "down": true, "off": true, "away": true,
	"back": true, "in": true, "on": true, "into": true, "to": true, "at": true}

// sceneObjectless reports whether next, the word after a scene verb's
// candidate, makes it a noun or a capacity: "wave of", "search and
// rescue", "carries up to", "carries 24,000", "coast guard recovered".
func sceneObjectless(next string) bool {
	next = trimSet(next, ",;:()")
	if next == "" || isDigit(next[0]) {
		return true
	}
	switch next {
	case "of", "and", "or", "up", "about", "some", "more", "nearly", "around", "almost", "over":
		return true
	}
	return isParticiple(next) // "The coast guard recovered": a noun before the verb
}

// numberWordIn reports whether w is a number in words ("Two salvage
// ships", "Thousands of residents").
func numberWordIn(w string) bool {
	lx := lookupNumLex(trimSet(w, ",;:()"))
	return lx != nil && numberWord(lx)
}

// sceneStoppers are the verbs that, met first, make a line story: the
// auxiliaries and the verbs of saying and lasting.
var sceneStoppers = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "must": true,
	"should": true, "said": true, "say": true, "says": true, "told": true, "tell": true, "tells": true,
	"remain": true, "remains": true, "continue": true, "continues": true, "warn": true, "warns": true,
	"fear": true, "fears": true, "do": true, "does": true, "did": true}

// sceneVerb reports whether w, in lower case, is a scene verb in the
// present simple: its base form ("investigate", after a plural subject)
// or its third person ("walks", "carries", "wades").
func sceneVerb(w string) bool {
	if sceneVerbs[w] {
		return true
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return sceneVerbs[w[:len(w)-3]+"y"]
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses"):
		return sceneVerbs[w[:len(w)-2]] // "watches", "pushes", "crosses"
	case strings.HasSuffix(w, "s"):
		return sceneVerbs[w[:len(w)-1]]
	}
	return false
}

// sceneVerbs are what a news photograph shows people do, in their base
// form: the verbs of wire captions ("A woman carries her child", "Police
// inspect the scene", "Residents queue for water").
var sceneVerbs = map[string]bool{
	"walk": true, "sit": true, "carry": true, "look": true, "gather": true, "inspect": true,
	"investigate": true, "search": true, "wait": true, "ride": true, "mourn": true, "cry": true, "weep": true,
	"react": true, "patrol": true, "pedal": true, "lie": true, "pray": true, "queue": true, "collect": true,
	"wave": true, "push": true, "pull": true, "clear": true, "sleep": true, "watch": true,
	"comfort": true, "hug": true, "grieve": true, "unload": true, "cross": true, "survey": true,
	"dig": true, "sift": true, "gesture": true, "chant": true, "march": true, "shout": true,
	"pose": true, "bury": true, "distribute": true, "fetch": true, "wade": true, "paddle": true,
	"escort": true, "guard": true, "examine": true, "clean": true, "surround": true, "kneel": true,
	"embrace": true, "rush": true, "huddle": true, "shelter": true, "salute": true, "stroll": true,
}

// namesDayWord reports whether s names a weekday, a month, "today" or
// "yesterday", possessive or not ("Saturday's earthquake").
func namesDayWord(s string) bool {
	for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {
		if !isUpperStart(w) && w[0] != 't' && w[0] != 'y' {
			continue
		}
		bare := trimSet(w, ",;:()")
		if k := strings.IndexAny(bare, "'’"); k > 0 {
			bare = bare[:k]
		}
		if lx := lookupNumLex(bare); lx != nil && lx.cls&(clsWeekday|clsMonth) != 0 ||
			bare == "today" || bare == "yesterday" {
			return true
		}
	}
	return false
}
