package extract

import (
	"strings"
)

// tenseWindow bounds how far, in tokens, the tagger looks for a tense cue
// on each side of an expression, which keeps the pass linear.
const tenseWindow = 30

// tense returns the tense cue nearest to tokens [i, j): first within the
// clause (the part of the sentence between commas, semicolons, colons and
// dashes), then within the whole sentence. Future wins a tie.
func (tg *tagger) tense(i, j int) uint8 {
	switch tg.w(i - 1) {
	case "for", "until", "till", "through", "thru":
		w := tg.w(i - 1)
		if w != "for" && (tg.scheduleVerb(i-2) || tg.w(i-3) == "and" && tg.verbAfterAnd(i-2)) {
			return cueFuture // "runs through March 31", "lasts until Friday"
		}
		// "a session for 9 January" is a target day, "until Monday" and
		// "through Wednesday" deadlines, all ahead, unless their clause is
		// past ("job gains for February were revised", "strikes continued
		// through Ramadan"; "schools closed until Monday" runs to the
		// nearest one).
		if tg.w(i-1) == "for" && tg.namesDay(i, j) {
			return cueFuture // "called a session for 9 January": a target day
		}
		lo, hi := tg.clause(i, j)
		if lo >= i-1 && hi == j && hi < len(tg.toks) && tg.isClauseBreak(hi) {
			// "Until 3 February, the airport had remained closed": the
			// date's own clause is the phrase alone; the sentence's decides.
			lo, hi = 0, len(tg.toks)
		}
		switch tg.perfect(lo, hi, w) {
		case cuePast:
			return cuePast // "had remained closed until 3 February"
		case cuePresent:
			return cuePresent // "the appeal for 2025 has received little"
		}
		switch tg.nearestCue(i, j, lo, hi, false) {
		case cuePast:
			if w := tg.w(i - 1); w == "for" || w == "through" || w == "thru" {
				return cuePast // "continued through Ramadan"
			}
			return cuePresent
		case cuePresent:
			if w != "for" && tg.namesDay(i, j) && tg.pastModal(lo, hi) {
				// "residents could not use the road until 12 November",
				// "the truce would last until 3 February": the modal's
				// past form says nothing of which side of the paper the
				// day lies, so it is the nearest one. (A weekday keeps
				// the coming one: "schools would stay shut until Monday".)
				return cuePresent
			}
		}
		return cueFuture
	case "since":
		return cuePast // "since January" began in the past
	}
	if tg.sinceBefore(i) {
		return cuePast // "since peaking in September", "since early June"
	}
	if tg.aheadOf(i) {
		// "ahead of the 31 January deadline", "beyond Friday's midnight
		// deadline", "extending into Monday": the date lies ahead of the
		// clause's time — the
		// coming one, or in a past clause the nearest ("attacked
		// polling stations ahead of Sunday's vote" in a Monday paper).
		if tg.clauseTense(i, j) == cuePast {
			return cuePresent
		}
		return cueFuture
	}
	if tg.w(i-1) == "to" && tg.scheduleVerb(i-2) {
		return cueFuture // "the mandate runs to the end of 2025"
	}
	switch tg.w(i - 1) {
	case "starting", "beginning", "effective":
		return cueFuture // "mourning starting Monday": a start announced ahead
	}
	if tg.presentOfDay(i, j) {
		return cuePresent // "Tuesday marks one year since the earthquake"
	}
	if tg.scheduleVerb(i-1) && !tg.pastVerbAt(j) && !tg.objectOfPast(i-1) { // "rebels Saturday killed", "was preceded by aftershocks overnight": nouns
		// The simple present right before a date is a schedule: "the law
		// expires Dec. 31", "the summit opens March 12".
		return cueFuture
	}
	var c uint8
	if tg.w(i-1) == "by" {
		tg.byDeadline = true
		c = tg.clauseTense(i, j)
		tg.byDeadline = false
	} else {
		c = tg.clauseTense(i, j)
	}
	if c != cuePast && tg.doneActDate(i) {
		return cuePast // "fear Wednesday's attack will deter voters": the attack is done
	}
	return tg.scheduledTense(i, c)
}

