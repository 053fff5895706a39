package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// emit turns candidate k of a sentence into a Figure: its text, bounds,
// unit, category and whether it is a key figure.
//
// It takes what readOwn read of the figure; an elliptic figure's category
// is read here, once it has inherited its noun.
//
// emitBatch's starts of the figures are not read: categoryOwn counts the
// figures before a word itself (figStarts).
func (fx *figurer) emit(toks []ntoken, cands []candidate, k int, s Span) {
	text := fx.text
	c := &cands[k]
	own := fx.batch.own.take()
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
	if ch := fx.figureChange(toks, &c.b); ch != "" {
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
	var wordIdx int
	if c.elliptic {
		*own = ownRead{}
		fx.categoryOwn(own, text, toks, cands, startsOf(cands), k, unit)
	}
	f.Category, injury, f.why.category, word, wordIdx = fx.category(text, toks, cands, k, own)
	if word != nil && f.why.category != catNone {
		f.why.word = word.ref
	}
	event := fx.role(&f, c, toks, word, wordIdx)
	event = fx.ownPredicateRole(&f, c, toks, event)
	event = fx.key6Role(&f, c, toks, event)
	injury = injury || f.Role == RoleInjured
	if c.q.kind == QuantityDuration {
		f.Timex = timexDuration(c.b.min, c.q.timeUnit)
	}
	f.Key, f.why.key = fx.isKey(toks, c, &f, injury, event)
	f.Key, f.why.key = fx.keyfixKey(toks, c, &f)
	f.Key, f.why.key = fx.key6Key(toks, c, &f)
	if f.Key && (f.Role == RoleMoney || c.unitFirst >= 0) {
		f.Key, f.why.key = fx.key7Key(toks, c, &f) // "two displacement camps"; "including $233 million" of $333 million
	}
	if f.Key && (f.Change == ChangeUp || f.Change == ChangeDown) && c.b.qualFirst > 0 && tokenWord(text, toks[c.b.qualFirst-1]) == "by" {
		f.Key, f.why.key = false, keyChangeBy // "fell by a third": a change, not a level
	}
	if f.Key && changeNounBefore(text, toks, c) {
		f.Key, f.why.key = false, keyChangeBy // "a decrease of 14,432 individuals from the last report"
	}
	if !f.Key && f.why.key == keyBare && fx.keyOldState == len(fx.out) && len(fx.out) > 0 {
		if _, ok := changeFromBefore(text, toks, c.first); ok {
			// The new state of a change whose old state counted
			// something: "the death toll rose from 45 to 57".
			f.Key, f.why.key = true, keyCategory
		}
	}
	if f.Key && oldState(text, toks, &c.b) {
		f.Key, f.why.key = false, keyOldState // "revised from 70 million to 81 million people": the level before
		fx.keyOldState = len(fx.out) + 1
	}
	if own.unitRead {
		f.Unit = own.unit
	} else {
		f.Unit = fx.unitName(toks, cands, k, f.Unit) // "US$" → "$", "kilometres per hour" → "km/h", "$ per barrel"
	}
	fx.storyKey(toks, c, &f) // "Of the dead, 4,120 …" after the story's toll: a part of it
	if len(fx.out) == cap(fx.out) && cap(fx.out) >= maxPooled {
		// Past what the pool keeps, doubled, not grown by the quarter
		// append gives a large slice: a text of a hundred thousand figures
		// (a table, hostile input) would copy them some four times over,
		// each copy slowed by the collector's write barrier. Below it,
		// append's growth keeps the buffer near its text's count, which
		// figuresOf hands over or pools (doubling there doubled a 1 MB
		// text's bytes an op).
		fx.out = slices.Grow(fx.out, len(fx.out))
	}
	fx.out = append(fx.out, f)
	if k == len(cands)-1 && (k > 0 || fx.totals.anyPlace) {
		fx.storyParts(toks, cands) // "33 died in Cuenca; 21 in Guayaquil" after the story's 62
	}
	if f.why.key != keyHeadline {
		fx.seen.add(f.Value) // a headline's count is no earlier mention: "Mongolia to send 350 troops" above "The 350 soldiers … leave"
	}
	// The figure an ellipsis refers back to is the one just before it, and
	// only when that counts something.
	fx.prev, fx.hasPrev = len(fx.out)-1, f.Unit != "" && c.q.kind == QuantityNumber
	if f.Unit == "" && c.q.kind == QuantityNumber {
		fx.out[fx.prev].Unit = fx.bareCountUnit(toks, cands, k, f.Role) // "Bandits abduct 14": people; "the death toll rose to 11"
	}
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
		key, why = durationPanel(fx.text, toks, c, durationKey(toks, c)), keyDuration
	}
	switch {
	case !key:
		return false, keyNotCategory
	case c.q.hyphenated && c.q.kind == QuantityNumber && !(c.q.last+2 < len(toks) && tokenWord(fx.text, toks[c.q.last+2]) == "strong"):
		return false, keyCompound // "a three-person team", "a 15-member council"
	case f.Unit == "" && c.q.kind == QuantityNumber && !fx.nearEvent(toks, c) && !event && !(c.unitFirst < 0 && tollRole(fx.text, toks, c) >= 0):
		// A bare number with no noun and no event beside it; not the value
		// a toll reaches ("the number of confirmed deaths … rose to 30").
		return false, keyBare
	case c.partitive && !personNoun(f.Unit) && !fx.partOfPeople(toks, c, f):
		return false, keyPartitive // "50 of them" (trucks); "nearly 400 of those" (troops) stays
	case c.rate || fx.phrasesOf(toks).rates && rateVerbAfter(fx.text, toks, c) && !deliveryUnits[strings.ToLower(lastWord(f.Unit))]:
		return false, keyRate
	case c.breakdown:
		return false, keyBreakdown
	case f.Value <= 0:
		return false, keyNotPositive
	case headline(fx.text, f.SentenceStart, f.SentenceEnd):
		return false, keyHeadline // the story's body says it again
	case fx.marks&markSupersede != 0 && superseded(fx.text, toks, c.first):
		return false, keySuperseded // "had initially put the number to 100"
	case fx.marks&markSupersede != 0 && earlierCount(fx.text, toks, c):
		return false, keySuperseded // "Officials first gave a toll of 7 before more bodies were found"
	case fx.marks&markSeverity != 0 && (severityPart(fx.text, toks, c) || severeAttributive(toks, c)):
		return false, keySeverity // "seven of them critically"
	case c.q.kind == QuantityNumber && fx.marks&markBaseline != 0 && baselineBefore(fx.text, toks, c.first):
		return false, keyBaseline // "short of the 2,500 authorised"; not a sum sought, which is an appeal
	case c.q.kind == QuantityPercent && !shareOfPeople(fx.text, toks, c):
		return false, keyNotPeopleShare // "funded only to 20 per cent", "a 40% drop in donations"
	case (c.q.kind == QuantityPercent || f.why.number == numFraction) && fx.restatedShare(toks, c, f):
		return false, keyRepeat // "4.3 million people need food assistance, roughly a third of the population"
	case c.q.kind == QuantityNumber && populationOf(fx.text, toks, c):
		return false, keyPopulation // "Sudan, a nation of 50 million people"
	case c.q.kind == QuantityNumber && fx.marks&markFrom != 0 && fromBaseline(fx.text, toks, c):
		// "more than doubled – from 705,000 people … to 1.9 million"; a sum
		// stays key, as the sample gold has the Suez Canal's "fall of more
		// than 60% from the record $10.25 billion".
		return false, keyBaseline
	case fx.authorisedStrength(toks, c, f):
		return false, keyBaseline // "Only 40 of the 2,500 officers the mission needs have arrived"
	case f.Role == RoleInNeed && f.Unit != "" && c.q.kind == QuantityNumber && !personNoun(f.Unit) && !deliveryUnits[strings.ToLower(lastWord(f.Unit))] &&
		!(f.why.number == numFraction && shareOfPeople(fx.text, toks, c)):
		return false, keyNeedOfThings // "18 hunger hotspots", "110,500 applications": need is counted in people
	case fx.subset(toks, c, f):
		return false, keySubset // "5 journalists remain in detention, two of them since 2021"
	case saidAgain(fx.text, toks, c, f.Unit, f.Role):
		return false, keyNamedAgain // "The seven were driven to the border": counted before
	}
	head := headAt(fx.text, toks, c, f.Unit)
	// The dead and the missing of one count are two figures: "a dozen still
	// missing … as the death toll rose to 12".
	kk := keyKind{value: f.Value, category: f.Category, injury: injury || f.Role == RoleMissing}
	if fx.keys.repeats(kk, head) {
		return false, keyRepeat
	}
	if c.definite && fx.seen.has(f.Value) {
		return false, keyNamedAgain
	}
	fx.keys.add(kk, head)
	return true, why
}

