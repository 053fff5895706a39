package extract

import (
	"iter"
	"slices"
	"strings"
)

// Key decisions made against the rest of the briefing. A sentence read
// alone cannot tell a story's total from a part of it: "Of the deaths,
// 17,388 were reported in Kashmir", "the hospital in Herat had received
// nearly 200 dead" are parts of a toll the story gave before, and news
// copy marks them so. The figurer keeps, for each role, the largest count
// the story has given in the sentences before (storyTotals), and a count
// that a part's words tie to a total of its own role given earlier is no
// key figure (keyStoryPart).

// keyStoryPart is the rule of a part of a total the story gave before.
var keyStoryPart ruleID

// docRoles are the roles whose counts a story totals: the people a toll,
// a detention, a displacement or a deployment counts.
const docRoles = 12

// docRoleNames are the totalled roles, by index.
var docRoleNames = [docRoles]Role{RoleKilled, RoleInjured, RoleMissing, RoleHeld, RoleDetained, RoleReleased,
	RoleDisplaced, RoleRefugees, RoleInNeed, RoleAffected, RoleDeployed, RolePledged}

// docRoleHeld, docRoleDetained and docRoleReleased are the indexes of the
// roles of captives.
const (
	docRoleHeld     = 3
	docRoleDetained = 4
	docRoleReleased = 5
)

// keyCounts yields the index of each key figure of figs whose role the
// story keeps totals of, with that role's index (docRole): the figures the
// story-level passes over a text's key counts read (shareKeys, updateKeys).
func keyCounts(figs []Figure) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range figs {
			if r := docRole(figs[i].Role); figs[i].Key && r >= 0 && !yield(i, r) {
				return
			}
		}
	}
}

// docRole is the index of role r among the totalled roles
// (docRoleNames), or -1.
func docRole(r Role) int {
	switch r {
	case RoleKilled:
		return 0
	case RoleInjured:
		return 1
	case RoleMissing:
		return 2
	case RoleHeld:
		return docRoleHeld
	case RoleDetained:
		return docRoleDetained
	case RoleReleased:
		return docRoleReleased
	case RoleDisplaced:
		return 6
	case RoleRefugees:
		return 7
	case RoleInNeed:
		return 8
	case RoleAffected:
		return 9
	case RoleDeployed:
		return 10
	case RolePledged:
		return 11
	}
	return -1
}

// storyTotals holds, by role (docRole), the largest key count of the
// story's sentences before the latest sentence with a count of the role
// (before) and of that sentence (cur, which joins before when a later
// sentence gives a count of the role). A headline's count is none: the
// body says it again, or gives it in parts ("Four headless corpses … 16
// bodies" under "20 bodies"), which are the story's key figures.
type storyTotals struct {
	sentence    int
	before, cur [docRoles]float64
	curAt       [docRoles]int // one more than the start of the sentence of cur
	// fates are the last key counts of captives, with their role and
	// sentence, for a count said again with a new fate.
	fates [8]fate
	nfate int
	// words are the part words of the tokens last read (partWords),
	// read once when a figure of them first needs them; readAt is one
	// more than where those tokens start (a long sentence is read in
	// pieces), or 0.
	words  partWords
	readAt int
	// places are, by role, the places or events a total was spread over
	// that the story has yet to give a toll of ("killed 114 … in attacks
	// on two displacement camps"), and left what of the total they may
	// still count (figures_key7.go, storyPlaces).
	places   [docRoles]int8
	left     [docRoles]float64
	anyPlace bool
}

// partWords are the words of a sentence that make a count a part of a
// story's total, or news of its own, each with the token it stands at
// (-1 when the sentence lacks it).
type partWords struct {
	separate int // "In a separate incident", "meanwhile", "elsewhere"
	earlier  int // "Initially", "originally"
	hadPut   int // "had put" (its "put")
	hospital bool
	received bool
	worstHit bool // "the worst-hit city", "the areas hardest hit"
}

// fate is a key count of captives: held, detained or released.
type fate struct {
	value    float64
	role     Role
	sentence int
}

// fateBefore returns the role of a key count of captives of value v given
// in a sentence before the current one, or "".
func (s *storyTotals) fateBefore(v float64) Role {
	for i := range min(s.nfate, len(s.fates)) {
		if f := s.fates[i]; f.value == v && f.sentence != s.sentence {
			return f.role
		}
	}
	return ""
}

// totalBefore returns the largest key count of role r given in the
// sentences before the current one.
func (s *storyTotals) totalBefore(r int) float64 {
	if s.curAt[r] != s.sentence+1 {
		return max(s.before[r], s.cur[r])
	}
	return s.before[r]
}