// presentOfDay reports whether the day at tokens [i, j) opens its sentence
// as the subject of a verb in the simple present that takes an object —
// "Tuesday marks one year since the quake", "Sunday sees the last of the
// polls": the day is told as this week's, the nearest one. A plural noun
// after the day ("Monday talks ended …") has no object after it.
func (tg *tagger) presentOfDay(i, j int) bool {
	if int(tg.toks[i].s) != tg.sent.Start || j+1 >= len(tg.toks) {
		return false
	}
	t := tg.tok(j)
	if t.kind == 0 || t.kind != ttWord || t.upper || t.lx != 0 || !tg.verbInS(tg.text[t.s:t.e]) {
		return false
	}
	return tg.isArticle(j+1) || tg.tok(j+1).kind == ttNum || tg.w(j+1) == "one"
}

// aheadOf reports whether the date at token i is the object of "ahead
// of", "beyond" or "into", with or without its article.
func (tg *tagger) aheadOf(i int) bool {
	k := i - 1
	if tg.w(k) == "the" {
		k--
	}
	switch tg.w(k) {
	case "beyond", "into": // "disruptions extending into Monday"
		return true
	}
	return tg.w(k) == "of" && tg.w(k-1) == "ahead"
}

// clauseTense is the tense cue nearest to tokens [i, j) in their clause,
// else in their sentence, whatever the preposition before them.
func (tg *tagger) clauseTense(i, j int) uint8 {
	lo, hi := tg.clause(i, j)
	// The date's own preposition counts with it, so a past or planned
	// verb it follows is as near as the verb after it, and wins the tie:
	// "fighting that began in November continues" (began), "the truce is
	// to end at midnight on Friday" (to end). A present in -s is left
	// out: it may be a plural noun ("Talks in November ended").
	p := i
	if p-2 >= lo && isTimexPrep(tg.w(p-1)) {
		if c := tg.cueAt(p - 2); c == cuePast || c == cueFuture {
			p--
		}
	}
	if c := tg.nearestCue(p, j, lo, hi, false); c != cueNone {
		return c
	}
	// Beyond the clause, a relative clause tells of its own noun: "an
	// airstrike this week on a village near Bhamo, where a vote is to be
	// held this weekend, killed 21" is no future.
	return tg.nearestCue(i, j, 0, len(tg.toks), true)
}

// dir turns the tense of tokens [i, j) into a direction for resolving a
// bare weekday: -1 (most recent) for the past and when there is no cue (a
// weekday in news is most often last week's), +1 (next) for the future
// and for an act a verb plans ("agreed to meet on Thursday", whatever the
// tense of "agreed"), 0 (nearest) for the present.
func (tg *tagger) dir(i, j int) int {
	tense := tg.tense(i, j)
	switch {
	case tense == cueFuture || tg.plannedInfinitive(i):
		return 1
	case tense == cuePresent:
		return 0
	}
	return -1
}

// plannedInfinitive reports whether the weekday at token i dates an act
// that a verb of planning or agreeing puts ahead ("agreed to meet again in
// Geneva on Thursday", "a cyclone due to make landfall on Friday",
// "vowed to return on Monday"): the plan is told, the act has not yet
// happened, so the weekday is the coming one whatever the tense of the
// verb that plans it. A finite verb between them ("agreed to a deal that
// was signed on Thursday") dates the day by its own tense.
func (tg *tagger) plannedInfinitive(i int) bool {
	lo, _ := tg.clause(i, i+1)
	for k := i - 1; k > lo && k >= i-planReach; k-- {
		if tg.w(k) == "to" && tg.lowerIn(k+1, plannedActs) && tg.lowerIn(k-1, planVerbs) {
			return true // "to the square" is a preposition's: read on
		}
		if tg.info(k).cue != cueNone {
			return false // a lexicon verb: cueAt's guesses would lower words
		}
	}
	return false
}

// planReach bounds how many tokens back from a weekday plannedInfinitive
// looks for the "to" of its infinitive.
const planReach = 10