// deliveryUnits are the things aid is delivered in: a count of them is a
// key figure of aid ("600 trucks of aid a day"), though need is counted
// in people.
var deliveryUnits = map[string]bool{"trucks": true, "lorries": true, "convoys": true, "flights": true, "airdrops": true, "shipments": true, "tonnes": true, "tons": true}

// subset reports whether figure f (candidate c) counts a part of a set
// counted just before it in the same sentence, with the set's own role, so
// that the set is the key figure: "At least 5 journalists remain in
// detention, two of them since 2021", "About 59 hostages are still held, of
// whom around 24 are believed to be alive", a part by place ("14 people
// have been killed, with 13 in Orissa"). A part that takes a role of
// its own ("1,850 people were arrested, of whom 430 were released") is key.
func (fx *figurer) subset(toks []ntoken, c *candidate, f *Figure) bool {
	first, last := c.first, c.last
	part := first > 1 && isLex(toks[first-2], lexOf) && isLex(toks[first-1], lexWhom) ||
		last+2 < len(toks) && isLex(toks[last+1], lexOf) && (isLex(toks[last+2], lexThem) || isLex(toks[last+2], lexWhom)) ||
		c.unitFirst < 0 && c.nominal == 0 && last+2 < len(toks) && isLex(toks[last+1], lexIn) && toks[last+2].upper // by place: "14 people were killed, 13 in Orissa"
	if !part {
		return false
	}
	for k := last + 1; k < len(toks) && k <= last+5; k++ {
		if lexHas(toks[k], clsAbroad) || ntIsWord(toks[k], "across") {
			return false // "12.4 million people, 3.7m of them across borders": refugees, a group of their own
		}
	}
	for i := len(fx.out) - 1; i >= 0 && fx.out[i].SentenceStart == f.SentenceStart; i-- {
		if p := &fx.out[i]; p.Value > f.Value && p.Key {
			return p.Role == f.Role
		}
	}
	return false
}