// anyTotal reports whether the story has given a key count of a role a
// breakdown reads (storyBreakdown).
func (s *storyTotals) anyTotal() bool {
	for r := range breakdownRoles {
		if s.before[r] > 0 || s.cur[r] > 0 {
			return true
		}
	}
	return false
}

// add records v as a key count of role r in the current sentence.
func (s *storyTotals) add(r int, v float64) {
	if s.curAt[r] != s.sentence+1 {
		s.before[r], s.cur[r], s.curAt[r] = max(s.before[r], s.cur[r]), 0, s.sentence+1
	}
	s.cur[r] = max(s.cur[r], v)
}

// storyKey decides, against the sentences before, whether the key figure
// f (candidate c) is a part of a total the story gave, and records f as a
// total of its role when it is key. A count said again in a separate
// incident ("In a separate incident, two policemen were killed") is news
// of its own.
//
// Only a key figure or one said again can change or count:
// the test is inlined at the call, so that the other figures cost nothing.
func (fx *figurer) storyKey(toks []ntoken, c *candidate, f *Figure) {
	if f.Key || f.why.key == keyRepeat {
		fx.storyKeyOf(toks, c, f)
	}
}

// storyKeyOf is storyKey for a figure that may change or count.
func (fx *figurer) storyKeyOf(toks []ntoken, c *candidate, f *Figure) {
	r := docRole(f.Role)
	if r < 0 || c.q.kind != QuantityNumber {
		return
	}
	t := &fx.totals
	t.sentence = f.SentenceStart
	if !f.Key && f.why.key == keyRepeat && fx.separateIncident(toks) {
		f.Key, f.why.key = true, keyCategory
	}
	if r == docRoleHeld || r == docRoleReleased {
		switch before := t.fateBefore(f.Value); {
		case f.Key && f.Role == RoleHeld && before == RoleReleased:
			// "One hundred kidnapped villagers were released … gunmen
			// seized 100 residents": the abduction told again.
			f.Key, f.why.key = false, keyNamedAgain
			fx.keys.dropValue(f.Value, f.Category, 1)
		case !f.Key && f.why.key == keyRepeat && f.Role == RoleReleased && before == RoleHeld:
			// "that number dropped to 21 … the 21 youths had been
			// released": the captives' new fate is news.
			f.Key, f.why.key = true, keyCategory
		}
	}
	if f.Key {
		if t.totalBefore(r) > f.Value && fx.storyPart(toks, c) {
			f.Key, f.why.key = false, keyStoryPart
			fx.keys.dropValue(f.Value, f.Category, 1)
		}
	}
	if f.Key && (r == docRoleHeld || r == docRoleDetained || r == docRoleReleased) {
		t.fates[t.nfate%len(t.fates)] = fate{f.Value, f.Role, f.SentenceStart}
		t.nfate++
	}
	if f.Key {
		t.add(r, f.Value)
	}
}

// storyPartWords are the words partWords reads, marked in the lexicon
// (markStoryPart) so that a sentence without any costs one test.
var storyPartWords = strings.Fields("separate meanwhile elsewhere initially originally hospital hospitals received brought put worst hardest")

// buildStoryPartWords gives the lexicon the words of storyPartWords.
func buildStoryPartWords() {
	for _, w := range storyPartWords {
		numLexEntry(w).marks |= markStoryPart
	}
}

// partWords returns the part words of the sentence toks, reading them on
// the first call of the sentence.
func (fx *figurer) partWords(toks []ntoken) *partWords {
	t := &fx.totals
	if len(toks) == 0 || t.readAt == toks[0].start+1 {
		return &t.words
	}
	w := partWords{separate: -1, earlier: -1, hadPut: -1}
	if fx.marks&markStoryPart != 0 {
		for k, tok := range toks {
			if tok.lx == nil || tok.lx.marks&markStoryPart == 0 {
				continue
			}
			switch tok.lx.w {
			case "separate", "meanwhile", "elsewhere":
				w.separate = k
			case "initially", "originally":
				w.earlier = k
			case "hospital", "hospitals":
				w.hospital = true
			case "received", "brought":
				w.received = true
			case "worst", "hardest":
				for j := k + 1; j < len(toks) && j <= k+2; j++ {
					if wordAt(fx.text, toks[j], "hit") || wordAt(fx.text, toks[j], "affected") {
						w.worstHit = true
					}
				}
			case "put":
				if k > 0 && wordAt(fx.text, toks[k-1], "had") {
					w.hadPut = k
				}
			}
		}
	}
	t.words, t.readAt = w, toks[0].start+1
	return &t.words
}