// planVerbs put the act of the infinitive after them ("agreed to meet").
var planVerbs = map[string]bool{"agreed": true, "agree": true, "agrees": true, "decided": true, "decide": true,
	"decides": true, "promised": true, "promise": true, "promises": true, "pledged": true, "pledge": true,
	"pledges": true, "vowed": true, "vow": true, "vows": true, "due": true, "set": true, "poised": true,
	"scheduled": true, "expected": true, "planned": true, "plan": true, "plans": true, "planning": true,
	"intend": true, "intends": true, "intended": true, "hope": true, "hopes": true, "hoped": true,
	"aim": true, "aims": true, "aimed": true, "prepared": true, "preparing": true, "ready": true}

// plannedActs are the base verbs of the acts news reports as planned; a
// word after "agreed to" that is not one is most often a noun ("agreed to
// a truce", "due to heavy rain").
var plannedActs = map[string]bool{"meet": true, "make": true, "hold": true, "take": true, "start": true,
	"begin": true, "resume": true, "open": true, "reopen": true, "close": true, "end": true, "vote": true,
	"visit": true, "travel": true, "arrive": true, "return": true, "sign": true, "announce": true,
	"deliver": true, "present": true, "release": true, "publish": true, "launch": true, "host": true,
	"attend": true, "hear": true, "rule": true, "discuss": true, "talk": true, "give": true, "address": true,
	"testify": true, "appear": true, "land": true, "reach": true, "hit": true, "leave": true, "come": true,
	"go": true, "be": true, "convene": true, "gather": true, "submit": true, "review": true, "debate": true,
	"consider": true, "certify": true, "deploy": true, "withdraw": true, "hand": true, "sit": true}

// dirNear is dir for months, dates, seasons and holidays, which resolve to
// the nearest one when the clause gives no cue: news dates cluster around
// the publication date.
func (tg *tagger) dirNear(i, j int) int {
	switch tg.tense(i, j) {
	case cueFuture:
		return 1
	case cuePast:
		return -1
	}
	return 0
}

// clause returns the token bounds of the clause holding tokens [i, j).
func (tg *tagger) clause(i, j int) (int, int) {
	lo := i
	for lo > 0 && i-lo < tenseWindow {
		if tg.isClauseBreak(lo - 1) {
			// "would be 3:06 a.m. (1306 GMT) on Thursday": a clock's
			// colon and its conversion in brackets do not end the clause,
			// nor does a measure's ("800 millimeters (31 inches) of rain").
			if o := tg.clockBracketOpen(lo - 1); o >= 0 {
				lo = o
				continue
			}
			if !tg.clockColon(lo - 1) {
				break
			}
		}
		lo--
	}
	hi := j
	for hi < len(tg.toks) && hi-j < tenseWindow {
		if tg.isClauseBreak(hi) {
			if e := max(tg.bracketedClock(hi), tg.bracketedMeasure(hi)); e > 0 {
				hi = e
				continue
			}
			if !tg.clockColon(hi) {
				break
			}
		}
		hi++
	}
	return lo, hi
}

// clockBracketOpen returns the opening bracket of the clock or measure in
// brackets that token k, a closing bracket, ends ("(1306 GMT)", "(31
// inches)"), or -1.
func (tg *tagger) clockBracketOpen(k int) int {
	if !tg.punct(k, ")") {
		return -1
	}
	for b := k - 1; b >= max(0, k-8); b-- {
		if tg.punct(b, "(") {
			if tg.bracketedClock(b) == k+1 || tg.bracketedMeasure(b) == k+1 {
				return b
			}
			return -1
		}
	}
	return -1
}

// isClauseBreak reports whether token k separates clauses.
func (tg *tagger) isClauseBreak(k int) bool {
	t := &tg.toks[k]
	if t.kind != ttPunct {
		return false
	}
	switch tg.text[t.s:t.e] {
	case ",", ";", ":", "—", "–", "(", ")":
		return true
	}
	return false
}

