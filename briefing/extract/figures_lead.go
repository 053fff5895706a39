package extract

import (
	"math"
	"strings"
	"unicode/utf8"
)

// Lead marks the figure a briefing leads with, given its headline (title
// and summary): the key figure the headline speaks of — its number or its
// role — in or near the lede, the latest event rather than a historic
// estimate or an aside. Exactly one figure is marked when any is key, and
// the figures are returned with it marked (Figures marks one from the
// text's first sentence; Lead chooses again with the real headline).
func Lead(figs []Figure, text, headline string) []Figure {
	prepare()
	headline = sentenceCase(headline)
	for i := range figs {
		figs[i].Lead = false
	}
	head := figuresOf(headline, nil)
	// Each figure of the headline is weighed against each key figure of
	// the text: a headline speaks of a few numbers, and a hostile summary
	// of thousands must not make the choice quadratic.
	markLead(text, figs, headline, head[:min(len(head), maxHeadlineFigures)])
	return figs
}

// maxHeadlineFigures is the most figures of a headline Lead weighs.
const maxHeadlineFigures = 64

// markLead sets Lead on the best key figure of figs for the headline and
// the figures found in it.
func markLead(text string, figs []Figure, headline string, head []Figure) {
	// The lede ends at the first blank line after some text: the blank
	// paragraphs before it are passed one by one, each read once (a text
	// of blank lines alone is read in linear time).
	lede, from := strings.Index(text, "\n\n"), 0
	for lede >= 0 && strings.TrimSpace(text[from:lede]) == "" {
		from = lede + 2
		next := strings.Index(text[from:], "\n\n")
		if next < 0 {
			lede = -1
			break
		}
		lede = from + next
	}
	first := firstKeyFigure(figs)
	if first >= 0 && lede >= 0 && figs[first].Start > lede {
		// The first paragraph is page furniture or a kicker ("Middle
		// EastTop Story", a date line, "By Staff Reporter"): the lede is
		// the first paragraph that counts something.
		lede = paragraphStop(text, figs[first].Start)
	}
	roleWeight := 4.0
	if headline == "" && first >= 0 {
		// A headline with no number ("Iraqi families flee Falluja as
		// fasting month brings no respite") still names what the story
		// is about: its role words count, a little less than a title's,
		// as the first lines of a page may be a kicker or a caption.
		headline, head = openingHeadline(text, figs[first].SentenceStart) // its numbers too (figures_leadopening.go)
		roleWeight = 3
	}
	roles := headlineRoles(headline)
	best, bestScore, rank := -1, math.Inf(-1), 0
	lastSentence, wasHistoric := -1, false
	for i := range figs {
		f := &figs[i]
		if !f.Key || f.Role == RoleOther {
			continue
		}
		s := leadScore(f, head, roles, roleWeight, lede) - 0.25*float64(rank)
		rank++
		if s <= bestScore {
			continue
		}
		if f.SentenceStart != lastSentence { // only a contender's sentence is read again
			lastSentence, wasHistoric = f.SentenceStart, historic(f.Sentence[datelineEnd(f.Sentence):])
		}
		if wasHistoric {
			s -= 4
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if best >= 0 {
		figs[leadFor(text, figs, best, head)].Lead = true
	}
}

// firstKeyFigure returns the index of the first key figure of figs that
// counts something (a role other than other), or -1.
func firstKeyFigure(figs []Figure) int {
	for i := range figs {
		if figs[i].Key && figs[i].Role != RoleOther {
			return i
		}
	}
	return -1
}

// maxHeadlineLines and maxHeadlineLine bound the lines openingLines reads
// as a headline.
const (
	maxHeadlineLines = 3
	maxHeadlineLine  = 160
)

// openingLines returns the text's first lines before end that may be its
// headline: up to three short lines that are not page furniture ("Skip to
// main content", a date line, a byline), joined. A line as long as a
// paragraph, or one that ends as a sentence ends (a caption "… in Tawila.
// (Photo: aid worker)"), is no headline and ends the search.
func openingLines(text string, end int) string {
	var b strings.Builder
	lines := 0
	for start := 0; start < end && lines < maxHeadlineLines; {
		stop := strings.IndexByte(text[start:end], '\n')
		if stop < 0 {
			stop = end - start
		}
		line := strings.TrimSpace(text[start : start+stop])
		start += stop + 1
		switch {
		case line == "" || furnitureLine(line):
			continue
		case len(line) > maxHeadlineLine || strings.IndexByte(".)", line[len(line)-1]) >= 0:
			return b.String()
		}
		b.WriteString(line)
		b.WriteString(". ")
		lines++
	}
	return b.String()
}

// leadScore weighs a key figure as the lead: the headline's own number
// and role, the lede, and against sums, durations, historic estimates and
// asides.
func leadScore(f *Figure, head []Figure, roles roleSet, roleWeight float64, lede int) float64 {
	s := 0.0
	s += headScore(f, head)
	if roles.has(f.Role) {
		s += roleWeight
	}
	if lede < 0 || f.Start < lede {
		s += 2
	}
	switch f.Role {
	case RoleKilled:
		s++ // between equals, the dead lead
	case RoleMoney, RoleDuration:
		if !sumLeads(f, head, roles) {
			s -= 20 // only when nothing is counted, or the headline is about the money
		}
	}
	return s
}

// roleSet is a few roles.
type roleSet []Role

// has reports whether r is in the set.
func (s roleSet) has(r Role) bool {
	for _, x := range s {
		if x == r {
			return true
		}
	}
	return false
}

// headlineRoles are the roles the headline's words name: "freed",
// "displacement", "death toll".
func headlineRoles(headline string) roleSet {
	var roles roleSet
	var buf [24]byte
	for i := 0; i < len(headline); {
		for i < len(headline) && !isLetter(headline[i]) {
			i++
		}
		n := 0
		h := uint32(2166136261) // the FNV-1a hash lexProbe reads the lexicon's table by
		for ; i < len(headline) && isLetter(headline[i]); i++ {
			if n < len(buf) {
				buf[n] = headline[i] | 0x20
				h = (h ^ uint32(buf[n])) * 16777619
				n++
			}
		}
		if n == 0 || n == len(buf) {
			continue
		}
		w := buf[:n]
		if lx := lexProbe(h, w); lx != nil && lx.role != "" && !roles.has(lx.role) {
			roles = append(roles, lx.role)
		}
		if !headlineVerbShape.may(w) {
			continue // most words are no headline verb by their first letter or length
		}
		if r, ok := headlineVerbs[string(w)]; ok && !roles.has(r) {
			roles = append(roles, r)
		}
	}
	if !roles.has(RoleMoney) && appealForMoney(headline) {
		roles = append(roles, RoleMoney)
	}
	return withKin(roles)
}

// isLetter reports whether b is an ASCII letter.
func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// headlineVerbs are headline words that name a role but are too common
// in running text to be triggers.
var headlineVerbs = map[string]Role{"funds": RoleMoney, "funding": RoleMoney, "money": RoleMoney, "free": RoleReleased, "frees": RoleReleased, "flee": RoleDisplaced,
	"shelter": RoleDisplaced, "feared": RoleKilled, "abduct": RoleHeld, "abducts": RoleHeld, "kidnap": RoleHeld,
	// epidemicWords: a headline about an outbreak ("Cholera outbreak
	// escalates as refugee camps in South Sudan overrun", "Syria: mounting
	// cholera cases pose threat across frontlines") is about its dead, the
	// toll the story counts (extraction.md: an epidemic's deaths are
	// killed, its cases affected), not the camps it spreads in nor the
	// cases it gives first. On the dev article sets the gold lead is the
	// epidemic's deaths in each of the three stories whose headline names
	// one (b14, b17, b18).
	"cholera": RoleKilled, "measles": RoleKilled, "ebola": RoleKilled, "outbreak": RoleKilled, "epidemic": RoleKilled}

// headlineVerbShape holds the first letters and the lengths of
// headlineVerbs' words.
var headlineVerbShape = shapeOf(headlineVerbs)

// wordShape is the first letters and the shortest and longest lengths of
// a set of lower-case ASCII words: a word outside it is none of them.
type wordShape struct {
	initial  [utf8.RuneSelf]bool
	min, max int
}

// shapeOf returns the shape of the keys of m.
func shapeOf[V any](m map[string]V) wordShape {
	s := wordShape{min: int(^uint(0) >> 1)}
	for w := range m {
		s.initial[w[0]] = true
		s.min, s.max = min(s.min, len(w)), max(s.max, len(w))
	}
	return s
}

// may reports whether the lower-case word w may be one of the words.
func (s *wordShape) may(w []byte) bool {
	return len(w) >= s.min && len(w) <= s.max && w[0] < utf8.RuneSelf && s.initial[w[0]]
}

// historic reports a sentence that gives an earlier estimate or an aside:
// one that names a year, or says "earlier", "previous", "in the past" but
// to compare the news with an earlier count (comparedEarlier). A
// year that starts the period of a count ("since the war began on 15 April
// 2023") or ends a numeric date ("(UNHCR 11/04/2025)", a citation) is none;
// one before a comma is one ("In 2017, rights groups estimated …"), a
// number with its thousands ("2,023,500") none.
func historic(sentence string) bool {
	for _, w := range []string{"earlier", "Earlier", "previous", "Previous", "in the past", "last year", "years ago", "before the war", "past decade"} {
		for at, i := 0, strings.Index(sentence, w); i >= 0; i = strings.Index(sentence[at:], w) {
			if !comparedEarlier(sentence, at+i) && !recentEarlier(sentence, at+i, w) { // not "raising a previous death toll of 76" (figures_leadearlier.go)
				return true
			}
			at += i + len(w)
		}
	}
	for i := 0; i+4 <= len(sentence); i++ {
		if (sentence[i] == '1' && sentence[i+1] == '9' || sentence[i] == '2' && sentence[i+1] == '0') &&
			isDigit(sentence[i+2]) && isDigit(sentence[i+3]) &&
			(i == 0 || !isDigit(sentence[i-1]) && sentence[i-1] != ',' && sentence[i-1] != '/') && (i+4 == len(sentence) || !isDigit(sentence[i+4]) && !(sentence[i+4] == ',' && i+5 < len(sentence) && isDigit(sentence[i+5]))) &&
			!periodStart(sentence[max(0, i-periodWindow):i]) {
			return true
		}
	}
	return false
}

// periodWindow is how many bytes before a year periodStart reads.
const periodWindow = 40

// periodStart reports whether before, the text just before a year, makes
// the year the start of the period a count runs over rather than the time
// of an earlier estimate: "since the war began on 15 April 2023", "the
// conflict, which erupted in 2023, has killed …".
func periodStart(before string) bool {
	for _, w := range []string{"since", "Since", "began", "begun", "started", "broke out", "erupted"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