// separateIncident reports whether the sentence tells of an incident of
// its own: "In a separate incident", "meanwhile", "elsewhere".
func (fx *figurer) separateIncident(toks []ntoken) bool {
	return fx.partWords(toks).separate >= 0
}

// storyPart reports whether the words of the count c tie it to a part of
// a total the story gave: a partitive that opens the sentence ("Of the
// deaths, 17,388 were reported in Kashmir"), the dead or hurt a hospital
// received ("The largest hospital in Herat had received nearly 200 dead"),
// the count of the worst-hit place ("The worst-hit city … was Muzaffarabad,
// where 11,000 died"), or a count the sentence dates before the story's ("Initially, one
// policeman was killed", "OCHA had put the death toll at more than 100"),
// or bodies found after a larger toll ("The coast guard retrieved two
// bodies", bodiesFound).
// A separate incident ("In a separate incident", "meanwhile") is news of
// its own.
func (fx *figurer) storyPart(toks []ntoken, c *candidate) bool {
	text := fx.text
	if fx.separateIncident(toks) {
		return false
	}
	// "Of the deaths, 17,388 …", "Of those killed, 12 …".
	if k := sentenceFirstWord(toks); k >= 0 && k < c.first && wordAt(text, toks[k], "of") {
		comma := false
		for j := k + 1; j < c.first; j++ {
			if toks[j].kind == ntNum {
				comma = false
				break
			}
			if ntIsPunct(text, toks[j], ',') {
				comma = true
			}
		}
		if comma {
			return true
		}
	}
	if fx.earlierCount(toks, c) {
		return true
	}
	w := fx.partWords(toks)
	return w.hospital && w.received || w.worstHit || fx.bodiesFound(toks, c) // "Jalalabad hospital received 600 injured people", "the worst-hit city, where 11,000 died"
}

// bodiesFoundVerbs say bodies were found; bodiesAddedWords before a count
// of bodies say they add to those counted before ("another 16 bodies").
// bodiesFound reads them on a sentence's tokens, bodiesSoFar on a figure's
// text.
var (
	bodiesFoundVerbs = []string{"found", "recovered", "retrieved", "discovered", "pulled"}
	bodiesAddedWords = []string{"more", "another", "further", "additional"}
)

// maxBodiesShare is how many times the bodies found a toll before them may
// be, for them to be a part of it.
const maxBodiesShare = 20

// bodiesFound reports whether the count c counts bodies (its sentence
// says they were found, recovered, retrieved or discovered) that are not
// said to be more than those counted before: "the coast guard retrieved
// two bodies" after "at least two dozen people drowned", "Nearly forty
// bodies were found 30 km downstream" after the landslide's toll; not
// "another 16 bodies were discovered downstream", which adds to it, nor
// bodies a toll twenty times theirs came before ("found nearly 40 bodies"
// after 5,000 to 13,000 executed over years).
func (fx *figurer) bodiesFound(toks []ntoken, c *candidate) bool {
	if c.unitLast < 0 || !wordAt(fx.text, toks[c.unitLast], "bodies") && !wordAt(fx.text, toks[c.unitLast], "corpses") {
		return false
	}
	if total := fx.totals.totalBefore(0); total > maxBodiesShare*c.b.min {
		return false // "nearly 40 bodies" found after a war's thousands executed: news of its own
	}
	// The sentence's verb of finding, read only for bodies.
	if !slices.ContainsFunc(toks, func(t ntoken) bool { return t.kind == ntWord && wordIn(fx.text, t, bodiesFoundVerbs) }) {
		return false
	}
	for k := max(c.first-1, 0); k < c.unitLast; k++ {
		if t := toks[k]; t.kind == ntWord && wordIn(fx.text, t, bodiesAddedWords) {
			return false
		}
	}
	return true
}

// earlierCount reports whether the sentence dates the count c before
// the story's: "Initially, one policeman was killed", "OCHA had put the
// death toll at more than 100".
func (fx *figurer) earlierCount(toks []ntoken, c *candidate) bool {
	w := fx.partWords(toks)
	return w.earlier >= 0 || w.hadPut >= 0 && w.hadPut < c.first && w.hadPut >= c.first-7
}

// sentenceFirstWord returns the index of the sentence's first word, or -1.
func sentenceFirstWord(toks []ntoken) int {
	for k, t := range toks {
		if t.kind == ntWord {
			return k
		}
		if t.kind == ntNum {
			return -1
		}
	}
	return -1
}