// clockColon reports whether the colon at token k joins the hour and
// minutes of a clock time, "at 10:30 a.m. on Thursday": inside the
// clause, not a break (clause reads it; isClauseBreak stays the cheap
// test of the mark alone).
func (tg *tagger) clockColon(k int) bool {
	return k > 0 && k+1 < len(tg.toks) && tg.adj(k) && tg.adj(k+1) && tg.tok(k-1).kind == ttNum && tg.tok(k+1).kind == ttNum
}

// nearestCue scans outwards from [i, j) within [lo, hi) for a tense cue,
// past the cues of relative clauses when skipRelative. A conjunction
// after the expression that opens a predicate of its own ("were flown to
// Gusau late on Sunday and will be reunited") ends the scan to the right:
// the expression's verb is before it.
func (tg *tagger) nearestCue(i, j, lo, hi int, skipRelative bool) uint8 {
	for d := 1; d <= tenseWindow; d++ {
		l, r := i-d, j-1+d
		if r < hi && tg.newPredicate(r) {
			hi = r
		}
		if l < lo && r >= hi {
			break
		}
		best := cueNone
		if l >= lo {
			if best = tg.cueAt(l); skipRelative && best != cueNone && tg.inRelativeClause(l) {
				best = cueNone
			}
		}
		if r < hi {
			if c := tg.cueAt(r); c != cueNone && (best == cueNone || c == cueFuture) &&
				(!skipRelative || !tg.inRelativeClause(r)) {
				best = c
			}
		}
		if best != cueNone {
			return best
		}
	}
	return cueNone
}

// inRelativeClause reports whether token k lies in a clause that a comma
// and a relative word open: ", where a vote is to be held", ", which
// killed 12".
func (tg *tagger) inRelativeClause(k int) bool {
	for b := k - 1; b >= 0 && k-b <= tenseWindow; b-- {
		if tg.isClauseBreak(b) {
			return tg.punct(b, ",") && tg.lowerIn(b+1, relativePronouns)
		}
	}
	return false
}

// relativePronouns open relative clauses.
var relativePronouns = map[string]bool{"where": true, "which": true, "who": true, "whom": true, "whose": true}

// newPredicate reports whether token k is "and" or "but" followed by a
// word that gives a tense ("and will be reunited", "but was freed"): the
// start of a second predicate of the clause's subject.
func (tg *tagger) newPredicate(k int) bool {
	if t := tg.tok(k); t.kind == 0 || t.kind != ttWord || k+1 >= len(tg.toks) {
		return false
	} else if w := tg.text[t.s:t.e]; w != "and" && w != "but" {
		return false
	}
	return tg.cueAt(k+1) != cueNone
}

// cueAt returns the tense cue token k gives.
func (tg *tagger) cueAt(k int) uint8 {
	t := &tg.toks[k]
	if t.kind != ttWord {
		return cueNone
	}
	if t.lx != 0 {
		w := t.w()
		switch w {
		case "is", "are", "am", "was", "were":
			if w == "am" && tg.tok(k-1).kind == ttNum {
				return cueNone // "8 am": a clock's mark, no verb
			}
			if tg.futureAfter(k+1) || w[0] != 'w' && tg.progressiveOfDay(k+1) {
				return cueFuture
			}
		case "won":
			if k+1 < len(tg.toks) && tg.isApostrophe(k+1) {
				return cueFuture // won't
			}
		case "set", "due", "going", "poised", "about":
			return cueNone
		case "has", "have":
			if tg.perfectOfPast(k) {
				return cuePast // "the quake that struck over the weekend has risen": done, so before now
			}
		}
		c := t.info().cue
		if c == cueFuture && tg.plainPresent && scheduleWords[w] {
			return cuePresent
		}
		if c == cuePast && tg.afterAuxiliary(k) {
			return cueNone
		}
		if c == cueFuture && tg.w(k-1) == "had" {
			return cuePast // "had expected", "had planned": a past plan
		}
		return c
	}
	word := tg.text[t.s:t.e]
	if !t.upper && tg.presentVerb(k, word) {
		return cuePresent
	}
	if t.upper || len(word) < 4 || !strings.HasSuffix(word, "ed") || edNotVerb[word] {
		return cueNone
	}
	if tg.afterAuxiliary(k) || tg.isArticle(k-1) {
		return cueNone // "will launch a revised appeal": an adjective
	}
	return cuePast
}

