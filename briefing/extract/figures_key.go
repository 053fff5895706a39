package extract

import (
	"strings"
	"unicode/utf8"
)

// emit turns candidate k of a sentence into a Figure: its text, bounds,
// unit, category and whether it is a key figure.
func (fx *figurer) emit(toks []ntoken, cands []candidate, starts []int, k int, s Span) {
	text := fx.text
	c := &cands[k]
	f := Figure{
		Start: toks[c.first].start,
		End:   toks[c.last].end,
		Value: c.b.min,
	}
	f.Text = text[f.Start:f.End]
	ctx := context(text, s, f.Start, f.End)
	f.Sentence, f.SentenceStart, f.SentenceEnd = text[ctx.Start:ctx.End], ctx.Start, ctx.End
	kind := c.b.kind
	if kind == qEqual {
		kind = qExact
	}
	if kind == qExact && c.vague {
		kind = qAtLeast // ACLED: "dozens" is at least 12
	}
	f.Qualifier, f.Change = kind.name(), kind.change()
	switch kind {
	case qAtLeast, qMoreThan:
		f.Min = fx.float(c.b.min)
	case qLessThan, qUpTo:
		f.Max = fx.float(c.b.max)
	case qRange:
		f.Min, f.Max = fx.float(c.b.min), fx.float(c.b.max)
	}
	if ch := figureChange(text, toks, &c.b); ch != "" {
		f.Change = ch
	}
	if c.elliptic && !(c.nominal > 0 && fx.hasPrev && fx.out[fx.prev].SentenceStart != s.Start) {
		fx.inherit(c)
	}
	switch {
	case c.q.kind == QuantityPercent:
		f.Unit = "%"
	case c.unitFirst >= 0:
		f.Unit = text[toks[c.unitFirst].start:toks[c.unitLast].end]
	case c.inherited:
		f.Unit = fx.out[fx.prev].Unit
	case c.nominal > 0:
		f.Unit = text[toks[c.nominal].start:toks[c.nominal].end]
	}
	unit := f.Unit
	if c.q.kind == QuantityPercent && c.unitFirst >= 0 {
		unit = text[toks[c.unitFirst].start:toks[c.unitLast].end]
	}
	f.why.number = numberRule(toks, c.b.num, c.b.hasSecond)
	f.why.qualifier = qualifierRule(c, kind)
	f.why.unit = unitRule(c)
	var injury bool
	var word *numLex
	var wordAt int
	f.Category, injury, f.why.category, word, wordAt = fx.category(text, toks, cands, starts, k, unit)
	if word != nil && f.why.category != catNone {
		f.why.word = word.ref
	}
	event := fx.role(&f, c, toks, word, wordAt)
	injury = injury || f.Role == RoleInjured
	if c.q.kind == QuantityDuration {
		f.Timex = timexDuration(c.b.min, c.q.timeUnit)
	}
	f.Key, f.why.key = fx.isKey(toks, c, &f, injury, event)
	if f.Key && (f.Change == ChangeUp || f.Change == ChangeDown) && c.b.qualFirst > 0 && tokenWord(text, toks[c.b.qualFirst-1]) == "by" {
		f.Key, f.why.key = false, keyChangeBy // "fell by a third": a change, not a level
	}
	if f.Key && oldState(text, toks, &c.b) {
		f.Key, f.why.key = false, keyOldState // "revised from 70 million to 81 million people": the level before
	}
	f.Unit = fx.unitName(toks, cands, k, f.Unit) // "US$" → "$", "kilometres per hour" → "km/h", "$ per barrel"
	fx.out = append(fx.out, f)
	fx.seen.add(f.Value)
	// The figure an ellipsis refers back to is the one just before it, and
	// only when that counts something.
	fx.prev, fx.hasPrev = len(fx.out)-1, f.Unit != "" && c.q.kind == QuantityNumber
}

