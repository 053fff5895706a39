package extract

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lead figure's reading of the headline and the lede (extraction.md:
// "what its headline and lede are about, the latest event rather than a
// historic estimate or an aside"), beside markLead: which headline
// numbers speak of a figure, when a sum may lead, how a Title Case
// headline is read, and which count a vague lede count stands for.

// headScore is what the headline's own numbers add to f as the lead: a
// headline number of f's value speaks of f only when it counts the same
// people (sameGroup), so that "wounds dozens" does not lead with the
// dozens killed elsewhere, nor "two villages" with two people killed. A
// number within a tenth of f's ("toll nears 3,000" for about 2,900 dead)
// speaks of it a little less, unless its qualifier says which side f is
// on: a headline rounds the toll the text gives ("Over 600 dead" for "at
// least 622 people dead"), and that rounding speaks of f as its exact
// number would. A headline's round word ("Thousands flee") speaks of f
// only by the same word. Of several counts in a headline, the first is
// the story (headFirst).
func headScore(f *Figure, head []Figure) float64 {
	s := 0.0
	for i := range head {
		h := &head[i]
		if !sameGroup(h.Role, f.Role) {
			continue
		}
		w := 0.0
		switch {
		case h.why.number == numVague:
			// A round word ("Thousands flee") is a magnitude, not a
			// number: its value is only its floor, so "thousands" is as
			// near 4,500 as it is to 1,100, and nearness tells nothing;
			// nor does its floor, which an exact count may equal ("more
			// than a thousand residents" fled to one stadium under
			// "Thousands flee"). Only the same round word speaks of f.
			if f.why.number == numVague && h.Value == f.Value {
				w = 8
			}
		case h.Value == f.Value:
			w = 8
		case h.Value > 0 && math.Abs(h.Value-f.Value) <= 0.1*h.Value:
			if roundsTo(h, f.Value) {
				w = 8
			} else {
				w = 5
			}
		}
		if w > 0 {
			s += w - headLater(head[:i])
		}
	}
	return s
}

// headFirst: a headline that gives several counts ("Security forces kill
// 92 militants; 15 soldiers, 18 civilians dead", "13 killed, over 225,000
// displaced") puts the story's count first, in its main clause, and the
// others after it, whatever order the lede tells them in. Each count after
// the first speaks of its figure a little less, headFirstStep per count
// before it, at most headFirstMost: enough to choose between counts the
// headline gives, never enough to outweigh the headline's number itself. A
// round word ("Hundreds killed and up to 400,000 flee") is no count here.
// On the dev article sets the gold lead is the headline's first count in
// every story whose headline gives two or more key counts (6 stories, 4
// batches).
const (
	headFirstStep = 0.5
	headFirstMost = 1.5
)

// headLater is what a headline number after the counts before it speaks
// of its figure less (headFirst); read only on a match.
func headLater(before []Figure) float64 {
	later := 0.0
	for i := range before {
		if before[i].why.number != numVague {
			later += headFirstStep
		}
	}
	return min(later, headFirstMost)
}

// roundsTo reports whether v lies on the side of h's number its qualifier
// names: above for "over" and "at least", below for "nearly", "up to" and
// "less than", either side for "about".
func roundsTo(h *Figure, v float64) bool {
	switch h.Qualifier {
	case MoreThan, AtLeast:
		return v > h.Value
	case Nearly, UpTo, LessThan:
		return v < h.Value
	case About:
		return true
	}
	return false
}

// sameGroup reports whether a headline number of role h may count the
// people of a figure of role f: the same role; no role the headline's
// words give it ("… Quake Hits 369"); or one group at two stages — the
// captives seized, held and then freed ("The 25 seafarers seized …" and
// "freed 25 crew members"), the people who fled within or across a border.
// The fates of a toll (killed, injured, missing) are different people.
func sameGroup(h, f Role) bool {
	return h == f || h == RoleOther || captivity(h) && captivity(f) ||
		(h == RoleDisplaced || h == RoleRefugees) && (f == RoleDisplaced || f == RoleRefugees)
}

// withKin adds to the roles a headline's words name the other role of
// people who fled: "camps", "flee" or "shelter" name displacement without
// telling whether the people crossed a border (refugees) or not
// (displaced), and a headline's "refugees" often counts people displaced
// at home.
func withKin(roles roleSet) roleSet {
	switch {
	case roles.has(RoleDisplaced) && !roles.has(RoleRefugees):
		return append(roles, RoleRefugees)
	case roles.has(RoleRefugees) && !roles.has(RoleDisplaced):
		return append(roles, RoleDisplaced)
	}
	return roles
}