// participleAuxiliaries make the past form after them a participle, and
// the modals make it the bare verb whose past form is the same word ("will
// hit", "could cut"): either way the word after them tells no past. A
// set, so a word outside the lexicon is lowered in place (lowerIn:
// "Officials said") instead of allocating.
var participleAuxiliaries = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true,
	"am": true, "to": true, "get": true, "gets": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "should": true,
	"must": true, "shall": true}

// afterAuxiliary reports whether a past form at k is a participle whose
// auxiliary decides the tense ("will be held", "is expected").
func (tg *tagger) afterAuxiliary(k int) bool {
	if k == 0 {
		return false
	}
	if t := tg.tok(k - 1); t.kind == ttWord && t.lx != 0 {
		if participleAuxiliaries[t.w()] {
			return true
		}
	} else if tg.lowerIn(k-1, participleAuxiliaries) {
		return true
	}
	// a modal two words back: "will stay shut", "would remain closed"
	return k >= 2 && tg.lowerIn(k-2, auxiliaries) && tg.w(k-2) != "not" && tg.w(k-2) != "to"
}

// progressiveOfDay reports whether the words from k, after "is/are", are a
// verb in -ing and the weekday it happens on, with at most a place
// between: "leaders are meeting Friday", "who are meeting in Cairo on
// Monday". The present progressive with a day tells an arrangement, so
// the day is ahead (or the paper's own).
func (tg *tagger) progressiveOfDay(k int) bool {
	t := tg.tok(k)
	if t.kind != ttWord || t.upper || t.e-t.s < 5 || tg.text[t.e-3:t.e] != "ing" {
		return false
	}
	k++
	if w := tg.w(k); (w == "in" || w == "at") && tg.tok(k+1).upper {
		k += 2
	}
	if tg.w(k) == "on" {
		k++
	}
	return tg.info(k).wday > 0
}

// futureAfter reports whether the words from k make "is/was ..." future:
// "is to", "is due to", "is expected to", "are set to", "is going to".
func (tg *tagger) futureAfter(k int) bool {
	if k >= len(tg.toks) {
		return false
	}
	switch tg.lowerWord(k) {
	case "to", "due", "expected", "scheduled", "slated", "poised", "going", "planned",
		"meant", "supposed", "bound":
		return true
	case "about", "likely":
		// "is about to strike", "is likely to rise"; "was about 340 miles
		// off", "was likely the deadliest" are no plan.
		return tg.lowerWord(k+1) == "to"
	case "set":
		// "are set to vote", "is set for Monday"; "The date was set on
		// Monday" tells when it was set.
		next := tg.lowerWord(k + 1)
		return next == "to" || next == "for"
	}
	return false
}

// isApostrophe reports whether token k is a straight or curly apostrophe.
func (tg *tagger) isApostrophe(k int) bool {
	t := tg.tok(k)
	if t.kind == 0 {
		return false
	}
	s := tg.text[t.s:t.e]
	return t.kind == ttPunct && (s == "'" || s == "’")
}

// lowerWord returns token k in lower case when it is a short ASCII word
// ("" otherwise), allocating only for words outside the lexicon.
func (tg *tagger) lowerWord(k int) string {
	t := tg.tok(k)
	if t.kind == 0 || t.kind != ttWord {
		return ""
	}
	if t.lx != 0 {
		return t.w()
	}
	if t.e-t.s > 12 {
		return ""
	}
	return lowerKey(tg.text[t.s:t.e])
}