// rateWindow is how many words after a figure rateVerbAfter reads.
const rateWindow = 6

// rateVerbAfter reports whether a "every day", "each week" or "per month"
// follows the figure within its clause, past a verb or the figure's
// words: "3,000 more cross every day", "about 300 displaced families every
// day". The figure is then a rate, not a count; the trucks aid comes in
// each day stay key (deliveryUnits), as the measure of aid let in.
func rateVerbAfter(text string, toks []ntoken, c *candidate) bool {
	for j := c.last + 1; j+1 < len(toks) && j <= c.last+rateWindow; j++ {
		if toks[j].kind == ntPunct {
			return false
		}
		switch tokenWord(text, toks[j]) {
		case "every", "each", "per":
			return toks[j+1].lx != nil && toks[j+1].lx.timeUnit != ""
		}
	}
	return false
}

// maxHeadlineWords is the longest line read as a headline.
const maxHeadlineWords = 14

// maxStandfirstWords is the longest first line of a text read as a
// heading: a headline or standfirst that tells the lede in a long line
// without its stop ("Burkina Faso's government says jihadis have targeted
// a military base in the country's east, killing at least 11 soldiers and
// injuring nearly two dozen") above the body. Further down, or alone, a
// line that long without a stop is more often a sentence the page cut
// ("… according to the United Nations' migrati"), so there a headline is
// short.
const maxStandfirstWords = 26