// captivity reports the roles of people taken and freed.
func captivity(r Role) bool { return r == RoleHeld || r == RoleDetained || r == RoleReleased }

// sumLeads reports whether a sum of money may lead: only when the headline
// is about the money — its own sum ("UN launches $38 million appeal"), or
// its words name an appeal, funds or money ("appeals for urgent funds",
// "short of money") — as a flash appeal's story is the appeal and not the
// people it is meant to help. Otherwise a sum never outranks a count.
func sumLeads(f *Figure, head []Figure, roles roleSet) bool {
	return f.Role == RoleMoney && (roles.has(RoleMoney) || headScore(f, head) > 0)
}

// titleCased reports whether s, a sentence of a headline, is written in
// Title Case ("Death Toll In Mexico Quake Hits 369 As Collapsed Buildings
// Are Cleared"): at least three words of four letters or more after the
// first, and all of them capitalised.
func titleCased(s string) bool {
	long, first := 0, true
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimLeft(w, "\"'‘“(")
		if first {
			first = false
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w) < 4 {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		long++
	}
	return long >= 3
}

// sentenceCase rewrites each Title Case sentence of a headline ("… Quake
// Hits 369 As Collapsed Buildings …") as running text is written, so that
// the figure reader does not take a number among capitalised words for
// part of a name ("Route 66"): every capitalised word but the first is
// lowered; words in capitals (UN, DRC) stay. Other sentences and the
// summary after the title are kept as they are. The result has the
// headline's length, byte for byte.
func sentenceCase(headline string) string {
	var b []byte
	for start := 0; start < len(headline); {
		end := sentenceBreak(headline, start)
		if part := headline[start:end]; titleCased(part) {
			if b == nil {
				b = []byte(headline)
			}
			lowerCapitalised(b[start:end])
		}
		start = end
	}
	if b == nil {
		return headline
	}
	return string(b)
}

// sentenceBreak returns the end of the headline sentence that starts at
// start: just after the next ". ", ": ", "? " or "! ", or the end.
func sentenceBreak(s string, start int) int {
	for i := start; i+1 < len(s); i++ {
		if s[i+1] == ' ' && (s[i] == '.' || s[i] == ':' || s[i] == '?' || s[i] == '!') {
			return i + 2
		}
	}
	return len(s)
}

// lowerCapitalised lowers, in place, the first letter of each ASCII word
// of b but the first that is capitalised and not all in capitals.
func lowerCapitalised(b []byte) {
	first := true
	for i := 0; i < len(b); {
		if !isLetter(b[i]) {
			i++
			continue
		}
		j := i
		upper := 0
		for j < len(b) && (isLetter(b[j]) || b[j] == '\'') {
			if 'A' <= b[j] && b[j] <= 'Z' {
				upper++
			}
			j++
		}
		if !first && upper == 1 && 'A' <= b[i] && b[i] <= 'Z' && j-i > 1 {
			b[i] |= 0x20
		}
		first = false
		i = j
	}
}

// leadFor returns the figure that stands for figs[best], the best
// contender: the people a count of formations stands for (peopleFor,
// figures_lead21.go), the count the headline's round word speaks of (roundedBy),
// the exact count its vague or hedged count rounds (exactFor, countFor),
// then the toll that count has risen to since (risenFrom).
func leadFor(text string, figs []Figure, best int, head []Figure) int {
	return risenFrom(figs, exactFor(text, figs, roundedBy(figs, peopleFor(figs, best), head), head))
}

// roundedBy returns the count the headline's round word speaks of when
// figs[best], the lede's exact count, is below its magnitude: "Strike
// kills dozens" over a lede's "Twelve people were killed" and a later
// "killing more than 40 people" is about the forty. The first later key
// count of best's role that the word rounds (inRound: at least two of its
// units, fewer than ten), not historic, stands for it; otherwise best. A
// headline word of another role ("Dozens die as families flee") leaves a
// lede of the displaced alone, and a lede count the word rounds or
// exceeds ("Hundreds killed" over "more than 400 people") is the one.
func roundedBy(figs []Figure, best int, head []Figure) int {
	b := &figs[best]
	if b.why.number == numVague {
		return best
	}
	for i := range head {
		h := &head[i]
		if h.why.number != numVague || !sameGroup(h.Role, b.Role) || b.Value >= 2*h.Value {
			continue
		}
		for j := best + 1; j < len(figs); j++ {
			g := &figs[j]
			if g.Key && g.Role == b.Role && g.why.number != numVague && inRound(h.Value, g.Value) && !historic(g.Sentence) {
				return j
			}
		}
	}
	return best
}