// edNotVerb lists common words ending in -ed that are not past tenses.
var edNotVerb = map[string]bool{
	"need": true, "speed": true, "seed": true, "feed": true, "indeed": true, "greed": true,
	"deed": true, "breed": true, "weed": true, "creed": true, "bleed": true, "hundred": true,
	"hundreds": true, "kindred": true, "sacred": true, "naked": true, "wicked": true, "shed": true,
	"bred": true, "armed": true, "based": true, "alleged": true, "so-called": true, "united": true,
	"related": true, "detailed": true, "limited": true, "advanced": true, "concerned": true,
	"interested": true, "experienced": true, "skilled": true, "dedicated": true, "beloved": true,
	"unprecedented": true, "renewed": true, "sustained": true, "organized": true, "organised": true,
	"coordinated": true, "displaced": true, "injured": true, "wounded": true,
}

// isDeterminer reports whether token k is a determiner or possessive,
// which makes the next word a noun.
func (tg *tagger) isDeterminer(k int) bool {
	switch tg.lowerWord(k) {
	case "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our",
		"s", "of", "and", "new":
		return true
	}
	return false
}

// isArticle reports whether token k is an article, a demonstrative or a
// possessive: the word after it is a noun or an adjective ("their
// families", "a revised appeal").
func (tg *tagger) isArticle(k int) bool { return tg.lowerIn(k, articleWords) }

// articleWords are the words isArticle knows.
var articleWords = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "this": true, "that": true, "these": true, "those": true, "our": true}

// verbInS reports whether a word right before a date looks like a verb in
// the present tense ("expires", "opens"): a lower-case word in -s.
func (tg *tagger) verbInS(word string) bool {
	return len(word) >= 4 && word[len(word)-1] == 's' && !strings.HasSuffix(word, "ss") &&
		!strings.HasSuffix(word, "us") && !strings.HasSuffix(word, "is")
}

// presentVerb guesses that a lower-case word in -s followed by a
// determiner is a present-tense verb: "enters its third year", "holds the";
// not one after a determiner ("their families this week").
func (tg *tagger) presentVerb(k int, word string) bool {
	if len(word) < 4 || word[len(word)-1] != 's' || strings.HasSuffix(word, "ss") ||
		strings.HasSuffix(word, "us") || strings.HasSuffix(word, "is") {
		return false
	}
	switch tg.w(k + 1) {
	case "that":
		if k+2 < len(tg.toks) && tg.relativeVerb(k+2) {
			return false // "the aftershocks that rattled the city": a relative clause
		}
		return !tg.isArticle(k-1) && !tg.lowerIn(k-1, nounPrepositions)
	case "its", "the", "a", "an", "their", "his", "her", "this", "these", "those":
		// not after a determiner or a preposition: "with their families
		// this week", "vote in elections this year" are nouns
		return !tg.isArticle(k-1) && !tg.lowerIn(k-1, nounPrepositions)
	case "up":
		// "this appeal estimates up to 700,000 refugees": a verb in -s
		// before the count it gives.
		return tg.w(k+2) == "to" && tg.tok(k+3).kind == ttNum && !tg.isArticle(k-1) && !tg.lowerIn(k-1, nounPrepositions)
	}
	return false
}

// relativeVerb reports whether token k, right after "that", is a verb in
// the past or a modal, which makes "that" a relative pronoun ("aftershocks
// that rattled", "talks that will resume") rather than a determiner or the
// "that" of a report ("says that rebels").
func (tg *tagger) relativeVerb(k int) bool {
	t := &tg.toks[k]
	if t.kind != ttWord || t.upper {
		return false
	}
	if t.lx != 0 {
		switch t.w() {
		case "will", "would", "could", "might", "may", "had", "have", "has", "was", "were", "is", "are":
			return true
		}
		return t.info().cue == cuePast
	}
	w := tg.text[t.s:t.e]
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !edNotVerb[w]
}

// isCount reports whether token k is a number or a number word, which
// makes the word after it a plural noun ("176 million shares Friday"), not
// a verb.
func (tg *tagger) isCount(k int) bool {
	t := tg.tok(k)
	if t.kind == 0 {
		return false
	}
	if t.kind == ttNum {
		return true
	}
	return t.info().num > 1 || tg.lowerIn(k, countWords)
}

// countWords are the words of large or vague counts.
var countWords = map[string]bool{
	"million": true, "billion": true, "trillion": true, "thousand": true, "hundred": true,
	"dozen": true, "many": true, "few": true, "several": true,
}