// headline reports whether the sentence at [start, end) is a headline: a
// whole line of a few words with no closing mark, not a list item
// ("116 killed, 80 missing in ferry disaster"). A headline's figures are
// said again in the story's body, so they are not key figures of their
// own. A line with no story after it (a headline alone, a link to another
// story) must also read as headlinese, with no dateline and no auxiliary
// before a participle: "Five people were killed in Kabul" is a sentence
// that lacks its stop, "Five killed in Kabul" a headline.
func headline(text string, start, end int) bool {
	if start > 0 && text[start-1] != '\n' {
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
	words := strings.Fields(line)
	body := strings.TrimSpace(text[end:]) != ""
	if r == '.' && body && len(words) <= maxStandfirstWords && strings.TrimSpace(text[:start]) == "" {
		return headlineCount(words) // a standfirst with its stop: "At least 95 people killed and 19 missing after …."
	}
	if strings.ContainsRune(".!?:;\"”’)]…", r) {
		return false
	}
	if len(words) > maxStandfirstWords || len(words) > maxHeadlineWords && (!body || strings.TrimSpace(text[:start]) != "") {
		return false
	}
	return body || headlinese(words)
}

// headlineSubject is how far into a line headlineCount looks for its
// count and participle: headline grammar opens with them.
const headlineSubject = 8

// headlineParticiples are the words a headline puts straight after the
// people it counts, where a sentence has an auxiliary: "95 people killed",
// "six children reported killed", "19 missing".
var headlineParticiples = strings.Fields("killed dead missing wounded injured abducted kidnapped displaced")

// auxiliaryVerbs make a line a sentence: "were killed", "have been
// rescued".
var auxiliaryVerbs = strings.Fields("was were is are be been being has have had")

// headlineCount reports whether the opening of a line counts people in
// headline grammar, a count and then a participle with no auxiliary
// anywhere ("At least 16 people killed in Thiem …", "Mother and six
// children reported killed …"). A text's first sentence in that grammar
// is a standfirst above the lede, which says the same counts in a
// sentence ("At least 95 people were killed …"); a lede has its verb:
// "Bandits on Monday killed two people and abducted 13 others", "Dozens
// of students abducted … last week have been rescued".
func headlineCount(words []string) bool {
	for _, w := range words {
		if slices.Contains(auxiliaryVerbs, strings.ToLower(w)) {
			return false
		}
	}
	for i := 1; i < len(words) && i < headlineSubject; i++ {
		w := strings.ToLower(words[i])
		if w == "left" || w == "leaving" || w == "with" {
			return false // "left 20 dead", "with 19 missing"
		}
		if !slices.Contains(headlineParticiples, strings.TrimRight(w, ",;")) {
			continue
		}
		p := i - 1
		if strings.EqualFold(words[p], "reported") && p > 0 {
			p--
		}
		for q := max(0, p-2); q <= p; q++ {
			if countWord(words[q]) {
				return countOpens(words[:q])
			}
		}
		return false // the line's first participle is its verb: "Gunmen killed …"
	}
	return false
}

// countOpens reports whether the words before a line's count only
// qualify it or join another subject to it ("At least", "Mother and"),
// as in a headline that opens with its count; a verb before it makes the
// line a sentence ("Officials report 9,120 people displaced").
func countOpens(before []string) bool {
	for i, w := range before {
		if i == 0 && w != strings.ToLower(w) {
			continue
		}
		if !foldIn(w, "at", "least", "more", "than", "nearly", "almost", "about", "some", "over", "up", "to", "around", "an", "estimated", "and", "the") {
			return false
		}
	}
	return true
}

// countWord reports whether w is a number: "95", "six", "dozens".
func countWord(w string) bool {
	if strings.ContainsAny(w, "0123456789") {
		return true
	}
	lx := lookupNumLex(strings.ToLower(w))
	return lx != nil && lx.num >= nkUnit && lx.num <= nkVague
}

// headlinese reports whether the words of a line alone read as a
// headline rather than a sentence without its stop: no dateline ("GENEVA
// —") and no auxiliary before a participle ("were killed", "have fled"),
// which headlines drop.
func headlinese(words []string) bool {
	for i, w := range words {
		if (w == "—" || w == "--" || w == "–") && i > 0 && strings.ToUpper(words[i-1]) == words[i-1] {
			return false // a dateline opens a story's body
		}
		switch strings.ToLower(w) {
		case "was", "were", "is", "are", "has", "have", "had", "been", "be":
			if i+1 < len(words) && participleWord(words[i+1]) {
				return false
			}
		}
	}
	return true
}

// participleWord reports whether w reads as a past participle: "killed",
// "been", "taken", "fled".
func participleWord(w string) bool {
	for len(w) > 0 && (w[len(w)-1] == ',' || w[len(w)-1] == ';') {
		w = w[:len(w)-1]
	}
	// Most words come in lower-case ASCII, which strings.ToLower would
	// only read to give back.
	for i := 0; i < len(w); i++ {
		if b := w[i]; b >= utf8.RuneSelf || 'A' <= b && b <= 'Z' {
			w = strings.ToLower(w)
			break
		}
	}
	switch w {
	case "been", "fled", "shot", "hit", "held", "hurt", "left", "sent", "put", "found", "taken", "driven", "given", "seen":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// changeWords are the verbs and nouns of change, by direction (marked in
// the lexicon by markLexicon).
var changeWords = wordMap(map[Change]string{
	ChangeUp: `rose risen rise rises rising increased increase increases increasing climbed climb jumped surged soared
		grew grown swelled up doubled tripled raised spiked`,
	ChangeDown: `fell fallen fall falls falling dropped drop drops declined decline decreased decrease plunged plummeted
		slumped shrank shrunk down dipped cut reduced slashed halved`,
})

// changeNounBefore reports whether the figure is the amount of a change
// named by a noun before it, "a decrease of 14,432 individuals", "an
// increase of 300 people": the size of the change, not a level.
func changeNounBefore(text string, toks []ntoken, c *candidate) bool {
	j := c.first
	if c.b.qualFirst > 0 && c.b.qualFirst < j {
		j = c.b.qualFirst
	}
	if j < 2 || tokenWord(text, toks[j-1]) != "of" {
		return false
	}
	return changeNouns[strings.ToLower(tokenWord(text, toks[j-2]))]
}

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

// changeFromBefore finds the "from" of a change of state "from X to Y"
// whose Y starts at token k (X is at most four tokens: "from 1.5 to 2.3
// million", "from £2 to £2.50").
func changeFromBefore(text string, toks []ntoken, k int) (int, bool) {
	if k < 3 || tokenWord(text, toks[k-1]) != "to" {
		return 0, false
	}
	for j := k - 3; j >= max(0, k-6); j-- {
		if tokenWord(text, toks[j]) == "from" {
			return j, true
		}
	}
	return 0, false
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