// casualtyRole reports the roles of a toll, the counts that are updated as
// they rise: the dead, the injured and the missing ("raised the toll to
// 115"). A force that is beefed up or a plan that is raised is another
// story's number.
func casualtyRole(r Role) bool { return r == RoleKilled || r == RoleInjured || r == RoleMissing }

// maxRise bounds how many times the lede's count a risen toll may be and
// still be the same toll updated rather than a larger total.
const maxRise = 10

// risenFrom returns the latest toll that the count figs[best] has risen
// to, or best: a later key count of the same toll role that the text says
// has risen ("the death toll had risen to 31", "climbed to 27"), larger than
// it and at most ten times it, neither historic nor a running total since
// a date ("the toll in Gaza since October has risen to 40,000" is the
// war's, not the strike's). The lede tells the first count of the day;
// the update is the latest event (extraction.md). A live blog puts its
// newest toll first, and the older ones it rose through are smaller, so
// they never take the lead from it.
func risenFrom(figs []Figure, best int) int {
	b := &figs[best]
	lead := best
	for i := best + 1; i < len(figs); i++ {
		g := &figs[i]
		if !g.Key || g.Role != b.Role || !casualtyRole(g.Role) || g.Change != ChangeUp || g.Value <= figs[lead].Value || g.Value > maxRise*b.Value {
			continue
		}
		if historic(g.Sentence) || hasWordFold(g.Sentence, "since") {
			continue
		}
		lead = i
	}
	return lead
}

// exactFor returns the figure that stands for figs[best] when that is a
// vague count ("left hundreds dead", "thousands of newly arrived
// Rohingyas"): the next key count of the same role, when it is exact, of
// the vague count's magnitude ("at least 369 people", "over 6,800
// Rohingyas"), not historic, and in the same paragraph or the next one of
// running text. A lede's round word is the copy's way in; the count it
// rounds is what the story reports. Otherwise best itself.
func exactFor(text string, figs []Figure, best int, head []Figure) int {
	v := &figs[best]
	if v.why.number != numVague {
		return countFor(text, figs, best, head)
	}
	hi := 10 * v.Value // "hundreds" is fewer than a thousand
	switch {
	case v.Value < 100:
		hi = 100 // "dozens", "scores"
	case v.Value >= 1000:
		// "thousands" stands loosely for tens of thousands too ("thousands
		// have fled" where the agency counts 53,000): copy has no word
		// between it and "tens of thousands".
		hi = 100 * v.Value
	}
	if i := nextOfRole(text, figs, best); i >= 0 {
		if g := &figs[i]; g.why.number != numVague && g.Value >= v.Value && g.Value < hi && !historic(g.Sentence) {
			return i
		}
	}
	return best
}

// nextOfRole returns the next key count after figs[best] of its role in
// the same paragraph or the next one of running text, or -1: the count a
// lede's round one may stand for.
func nextOfRole(text string, figs []Figure, best int) int {
	v := &figs[best]
	limit := nextParagraphEnd(text, v.End)
	for i := best + 1; i < len(figs) && figs[i].Start < limit; i++ {
		if figs[i].Key && figs[i].Role == v.Role {
			return i
		}
	}
	return -1
}

// countFor returns the exact count that figs[best] rounds when it is a
// hedged round number ("Nearly 42,000 people have fled"): the next key
// count of the same role, in the same paragraph or the next one, that its
// qualifier rounds and that lies within a tenth of it ("41,988 people had
// left the city"), not historic. The lede rounds the agency's count, and
// the count is what the story reports (extraction.md) — unless the
// headline gives the round number itself ("50,000 individuals remain in
// evacuation centers" over "around 50,000" and a later 50,467): then the
// story is told by it. Otherwise best.
func countFor(text string, figs []Figure, best int, head []Figure) int {
	v := &figs[best]
	if v.Qualifier == Exact || math.Mod(v.Value, 100) != 0 {
		return best // an exact or unround count is the count itself
	}
	for i := range head {
		if head[i].Value == v.Value {
			return best
		}
	}
	if i := nextOfRole(text, figs, best); i >= 0 {
		if g := &figs[i]; g.Qualifier == Exact && g.why.number != numVague && math.Abs(g.Value-v.Value) <= 0.1*v.Value &&
			roundsTo(v, g.Value) && !historic(g.Sentence) {
			return i
		}
	}
	return best
}