// sinceBefore reports whether "since" opens the phrase holding token i a
// few words back: "since peaking in September", "since returning to power
// in January", "since his return to power in January". A conjunction, or
// past the third word back a word with a tense of its own, ends the
// phrase: "since June and will reopen in January" is not one.
func (tg *tagger) sinceBefore(i int) bool {
	since := -1
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if t := &tg.toks[k]; t.lx == sinceLx {
			since = k
			break
		} else if t.kind == ttPunct && tg.isClauseBreak(k) {
			return false
		}
	}
	if since < 0 {
		return false
	}
	for k := since + 1; k < i-1; k++ {
		switch tg.w(k) {
		case "and", "but", "or", "while", "when", "as":
			return false
		}
		if k < i-4 && tg.cueAt(k) != cueNone {
			return false
		}
	}
	return true
}

// scheduleVerb reports whether token k looks like a verb in the simple
// present, which before a date states a schedule: a lower-case word in -s
// that no determiner, count or preposition makes a noun ("hunted for
// survivors Sunday" is no schedule).
func (tg *tagger) scheduleVerb(k int) bool {
	if tg.plainPresent {
		return false
	}
	t := tg.tok(k)
	return t.kind != 0 && t.kind == ttWord && t.lx == 0 && !t.upper &&
		tg.verbInS(tg.text[t.s:t.e]) && !tg.isDeterminer(k-1) && !tg.isCount(k-1) &&
		!tg.lowerIn(k-1, nounPrepositions) && (k == 0 || !tg.pastVerbAt(k-1))
	// a word in -s right after a past verb is no second verb but its
	// adverb or object: "stayed outdoors overnight", "moved indoors Friday",
	// "wounded dozens Sunday" (a form in -ed the lexicon keeps as a noun of
	// harm, "the wounded", is a verb here, or an adjective before a plural
	// noun: "armed groups Friday")
}

// nounPrepositions are prepositions: the word after one is a noun, never a
// verb in the simple present.
var nounPrepositions = map[string]bool{
	"for": true, "with": true, "to": true, "from": true, "by": true, "at": true, "on": true,
	"in": true, "into": true, "about": true, "against": true, "among": true, "between": true,
	"without": true, "under": true, "across": true, "toward": true, "towards": true, "amid": true,
	"near": true, "per": true, "via": true,
}

// verbAfterAnd reports whether token k, after "and", is a lower-case word
// in -s: "opened Tuesday and runs through March 31".
func (tg *tagger) verbAfterAnd(k int) bool {
	t := tg.tok(k)
	return t.kind != 0 && t.kind == ttWord && t.lx == 0 && !t.upper && tg.verbInS(tg.text[t.s:t.e])
}

// namesDay reports whether tokens [i, j) name a day of a month ("9
// January", "Jan. 9"), not a whole month or period.
func (tg *tagger) namesDay(i, j int) bool {
	for k := i; k < j; k++ {
		if t := tg.tok(k); t.kind != 0 && t.kind == ttNum && t.nd <= 2 {
			return true
		}
	}
	return false
}

// perfect returns the tense a perfect in tokens [lo, hi) gives a date
// after prep: "has received" (present: the state holds now, nothing is
// planned), "had remained" (past). A perfect of a verb that sets a date
// ahead ("has been extended until June", "had postponed it until
// Monday") and a "for" date after a perfect of state ("had waited for")
// give cueNone, as does a clause without a perfect.
func (tg *tagger) perfect(lo, hi int, prep string) uint8 {
	for k := lo; k < hi; k++ {
		var c uint8
		switch tg.lowerWord(k) {
		case "has", "have":
			c = cuePresent
		case "had":
			c = cuePast
		default:
			continue
		}
		p := k + 1
		for p < hi && perfectAdverbs[tg.lowerWord(p)] {
			p++
		}
		part := tg.lowerWord(p)
		if part == "been" && p+1 < hi {
			p++
			part = tg.lowerWord(p)
		}
		switch {
		case part == "":
		case deadlineVerbs[part]:
			return cueNone
		case prep != "for" && (stateVerbs[part] || part == "been"):
			return c // "had remained closed until", "had been shut until"
		case prep == "for" && isParticiple(part):
			return c // "the appeal for 2025 has received"
		}
	}
	return cueNone
}