// isKey decides whether a figure belongs in the key-figures panel:
// casualties, displacement, deployments, humanitarian needs and detentions;
// sums of a million or more; durations of mandates, truces and sentences.
// A figure said again ("the 600 additional Kenyan officers"), a part of an
// earlier one ("400 of those") and a rate are not key. A bare number is
// key when an event word of its own clause counts it (event): "the death
// toll for the city rose to 5,430", "1,200 died".
func (fx *figurer) isKey(toks []ntoken, c *candidate, f *Figure, injury, event bool) (bool, ruleID) {
	key, why := false, keyNotCategory
	switch f.Category {
	case Casualties, Displacement, Deployment, Humanitarian, Detention:
		key, why = c.q.kind == QuantityNumber || c.q.kind == QuantityPercent, keyCategory
	case Money:
		key, why = f.Value >= 1e5, keyMoney
	case Duration:
		key, why = durationKey(toks, c), keyDuration
	}
	switch {
	case !key:
		return false, keyNotCategory
	case c.q.hyphenated && c.q.kind == QuantityNumber && !(c.q.last+2 < len(toks) && tokenWord(fx.text, toks[c.q.last+2]) == "strong"):
		return false, keyCompound // "a three-person team", "a 15-member council"
	case f.Unit == "" && c.q.kind == QuantityNumber && !fx.nearEvent(toks, c) && !event:
		return false, keyBare // a bare number with no noun and no event beside it
	case c.partitive && !personNoun(f.Unit):
		return false, keyPartitive // "50 of them" (trucks); "nearly 400 of those" (troops) stays
	case c.rate:
		return false, keyRate
	case c.breakdown:
		return false, keyBreakdown
	case f.Value <= 0:
		return false, keyNotPositive
	case headline(fx.text, f.SentenceStart, f.SentenceEnd):
		return false, keyHeadline // the story's body says it again
	case fx.marks&markSupersede != 0 && superseded(fx.text, toks, c.first):
		return false, keySuperseded // "had initially put the number to 100"
	case fx.marks&markSeverity != 0 && severityPart(fx.text, toks, c):
		return false, keySeverity // "seven of them critically"
	case c.q.kind == QuantityNumber && fx.marks&markBaseline != 0 && baselineBefore(fx.text, toks, c.first):
		return false, keyBaseline // "short of the 2,500 authorised"; not a sum sought, which is an appeal
	}
	head := headOf(f.Unit)
	kk := keyKind{value: f.Value, category: f.Category, injury: injury}
	if fx.keys.repeats(kk, head) {
		return false, keyRepeat
	}
	if c.definite && fx.seen.has(f.Value) {
		return false, keyNamedAgain
	}
	fx.keys.add(kk, head)
	return true, why
}

// maxHeadlineWords is the longest line read as a headline.
const maxHeadlineWords = 14

// headline reports whether the sentence at [start, end) is a headline: a
// whole line of a few words with no closing mark, not a list item, with
// the story after it ("116 killed, 80 missing in ferry disaster"). A
// headline's figures are said again in the story's body, so they are not
// key figures of their own. A text of one line is no headline.
func headline(text string, start, end int) bool {
	if start > 0 && text[start-1] != '\n' || strings.TrimSpace(text[end:]) == "" {
		return false
	}
	line := strings.TrimSpace(text[start:end])
	if line == "" || end < len(text) && text[end] != '\n' && text[end] != '\r' {
		return false
	}
	switch line[0] {
	case '-', '*', '|', '>', '+':
		return false // a list item, a table row, a quotation
	}
	if strings.HasPrefix(line, "•") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;\"”’)]…", r) {
		return false
	}
	return len(strings.Fields(line)) <= maxHeadlineWords
}

// changeWords are the verbs and nouns of change, by direction (marked in
// the lexicon by markLexicon).
var changeWords = wordMap(map[Change]string{
	ChangeUp: `rose risen rise rises rising increased increase increases increasing climbed climb jumped surged soared
		grew grown swelled up doubled tripled raised spiked`,
	ChangeDown: `fell fallen fall falls falling dropped drop drops declined decline decreased decrease plunged plummeted
		slumped shrank shrunk down dipped cut reduced slashed halved`,
})

// changeFillers may stand between a word of change and its figure: "has
// risen sharply by".
var changeFillers = strings.Fields("has have had sharply steadily further an a by to")

// nearEvent reports whether an event word stands right beside a figure:
// "killing 19", "19 killed", "the toll rose to 115", "341 still missing".
func (fx *figurer) nearEvent(toks []ntoken, c *candidate) bool {
	for j := max(0, c.first-4); j < len(toks) && j <= c.last+4; j++ {
		if lx := toks[j].lx; lx != nil && (lx.trig == trigStrong && lx.cat != Other || lx.w == "missing") {
			return true
		}
	}
	return false
}

// float returns a pointer to a copy of v, taken from a slab so that bounds
// do not cost an allocation each.
func (fx *figurer) float(v float64) *float64 {
	if len(fx.floats) == cap(fx.floats) {
		fx.floats = make([]float64, 0, 64)
	}
	fx.floats = append(fx.floats, v)
	return &fx.floats[len(fx.floats)-1]
}

// maxSentence is the longest sentence given whole as a figure's context;
// a longer one (a table, a list without stops) is cut to a window around
// the figure, so that output stays proportional to the input.
const maxSentence = 1200

// context returns the span of sentence s to show with the figure at
// [start, end): the sentence, or a window of it cut at spaces.
func context(text string, s Span, start, end int) Span {
	if s.End-s.Start <= maxSentence {
		return s
	}
	lo, hi := max(s.Start, start-maxSentence/2), min(s.End, end+maxSentence/2)
	for lo > s.Start && lo < start && text[lo-1] != ' ' {
		lo++
	}
	for hi < s.End && hi > end && text[hi] != ' ' {
		hi--
	}
	for lo < start && !utf8.RuneStart(text[lo]) {
		lo++
	}
	for hi > end && hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return Span{lo, hi}
}