// nextParagraphEnd returns the end of the paragraph after the one that
// holds at, skipping headings between them (a paragraph that does not end
// as a sentence ends: "What We Know So Far"), or the end of text.
func nextParagraphEnd(text string, at int) int {
	end := paragraphStop(text, at)
	for end < len(text) {
		next := paragraphStop(text, end+2)
		if p := strings.TrimSpace(text[end:next]); endsSentence(p) {
			return next
		}
		end = next
	}
	return len(text)
}

// endsSentence reports whether p ends as a sentence ends: a stop, a
// question or exclamation mark, maybe inside a quote or a bracket.
func endsSentence(p string) bool {
	p = strings.TrimRight(p, "\"”’')")
	return p != "" && strings.IndexByte(".!?", p[len(p)-1]) >= 0
}

// paragraphStop returns the offset of the blank line that ends the
// paragraph holding at, or the end of text.
func paragraphStop(text string, at int) int {
	if at >= len(text) {
		return len(text)
	}
	if k := strings.Index(text[at:], "\n\n"); k >= 0 {
		return at + k
	}
	return len(text)
}

// datelineEnd returns where a sentence's running text starts after the
// page's date stamp and a dateline ("date 2025-10-22 MENAFN - IANS) Sanaa,
// Oct 23 (IANS) Twelve …", "DNIPRO, 9 MAY 2022 – Save the Children
// condemns …"), or 0. The year there is the report's own date, not an
// earlier estimate's, so it makes no count of the lede historic; the
// furniture readers (stampPrefix, dateline) tell what a stamp and a
// dateline are.
func datelineEnd(sentence string) int {
	if n := stampPrefix(sentence); n > 0 {
		return n + stampedDateline(sentence[n:])
	}
	return dateline(sentence)
}

// appealForMoney reports whether the headline's "appeal" is a call for
// money, as a flash appeal's story is about its sum: a flash,
// humanitarian, emergency or aid appeal, one that is launched or of a sum
// ("$38 million appeal"), or an appeal for a sum or for funds, aid, money
// or donations. An appeal for calm, peace, access or a release, and a
// court's appeal, ask for no money, and a story under them leads with
// what it counts.
func appealForMoney(headline string) bool {
	if !strings.Contains(headline, "ppeal") && !strings.Contains(headline, "PPEAL") {
		return false // no appeal: nothing to read (Figures asks of every first sentence)
	}
	words := strings.FieldsFunc(strings.ToLower(headline), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:.!?\"'‘’“”()", r)
	})
	for i, w := range words {
		if w != "appeal" && w != "appeals" {
			continue
		}
		if i > 0 && (appealKinds[words[i-1]] || sumWord(words[i-1])) {
			return true
		}
		if i+2 >= len(words) || words[i+1] != "for" {
			continue
		}
		j := i + 2
		if appealAdjectives[words[j]] && j+1 < len(words) {
			j++ // "appeals for urgent funds"
		}
		if appealAsks[words[j]] || sumWord(words[j]) {
			return true
		}
	}
	return false
}

// appealKinds are the words before an appeal for money: "flash appeal",
// "launches appeal".
var appealKinds = map[string]bool{"flash": true, "humanitarian": true, "emergency": true, "aid": true, "funding": true,
	"donor": true, "launch": true, "launches": true, "launched": true, "million": true, "billion": true}

// appealAdjectives may stand between an appeal's "for" and what it asks.
var appealAdjectives = map[string]bool{"urgent": true, "more": true, "new": true, "emergency": true, "additional": true}

// appealAsks are what an appeal for money asks for: "appeals for funds".
var appealAsks = map[string]bool{"funds": true, "funding": true, "aid": true, "money": true, "donations": true, "cash": true}

// sumWord reports whether w is a sum of money or a number: "$38m", "us$434",
// "160m".
func sumWord(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "us"), "$")
	return w != "" && isDigit(w[0])
}

// hasWordFold reports whether s holds word (lower case, ASCII) as a whole
// word in any case: "since" in "Since May", not in "sincere".
func hasWordFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if (i == 0 || !isLetter(s[i-1])) && strings.EqualFold(s[i:i+len(word)], word) &&
			(i+len(word) == len(s) || !isLetter(s[i+len(word)])) {
			return true
		}
	}
	return false
}