// perfectOfPast reports whether "has" or "have" at token k makes a
// present perfect of a finished act ("has risen", "have been killed",
// "has already left"): a date told with it lies before the paper, as
// with the simple past. A perfect that sets a date ahead ("has postponed
// the vote", "have been scheduled") or one beside a deadline ("confirms
// by 15 May that progress has been made", "has been done by Friday") is
// left to the present.
func (tg *tagger) perfectOfPast(k int) bool {
	p := k + 1
	for p < len(tg.toks) && p-k <= 3 && perfectAdverbs[tg.lowerWord(p)] {
		p++
	}
	part := tg.lowerWord(p)
	if part == "been" {
		p++
		part = tg.lowerWord(p)
		if part == "" || deadlineVerbs[part] || tg.futureAfter(p) {
			return false
		}
	} else if part == "" || deadlineVerbs[part] || !isParticiple(part) && !irregularParticiples[part] {
		return false
	}
	return !tg.byDeadline && !tg.byDate(p+1) // "has been made by 15 May": a deadline ahead
}

// byDate reports whether token k is "by" before a date: a day in figures,
// a month or a weekday ("by 15 May", "by Friday"), or "the end".
func (tg *tagger) byDate(k int) bool {
	if tg.lowerWord(k) != "by" {
		return false
	}
	if t := tg.tok(k + 1); t.kind == ttNum {
		return true
	}
	if tg.lowerWord(k+1) == "the" && tg.lowerWord(k+2) == "end" {
		return true
	}
	t := tg.tok(k + 1)
	if t.kind != ttWord {
		return false
	}
	lx := lookupNumLex(tg.text[t.s:t.e])
	return lx != nil && lx.cls&(clsMonth|clsWeekday) != 0
}

// perfectAdverbs stand between "has" and its participle.
var perfectAdverbs = map[string]bool{
	"only": true, "already": true, "not": true, "yet": true, "so": true, "far": true, "since": true,
	"also": true, "still": true, "just": true, "never": true, "now": true, "largely": true,
}

// stateVerbs are participles of a state that lasts up to a date: a perfect
// of them with "until" dates the past end of that state.
var stateVerbs = map[string]bool{
	"remained": true, "stayed": true, "continued": true, "lasted": true, "kept": true,
	"closed": true, "shut": true, "held": true, "persisted": true, "waited": true,
}

// deadlineVerbs set a date ahead: "has been extended until 30 June".
var deadlineVerbs = map[string]bool{
	"extended": true, "postponed": true, "delayed": true, "adjourned": true, "deferred": true,
	"scheduled": true, "set": true, "planned": true, "pushed": true, "moved": true,
	"renewed": true, "prolonged": true, "suspended": true,
}

// irregularParticiples are past participles without "-ed".
var irregularParticiples = map[string]bool{
	"been": true, "seen": true, "taken": true, "given": true, "gone": true, "done": true,
	"made": true, "had": true, "held": true, "left": true, "fled": true, "won": true, "lost": true,
	"sent": true, "spent": true, "kept": true, "met": true, "paid": true, "said": true,
	"told": true, "brought": true, "bought": true, "fought": true, "caught": true, "begun": true,
	"risen": true, "fallen": true, "grown": true, "shown": true, "known": true, "written": true,
	"driven": true, "broken": true, "chosen": true, "struck": true, "hit": true, "cut": true,
	"put": true, "run": true, "come": true, "become": true, "got": true, "gotten": true,
	"drawn": true, "raised": true, "found": true,
}

// pastModal reports whether tokens [lo, hi) hold a modal in its past form
// ("could", "would", "might").
func (tg *tagger) pastModal(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		switch tg.lowerWord(k) {
		case "could", "would", "might":
			return true
		}
	}
	return false
}
