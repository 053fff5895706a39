package extract

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// maxEventLen bounds an event's length in bytes. An event is its whole
// clause, however long (fitting it to rows is the panel's work); the bound
// only keeps a run-on text's event, which the window around its date
// already limits, from growing with it. No clause of the dev sets comes
// near it (the longest is 206 bytes).
const maxEventLen = 2 * eventWindow

// eventWindow bounds how far from its date an event is looked for.
const eventWindow = 320

// Timeline returns the dated events of text in date order: one entry per
// DATE or TIME expression with a calendar value (vague references such as
// "now" or "recently" are left out), with the event of its clause.
//
// Entry text and span include the preposition that introduces the date
// ("in June", "on Friday"), which the TIMEX3 span of Timexes leaves out:
// the panel shows a phrase a reader recognises and jumps to it.
//
// An entry is planned when its period starts after the publication date,
// or when it contains the publication date and its clause is future tense
// ("will deploy ... this month"): a month, week or day that holds the
// publication date is otherwise reported, not planned.
//
// Two mentions of the same date merge when they share a sentence or their
// events share most of their content words; the first mention stays,
// unless a later one of its sentence names the date outright and it does
// not ("Exactly two years ago, on 6 February 2023").
//
// Ordering: past entries come before planned ones, so that the
// publication date always falls between them. Each entry sorts by the end
// of the stretch it honestly names (its period narrowed by its modifier,
// "late July" to 21-31 July, and cut at the publication date: "earlier
// this month" ends at it, a planned "later this month" starts there), so a
// period sorts after the shorter ones it holds (6 July before late July
// before July, 2025's past months before "in 2025"); then by its start,
// later first, then by clock time, then by position in the text. When the
// publication date is unknown, entries with a full date sort first, then
// those with a month or day but no year in calendar order, then the
// relative ones by their offset from the unknown present ("last week"
// before "yesterday" before "next month").
func Timeline(text string, published time.Time) []TimelineEntry {
	prepare()
	tags := tagText(text, published)
	var dct time.Time
	hasDCT := !published.IsZero()
	if hasDCT {
		y, m, d := published.Date()
		dct = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	items := make([]tlItem, 0, len(tags))
	furn, fk, sk := furniture(text), 0, 0
	for i := range tags {
		t := &tags[i]
		// "ALBAWABA - Today Sudanese people are marking …": a dateline
		// that opens the date's sentence is not part of it.
		if len(furn) > 0 {
			t.sent.Start = pastFurniture(text, furn, &sk, t.sent.Start, t.pre)
		}
		t.base = (t.Type == TypeDate || t.Type == TypeTime) && (comparisonBase(text, t.pre) ||
			i > 0 && tags[i-1].base && tags[i-1].sent.End == t.sent.End && rangeLink(text[tags[i-1].End:t.pre]))
		if (t.Type != TypeDate && t.Type != TypeTime) || t.v.g == 0 || t.noEntry || t.base || inFurniture(furn, &fk, t.Start) ||
			attributivePart(text, t) || vagueClock(text, t) || laterOffset(t) || wholePart(text, t) ||
			i+1 < len(tags) && tags[i+1].Start == t.End+2 && glossedDate(text, tags, i) {
			continue
		}
		e := TimelineEntry{
			Value:         t.Value,
			Granularity:   t.v.granularity(),
			Text:          text[t.pre:t.End],
			Start:         t.pre,
			End:           t.End,
			Mod:           t.Mod,
			Period:        t.v.period(),
			SentenceStart: t.sent.Start,
			SentenceEnd:   t.sent.End,
		}
		e.Planned = isPlanned(t, dct, hasDCT) && !pastAnchor(text, t.sent.Start, t.pre)
		items = append(items, tlItem{e: e, v: t.v, tag: i, holiday: t.holiday, head: headLine(text, t.sent.Start, t.sent.End)})
	}
	// An entry's kind and event are read only when merging needs them: a
	// mention of a date its sentence already named merges into the first
	// on its value alone, and only its planned mark is kept.
	var others []Span // the other dates of an entry's sentence
	// The content stems of every entry's event, for merging, in one slab.
	stemBuf := make([]stem, 0, 8*len(items))
	describe := func(it *tlItem) {
		t := &tags[it.tag]
		it.e.Kind = entryKind(text, t.sent.Start, t.pre, t.End, t.sent.End)
		others = otherDates(others[:0], tags, it.tag)
		it.e.Event = eventOf(text, t, others, it.e.Kind)
		n := len(stemBuf)
		stemBuf = contentStems(stemBuf, it.e.Event)
		it.stems = stemBuf[n:len(stemBuf):len(stemBuf)]
	}
	items = mergeItems(dropCoveredDays(items), describe)
	for i := range items {
		items[i].setSpan(dct, hasDCT)
	}
	sort.SliceStable(items, func(a, b int) bool { return items[a].less(&items[b]) })
	out := make([]TimelineEntry, len(items))
	for i := range items {
		out[i] = items[i].e
	}
	return out
}

// laterOffset reports whether t counts forward from another event of the
// text — "three days later", "two hours later", "a day later" — which
// dates nothing of its own: its day is read from whatever date came
// before it, and the timeline already holds that event. (Counted back,
// "a day earlier" may date an event the story names no other way, and
// stays.)
func laterOffset(t *taggedTimex) bool {
	return len(t.Text) > 6 && hasSuffixFold(t.Text, " later")
}

// wholePart reports whether t is a part of a day that a preposition of
// extent spans — "lasted through the night", "ran riot throughout the
// night", "all morning": how long something went on, a duration, not
// the date of an event (the day it belongs to is dated elsewhere).
func wholePart(text string, t *taggedTimex) bool {
	if t.Type != TypeTime || t.v.part == "" || t.v.clock {
		return false
	}
	head := strings.TrimRight(text[max(0, t.pre-12):t.Start], " ") // the entry's own preposition, or the word before it
	switch {
	case hasPrefixFold(t.Text, "the "), hasPrefixFold(t.Text, "night"):
	case strings.Count(t.Text, " ") == 1 && hasSuffixFold(head, " the"):
		// "through the early morning hours": the article stands outside
		// a modified part that names no day
		head = head[:len(head)-len(" the")]
	default:
		return false
	}
	switch lowerKey(head[strings.LastIndexByte(head, ' ')+1:]) {
	case "through", "throughout", "all":
		return true
	}
	return false
}

// vagueClock reports whether t is a clock time that a degree adverb makes
// vague and that names no day: "well after midnight", "long before
// dawn". "shortly after midnight on Sunday" is a time of that day.
func vagueClock(text string, t *taggedTimex) bool {
	if t.Type != TypeTime || t.pre == t.Start || t.End-t.Start > 12 {
		return false
	}
	switch lowerKey(strings.TrimSpace(text[t.pre:t.Start])) {
	case "after", "before":
	default:
		return false
	}
	head := strings.TrimRight(text[max(0, t.pre-8):t.pre], " ")
	w := lowerKey(head[strings.LastIndexByte(head, ' ')+1:])
	return w == "well" || w == "long"
}

// glossedDate reports whether tags[i] is a date an editor glossed with
// another in brackets right after it: a quoted "yesterday (Friday)",
// "Today (Saturday)", "Today (yesterday)" — the speaker's day, which the
// bracket dates for the paper's reader. The bracket is the entry; the
// deictic, read from the paper's date, would date the event a day late.
func glossedDate(text string, tags []taggedTimex, i int) bool {
	if i+1 >= len(tags) {
		return false
	}
	t, g := &tags[i], &tags[i+1]
	if g.Start != t.End+2 || text[t.End:g.Start] != " (" || g.End >= len(text) || text[g.End] != ')' ||
		g.Type != TypeDate && g.Type != TypeTime || g.v.g == 0 {
		return false
	}
	w, _, _ := strings.Cut(t.Text, " ")
	for _, d := range speakerDays {
		if strings.EqualFold(w, d) {
			return true
		}
	}
	return false // "around 12.50 pm (0820 GMT)": a clock and its conversion
}

// speakerDays open the dates that count from the day they are said.
var speakerDays = [...]string{"today", "yesterday", "tomorrow", "tonight", "this", "last"}

// attributivePart reports whether t is a part of a day named only by
// "the morning", "the evening"… that modifies the noun after it ("shortly
// after the morning assembly", "the evening rush", "The afternoon strike
// follows…" at a sentence's start): no time of an event.
func attributivePart(text string, t *taggedTimex) bool {
	if t.Type != TypeTime || t.v.part == "" || t.v.clock || !hasPrefixFold(t.Text, "the ") || strings.Count(t.Text, " ") != 1 {
		return false
	}
	rest := text[t.End:min(len(text), t.End+24)]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	w, _ := nextWord(rest, 0)
	w = strings.TrimRight(w, ".,;:!?")
	if w == "" || w[0] < 'a' || w[0] > 'z' || len(w) > 14 {
		return false
	}
	return !partFollowers[w] && !finiteVerb(w) && !eventAuxiliaries[w]
}

// partFollowers are words after "the morning" that leave it a time: "the
// morning of 8 March", "the morning after", "the evening when…".
var partFollowers = map[string]bool{
	"of": true, "after": true, "before": true, "in": true, "on": true, "at": true, "to": true,
	"and": true, "but": true, "or": true, "when": true, "as": true, "that": true, "while": true,
	"until": true, "with": true, "for": true, "by": true, "from": true, "into": true, "then": true,
	"local": true, "time": true, "hours": true, "there": true, "here": true, "too": true,
}

// tlItem is a timeline entry with what sorting and merging need.
type tlItem struct {
	e     TimelineEntry
	v     timexVal
	tag   int // index of its expression among the tagged ones
	stems []stem
	// holiday says the mention is a holiday's name ("World Refugee Day").
	holiday bool
	// head says the mention's sentence is a line with no closing stop: a
	// headline, or the head of a live page's update.
	head bool
	// from and to bound the stretch the entry honestly names, to
	// exclusive, for ordering (see setSpan).
	from, to time.Time
}

// mergeKey is what two mentions must share to be one date: the value, and
// for an unresolved one its offset ("last month" and "next month" are both
// XXXX-XX without a publication date).
func (it *tlItem) mergeKey() string {
	if !it.v.rel {
		return it.e.Value
	}
	return it.e.Value + "@" + strconv.Itoa(it.v.off)
}

// isPlanned reports whether the entry lies after the publication date (see
// Timeline). Without one, a relative date ahead of the present or a
// future-tense clause makes it planned.
func isPlanned(t *taggedTimex, dct time.Time, hasDCT bool) bool {
	if hasPrefixFold(t.Text, "earlier ") {
		return false // "earlier this week": the part of the period before now, whatever the clause
	}
	if !hasDCT || t.v.y == 0 || t.v.rel {
		if t.v.rel && t.v.off != 0 {
			return t.v.off > 0
		}
		return t.future
	}
	s, e := t.v.start(), t.v.end()
	if s.After(dct) {
		return true
	}
	return t.future && e.After(dct)
}

// mergeWindow bounds how many earlier mentions of the same value a new
// one is compared with, which keeps merging linear on long texts.
const mergeWindow = 16

// mergeItems folds later mentions of the same date and event into the
// first mention. describe fills in an item's kind, event and stems; it is
// called on the items that are compared by event or kept, in text order.
func mergeItems(items []tlItem, describe func(*tlItem)) []tlItem {
	out := items[:0]
	type key struct {
		value string
		sent  int
	}
	bySentence := make(map[key]int, len(items))
	byValue := make(map[string][]int, len(items))
	for i := range items {
		it := &items[i]
		mk := it.mergeKey()
		k, found := bySentence[key{mk, it.e.SentenceStart}]
		if !found {
			describe(it)
			prev := byValue[mk]
			for _, p := range prev[max(0, len(prev)-mergeWindow):] {
				// "killed in another airstrike on Tuesday" is not the
				// Tuesday strike told before it, unless that said "another"
				// too (the same sentence again).
				if out[p].head != it.head {
					continue
				}
				if sameEvent(out[p].stems, it.stems) && (!anotherEvent(it.e.Event) || anotherEvent(out[p].e.Event)) &&
					!otherCounts(out[p].e.Event, it.e.Event) {
					k, found = p, true
					break
				}
			}
		}
		if found {
			planned := out[k].e.Planned || it.e.Planned
			if it.e.SentenceStart == out[k].e.SentenceStart && (namesItsDay(it.e.Text) && !namesItsDay(out[k].e.Text) ||
				out[k].holiday && !it.holiday) {
				// "Exactly two years ago, on 6 February 2023": the
				// mention that names the date stands for both. "The
				// world marked World Refugee Day ... on Friday": the
				// holiday is what was marked, the weekday when.
				describe(it) // merged by its sentence: not described yet
				out[k].e, out[k].stems = it.e, it.stems
			}
			out[k].e.Planned = planned
			continue
		}
		bySentence[key{mk, it.e.SentenceStart}] = len(out)
		byValue[mk] = append(byValue[mk], len(out))
		out = append(out, *it)
	}
	return out
}

// dropCoveredDays drops a day that a clock time of the same sentence
// already places ("at 4 a.m. on Wednesday" is one entry, the time), or a
// part of the day right beside it.
func dropCoveredDays(items []tlItem) []tlItem {
	out := items[:0]
	for i, it := range items {
		covered := false
		if it.v.g == GrainDay {
			for k := max(0, i-8); k < min(len(items), i+8); k++ {
				o := &items[k]
				if o.v.g == GrainTime && o.e.SentenceStart == it.e.SentenceStart &&
					strings.HasPrefix(o.e.Value, it.e.Value+"T") && (o.v.clock || near(o.e, it.e)) {
					covered = true
					break
				}
			}
		}
		if !covered {
			out = append(out, it)
		}
	}
	return out
}

// near reports whether two entries lie within a few words of each other:
// "in the morning, on Wednesday" is one time; "agreed on 3 February and
// held through the night" names two.
func near(a, b TimelineEntry) bool {
	return a.Start-b.End < 8 && b.Start-a.End < 8
}

// nextDate returns where the first date after end starts: the entry's own
// (at ds) or one of rest that is cut (kept); -1 when none follows.
func nextDate(rest []Span, kept func(Span) bool, ds, end int) int {
	next := -1
	if ds >= end {
		next = ds
	}
	for _, c := range rest {
		if c.Start >= end && kept(c) {
			if next < 0 || c.Start < next {
				next = c.Start
			}
			break
		}
	}
	return next
}

// dateConjunction reports whether gap, the text between two dates, only
// joins them: "and", "or", or a range's "to", "through", "until".
func dateConjunction(gap string) bool {
	switch w := strings.TrimSpace(gap); w {
	case "and", "or", "to", "into", "through", "until", "till":
		return len(w) < len(gap)
	}
	// "continued late Thursday and into Friday morning": the conjunction
	// and the next date's own preposition.
	w := strings.TrimSpace(gap)
	c, p, ok := strings.Cut(w, " ")
	return ok && len(w) < len(gap) && (c == "and" || c == "or") && p == "into"
}

// possessiveAt reports whether text has a possessive "'s" at i, before a
// space or the end.
func possessiveAt(text string, i int) bool {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(text[i:], p) && (len(text) == i+len(p) || text[i+len(p)] == ' ') {
			return true
		}
	}
	return false
}

// namesItsDay reports whether a date phrase writes its date in figures
// ("on 6 February 2023", "on April 15th") rather than counting to it
// ("exactly two years ago", "2 days later").
func namesItsDay(s string) bool {
	return strings.ContainsAny(s, "0123456789") && !strings.Contains(s, " ago") &&
		!strings.Contains(s, " later") && !strings.Contains(s, " earlier")
}

// sameEvent reports whether two events share at least half the content
// words of the shorter one and a quarter of the longer: a long clause
// that names the quake and its aftershocks in passing ("aircraft were
// sent … in the aftermath of a massive earthquake and its aftershocks")
// is not "the aftershocks continued", though it holds half its words.
func sameEvent(a, b []stem) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return 2*n >= min(len(a), len(b)) && 4*n >= max(len(a), len(b))
}

// otherCounts reports whether two events of one date each give counts in
// figures and share none: "14 civilians were also killed" (an official)
// and "40 civilians were killed and hundreds injured" (a volunteer group)
// are two reports of the day, not one said twice; a story that repeats its
// event repeats its count.
func otherCounts(a, b string) bool {
	if a == b || !strings.ContainsAny(a, "0123456789") || !strings.ContainsAny(b, "0123456789") {
		return false
	}
	for i := 0; i < len(a); {
		if !isDigit(a[i]) {
			i++
			continue
		}
		j := i
		for j < len(a) && (isDigit(a[j]) || a[j] == ',' && j+1 < len(a) && isDigit(a[j+1])) {
			j++
		}
		if containsNumber(b, a[i:j]) {
			return false
		}
		i = j
	}
	return true
}

// containsNumber reports whether s holds the figure n as a whole number.
func containsNumber(s, n string) bool {
	for from := 0; ; {
		k := strings.Index(s[from:], n)
		if k < 0 {
			return false
		}
		k += from
		if (k == 0 || !isDigit(s[k-1]) && s[k-1] != ',') && (k+len(n) == len(s) || !isDigit(s[k+len(n)])) {
			return true
		}
		from = k + 1
	}
}

// stem is the first five bytes of a lower-case word with their count,
// packed so that two stems are equal when their strings are.
type stem uint64

// stemOf packs the first five bytes of w.
func stemOf[T string | []byte](w T) stem {
	n := min(len(w), 5)
	v := stem(n) << 40
	for i := 0; i < n; i++ {
		v |= stem(w[i]) << (8 * i)
	}
	return v
}

// contentStems appends to dst the stem of each content word of s (its
// first five letters, lower-cased: a crude stem that makes "deploy" and
// "deployment" agree), at most 24.
func contentStems(dst []stem, s string) []stem {
	var buf [16]byte
	for i, n := 0, 0; i < len(s) && n < 24; {
		// ASCII bytes are looked up in the table directly: most text is.
		r, size := rune(s[i]), 1
		if r < utf8.RuneSelf {
			if !asciiAlnum[r] {
				i++
				continue
			}
		} else if r, size = utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += size
			continue
		}
		j, ascii := i+size, r < utf8.RuneSelf
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if !asciiAlnum[c] {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			ascii = false
			j += size
		}
		if ascii && j-i <= len(buf) {
			// Lower-cased in place: the stop words are no longer than
			// buf, and a lookup of string(buf[:k]) does not allocate.
			k := copy(buf[:], s[i:j])
			for p := range k {
				if 'A' <= buf[p] && buf[p] <= 'Z' {
					buf[p] += 'a' - 'A'
				}
			}
			i = j
			if k < 3 || eventStopwords[string(buf[:k])] {
				continue
			}
			dst = append(dst, stemOf(buf[:k]))
			n++
			continue
		}
		w := lowerKey(s[i:j])
		i = j
		if len(w) < 3 || eventStopwords[w] {
			continue
		}
		dst = append(dst, stemOf(w))
		n++
	}
	return dst
}

// isWordRune reports whether r is a letter or a digit, reading ASCII from
// a table.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiAlnum holds the ASCII letters and digits.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

var eventStopwords = map[string]bool{
	"the": true, "and": true, "for": true, "with": true, "that": true, "this": true, "from": true,
	"were": true, "was": true, "has": true, "have": true, "had": true, "been": true, "will": true,
	"would": true, "are": true, "its": true, "their": true, "his": true, "her": true, "they": true,
	"who": true, "which": true, "said": true, "says": true, "also": true, "more": true, "than": true,
	"into": true, "after": true, "before": true, "over": true, "about": true, "some": true,
	"other": true, "not": true, "but": true, "all": true, "one": true, "out": true, "only": true,
}

// otherDates appends to out the spans, preposition included, of the
// other calendar dates of the sentence of tags[i], in text order.
func otherDates(out []Span, tags []taggedTimex, i int) []Span {
	for k := max(0, i-8); k < min(len(tags), i+9); k++ {
		o := &tags[k]
		if k == i || o.sent != tags[i].sent || o.v.g == 0 || o.base || (o.Type != TypeDate && o.Type != TypeTime) {
			continue
		}
		out = append(out, Span{o.pre, o.End})
	}
	return out
}

// withoutSpans returns text[ws:we] with the spans cut out that lie
// inside it and outside [ds, de), and ds, de moved to match. A span that
// ends in a possessive ("this week's earthquake", "Friday's deadline")
// stays: it names the time of the noun after it, whose phrase would be
// left as "missing 's earthquake". A conjunction that joins a span cut
// to another date goes with it: "seized power in 2014 and early 2015" is
// "seized power in 2014" for the 2014 entry, not "seized power and".
func withoutSpans(text string, ws, we int, cut []Span, ds, de int) (string, int, int) {
	var b strings.Builder
	nds, nde, last := ds-ws, de-ws, ws
	kept := func(c Span) bool { // whether c is cut, as the loop below decides
		return c.End <= we && !(c.Start < de && ds < c.End) && !possessiveAt(text, c.End)
	}
	for k, c := range cut {
		if c.Start < last || !kept(c) {
			continue // a possessive date stays: "from Saturday's election" needs it
		}
		// The date before c ends at the entry's own or where the last cut
		// ended; the one after starts at the own or at the next cut.
		prev := -1
		if de <= c.Start {
			prev = de
		}
		if last > ws && last <= c.Start {
			prev = max(prev, last)
		}
		if prev >= 0 && dateConjunction(text[prev:c.Start]) {
			c.Start = prev // "in 2014 | and early 2015"
		} else if next := nextDate(cut[k+1:], kept, ds, c.End); next >= 0 && dateConjunction(text[c.End:next]) {
			c.End = next // "early 2015 and | in 2014"
		}
		// "a session for 9 January" loses "for" with the date.
		if p := strings.TrimRight(text[last:c.Start], " "); len(p) < c.Start-last {
			if i := strings.LastIndexByte(p, ' ') + 1; danglingPrepositions[lowerKey(p[i:])] {
				c.Start = last + i
			}
		}
		end := c.End
		if end < we && text[end] == ' ' && c.Start > last && text[c.Start-1] == ' ' {
			end++ // "arrived | on Monday | and left": one space stays
		}
		if b.Cap() == 0 {
			b.Grow(we - ws)
		}
		b.WriteString(text[last:c.Start])
		if end <= ds {
			nds -= end - c.Start
			nde -= end - c.Start
		}
		last = end
	}
	if last == ws {
		return text[ws:we], nds, nde
	}
	b.WriteString(text[last:we])
	return b.String(), nds, nde
}

// eventOf returns the event of the clause holding t, trimmed to what
// happened: the date phrase, the sentence's other dates (others),
// linking words and, unless the entry dates a report, attributions are
// dropped. The event is the whole clause: a reader and a script get the
// same words, and a panel fits them to its rows.
func eventOf(text string, t *taggedTimex, others []Span, kind EntryKind) string {
	// Look at most eventWindow bytes either side of the date, so that a
	// text without sentence breaks stays linear.
	ws, we := max(t.sent.Start, t.pre-eventWindow), min(t.sent.End, t.End+eventWindow)
	if ws > t.sent.Start && !isSpace(text[ws-1]) {
		// The window starts inside a word ("…slowl|y along the road"):
		// it starts at the next one.
		for ws < t.pre && !isSpace(text[ws]) {
			ws++
		}
	}
	cutStart := ws > t.sent.Start
	for we < t.sent.End && !utf8.RuneStart(text[we]) {
		we++
	}
	cut := withAsides(text, ws, we, t.pre, t.End, others)
	if rel, at := closedRelative(text, ws, t.pre, others); rel >= 0 {
		cut = withSpan(others, Span{rel, at}) // the relative and its own date
	}
	sent, ds, de := withoutSpans(text, ws, we, cut, t.pre, t.End)
	segs := clauseSegments(sent)
	idx := 0
	for k, s := range segs {
		if ds >= s.Start && ds < s.End {
			idx = k
			break
		}
	}
	seg := segs[idx]
	if cut := subordinateTail(text, t, others); cut >= 0 {
		// "withdrew on Sunday after seizing the airport in August": the
		// clause after "after" is the August entry's, not this one's.
		if c := cut - t.pre + ds; c > de && c < seg.End {
			seg.End = c
		}
	}
	if c := coordinateStart(text, t, others); c >= 0 {
		// "Troops withdrew on Monday and the rebels entered the town on
		// Tuesday": Tuesday's clause starts after "and".
		if c := ds - (t.pre - c); c > seg.Start && c < ds {
			seg.Start = c
		}
	}
	before := sent[seg.Start:max(seg.Start, min(ds, seg.End))]
	if t.pre != t.Start || !possessiveAt(text, t.End) {
		// A possessive date with no preposition of its own is a
		// determiner: the word before it is its noun's ("went to |
		// Friday's victims", "an end to | last year's war"), not a lead.
		before = dropDateLead(before, text[t.pre:t.End])
	}
	after := ownPossessive(sent[min(max(de, seg.Start), seg.End):seg.End], text[t.pre:t.Start])
	after = trimAfterDate(after, sent, segs, idx)
	body := cleanEvent(joinSpaced(strings.TrimSpace(before), strings.TrimSpace(after)))
	if subj := dateSubject(text, t, before, after); subj != "" {
		// "2024 was the deadliest year on record", "Today marks the
		// handover": the date is the subject, and the event keeps it.
		body = subj
	} else if inf := nounInfinitive(before, after); inf != "" {
		// "handed over its base as part of an agreement to withdraw its
		// forces by the end of January": the date is the withdrawal's.
		body = inf
	} else if rel := subjectParticiple(before, after); rel != "" {
		// "The schoolchildren abducted … earlier this month have been
		// freed": the date is the abduction's.
		body = rel
	}
	ownSegment := body == "" // "On Monday, talks resumed.": the date modifies the main verb
	if ownSegment {
		body, idx = dateSegmentEvent(sent, segs, idx)
	} else if strings.TrimSpace(after) == "" && endsComplementizer(before) {
		// "residents said that on the evening of Sept. 21, about 40 men
		// … opened fire": the date opens the reported clause, which is
		// its event, not "Residents said that".
		if c, k := complementClause(sent, segs, idx); c != "" {
			body, idx, ownSegment = c, k, true
		}
	}
	if subj := coordinatedSubject(sent, segs, idx, body); subj != "" {
		body = subj + ", " + body // "An assessment by the World Bank, the UN and the EU put"
	}
	whole := body
	body = afterSubordinator(body, before, sent, segs, idx)
	if body == whole {
		body = participleClause(body, sent, segs, idx) // "…, having retaken the town in March,"
	}
	// "which Israel had shut after the attack in May": the date names the
	// attack, which needs no subject.
	nominal := body != whole && startsDeterminer(body) && !clauseHasVerb(body)
	if kind == KindReport {
		body = dropReportThat(body) // the report says who said it
	} else if !ownSegment {
		body = stripAttribution(body)
	}
	// "Troops arrived": a subject and its verb need nothing more.
	nominal = nominal || subjectAndVerb(body)
	if first := firstWord(body); eventRelatives[first] || eventAuxiliaries[first] || eventWordCount(body) < 3 && body != "" && !nominal {
		// "Powell, who arrived Thursday night": the subject is in the
		// segment before.
		if subj := subjectBefore(sent, segs, idx, eventRelatives[first]); subj != "" {
			if eventRelatives[first] {
				body = strings.TrimSpace(body[len(first):])
			}
			if saidWhat(body, subj) {
				body += " " + lowerOpening(subj) // "…, mediators said on Tuesday": what they said
			} else {
				body = subj + " " + body
			}
		}
	}
	if eventPrepositions[firstWord(body)] && idx > 0 && !clauseHasVerb(body) {
		// "..., in neighbouring Zamfara State": an adjunct of the clause
		// that opens the sentence.
		if head := stripLeadingAttribution(cleanEvent(sent[segs[0].Start:segs[0].End])); eventWordCount(head) >= 3 && !isAttribution(head) {
			body = head + " " + body
		}
	}
	if isAttribution(body) || eventWordCount(body) < 3 && !nominal {
		other := ""
		for k := range segs {
			if k == idx {
				continue
			}
			c := cleanEvent(sent[segs[k].Start:segs[k].End])
			if eventWordCount(c) >= 3 && !isAttribution(c) && !strings.EqualFold(firstWord(c), "according") {
				other = c
				if k > idx || eventWordCount(body) >= 3 {
					break
				}
			}
		}
		switch {
		case other == "":
		case eventWordCount(body) < 3:
			body = other
		default:
			body = body + ": " + other
		}
	}
	body = completeClause(body, sent, segs, idx)
	body = dropAdjunctPreposition(body)
	phrase := collapseSpace(text[t.pre:t.End])
	bound := phrase
	if possessiveAt(text, t.End) {
		bound += text[t.End : t.End+strings.IndexByte(text[t.End:], 's')+1] // "since Tuesday’s airstrike"
	}
	if b := boundaryEvent(body, before, bound); b != "" {
		body = b
	} else if b := appositiveParticiple(body, phrase); b != "" {
		body = b
	} else if b := scheduledObject(sent[seg.Start:max(seg.Start, min(ds, seg.End))], after); b != "" {
		body = b // "called a session for 9 January to elect a president"
	}
	var event string
	if cutStart && opensWindow(body, sent) {
		// The window cut a run-on sentence before the event's clause:
		// the event opens where the window does, marked.
		event = closeQuotation("…" + strings.TrimLeft(body, " "))
	} else {
		event = namedAntecedent(closeQuotation(capitaliseEvent(body)), text, t)
	}
	if k := strings.LastIndexByte(event, ' '); k > 0 && we < t.sent.End && lastWordOf(event) == lastWordOf(strings.TrimRight(sent, " ")) {
		// The window cut a run-on sentence inside the event's clause,
		// perhaps inside a word: the event ends at the word before, marked.
		event = strings.TrimRight(event[:k], " ,;:") + "…"
	}
	return shortenEvent(event, maxEventLen)
}

// opensWindow reports whether body, an event, starts with the first word
// of sent, its window, or with the word after the linking words that
// open it ("and the trucks stood" is "the trucks stood").
func opensWindow(body, sent string) bool {
	first := firstWord(body)
	for w, i := nextWord(sent, 0); w != ""; w, i = nextWord(sent, i) {
		if lw := lowerKey(w); lw == first {
			return true
		} else if !linkingWords[lw] {
			return false
		}
	}
	return false
}

// closeQuotation balances the quotation marks of an event: it closes a
// quotation the event opens and its cut ends (the closing mark stood
// before the comma the clause ends at: `announced a ceasefire "to speed up
// relief",`), and opens the quotation of a speaker who follows it, whose
// opening mark the event's start left out (`There is no peace to keep,"
// it said`, where the mark opened the sentence), so that no event shows a
// quotation left open or a quoted sentence without its opening mark.
func closeQuotation(s string) string {
	if strings.Count(s, `"`)%2 == 1 {
		if i := strings.LastIndexByte(s, '"'); (i == 0 || s[i-1] == ' ') && i < len(s)-1 {
			return s + `"`
		}
		if i := strings.IndexByte(s, '"'); i > 0 && quoteEndsAt(s, i) {
			return `"` + s
		}
	}
	if open, closed := strings.Count(s, "“"), strings.Count(s, "”"); open > closed && !strings.HasSuffix(s, "“") {
		return s + "”"
	} else if i := strings.Index(s, "”"); closed > open && i > 0 && quoteEndsAt(s, i) && open == 0 {
		return "“" + s
	}
	return s
}

// quoteEndsAt reports whether the closing mark at s[i] ends a quoted
// sentence that a speaker follows: a comma, stop, question or exclamation
// mark before it (`…to keep," it said`).
func quoteEndsAt(s string, i int) bool {
	switch s[i-1] {
	case ',', '.', '?', '!':
		return true
	}
	return false
}

// subjectAndVerb reports whether s is two words, a subject and a past
// verb: "Troops arrived", "Rebels withdrew".
func subjectAndVerb(s string) bool {
	subj, verb, ok := strings.Cut(s, " ")
	if !ok || subj == "" || strings.IndexByte(verb, ' ') >= 0 || eventRelatives[lowerKey(subj)] || eventAuxiliaries[lowerKey(subj)] {
		return false
	}
	return !eventReportingVerbs[verb] && (finiteVerb(verb) || irregularPastForms[verb]) && !isUpperStart(verb)
}

// joinSpaced joins a and b with a space, without a copy when one is empty
// (cleanEvent drops the space at an end).
func joinSpaced(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " " + b
}

// eventPrepositions open an adjunct rather than a clause.
var eventPrepositions = map[string]bool{
	"in": true, "at": true, "on": true, "to": true, "for": true, "under": true, "with": true,
	"near": true, "from": true, "into": true, "across": true,
}

// eventRelatives open a relative clause whose subject precedes it.
var eventRelatives = map[string]bool{"who": true, "which": true}

// eventAuxiliaries open a predicate whose subject precedes it.
var eventAuxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"should": true, "did": true, "does": true,
}

// firstWord returns the first word of s in lower case.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return lowerKey(s[:i])
	}
	return lowerKey(s)
}

// subjectBefore returns the subject of segment idx from the segments
// before it, or "". A relative clause ("who arrived ...") takes the name
// that ends the segment before it; a bare predicate ("is meant to ...")
// takes the nearest earlier segment that reads as a noun phrase, skipping
// relative clauses, participles, ages and linking adverbs.
func subjectBefore(sent string, segs []Span, idx int, relative bool) string {
	if relative && idx > 0 {
		prev := cleanEvent(sent[segs[idx-1].Start:segs[idx-1].End])
		if name := trailingName(prev); name != "" {
			return name
		}
		if ante := relativeAntecedent(prev); ante != "" && ante != prepositionObject(prev) {
			return ante // "…, after the worst floods in living memory, which swept …"
		}
		if first := firstWord(prev); clauseHasVerb(prev) && !isParticiple(first) && !gerund(first) {
			// "… is built on Resolution 1701, which ended the war": a
			// relative after a clause tells of that clause's last noun
			// phrase, never of the sentence's subject; when that phrase is
			// not sure, completeClause writes the clause and its relative.
			return clauseObject(prev)
		}
	}
	if idx > 0 {
		// The sentence's own subject, when its first segment is one; for
		// a relative after a first segment that is a clause, the phrase
		// that ends it ("said that 42 people, including students, who
		// were abducted").
		c := cleanEvent(sent[segs[0].Start:segs[0].End])
		if relative && clauseHasVerb(c) {
			if prev := cleanEvent(sent[segs[idx-1].Start:segs[idx-1].End]); idx > 1 && (prepositionObject(prev) != "" || clauseObject(prev) != "") {
				return "" // "…, many of them from Anbar province, which": the phrase before (completeClause)
			}
			return clauseObject(c)
		}
		if n := eventWordCount(c); n >= 1 && n <= 12 && !isAttribution(c) && startsNounPhrase(c) {
			return c
		}
	}
	for k := idx - 1; k >= 0 && k >= idx-3; k-- {
		c := cleanEvent(sent[segs[k].Start:segs[k].End])
		first := firstWord(c)
		n := eventWordCount(c)
		if eventRelatives[first] || strings.HasSuffix(first, "ed") || n <= 1 && !startsNounPhrase(c) ||
			first != "" && first[0] >= '0' && first[0] <= '9' {
			continue // a relative clause, a participle, an age, an adverb
		}
		if n <= 12 && !isAttribution(c) && startsNounPhrase(c) {
			return c
		}
		return ""
	}
	return ""
}

// startsNounPhrase reports whether s begins like a subject: a capitalised
// word or a determiner.
func startsNounPhrase(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return !lowerIn(eventPrepositions, leadingWord(s)) || hasPrefixFold(s, "at least ") // "At talks in Jeddah" is an adjunct
	}
	switch firstWord(s) {
	case "the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "some":
		return true
	}
	return false
}

// trailingName returns the run of capitalised words (with "of", "the",
// "al", "bin", "de" inside) that ends s: the antecedent of "who".
func trailingName(s string) string {
	f := strings.Fields(s)
	k := len(f)
	for k > 0 {
		w := f[k-1]
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			k--
			continue
		}
		switch w {
		case "of", "the", "al", "bin", "de", "el":
			if k >= 2 {
				r2, _ := utf8.DecodeRuneInString(f[k-2])
				if unicode.IsUpper(r2) {
					k--
					continue
				}
			}
		}
		break
	}
	if k == len(f) {
		return ""
	}
	if k > 0 && f[k-1] == "the" {
		k-- // "the United States" keeps its article
	}
	return strings.Join(f[k:], " ")
}

// stripLeadingAttribution drops "Officials said (that)" before a clause
// that can stand alone.
func stripLeadingAttribution(s string) string {
	if !hasReportingVerb(s, 9) {
		return s // spares the split of a clause no one is said to say
	}
	// The words of s as strings.Fields splits them, read one at a time.
	i := 0
	for k := 0; k <= 8; k++ {
		ws, we := nextField(s, i)
		if ws == we {
			return s
		}
		i = we
		if !lowerIn(eventReportingVerbs, s[ws:we]) {
			continue
		}
		v := lowerKey(s[ws:we])
		if v == "reporters" {
			continue
		}
		if v == "told" {
			if _, e := nextField(s, i); e > i {
				i = e
			}
		}
		i = afterSource(s, i) // "said in a statement that"
		if rs, re := nextField(s, i); rs < re && strings.EqualFold(s[rs:re], "that") {
			i = re
		} else if v != "said" && v != "says" && v != "told" {
			return s // "the government announced a package": the event itself
		}
		rest := strings.Fields(s[i:])
		if len(rest) >= 3 {
			return strings.Join(rest, " ")
		}
		return s
	}
	return s
}

// afterSource returns where the words after a verb of saying at i go on
// past the source it names before its "that": "said in a statement that",
// "said in a report on Monday that", "said on its website that"; i when
// no such phrase and "that" follow within five words.
func afterSource(s string, i int) int {
	ws, we := nextField(s, i)
	if ws == we || !strings.EqualFold(s[ws:we], "in") && !strings.EqualFold(s[ws:we], "on") {
		return i
	}
	for k, j := 0, we; k < 5; k++ {
		rs, re := nextField(s, j)
		if rs == re || strings.ContainsAny(s[rs:re], ",;:") {
			return i
		}
		if strings.EqualFold(s[rs:re], "that") {
			return j
		}
		j = re
	}
	return i
}

// hasReportingVerb reports whether one of the first n words of s is a
// lower-case verb of saying.
func hasReportingVerb(s string, n int) bool {
	for w, i := nextWord(s, 0); w != "" && n > 0; w, i = nextWord(s, i) {
		w = strings.TrimRight(w, ",;:")
		if len(w) > 16 {
			continue
		}
		var buf [16]byte
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		if eventReportingVerbs[string(buf[:len(w)])] {
			return true
		}
		n--
	}
	return false
}

// dropReportThat drops the "that" after a verb of saying near the start
// of s: "Officials said that 70 people had died" reads "Officials said 70
// people had died".
func dropReportThat(s string) string {
	if !strings.Contains(s, " that ") {
		return s
	}
	f := strings.Fields(s)
	for k := 0; k+1 < len(f) && k <= 8; k++ {
		if eventReportingVerbs[lowerKey(f[k])] && strings.EqualFold(f[k+1], "that") {
			return strings.Join(append(f[:k+1:k+1], f[k+2:]...), " ")
		}
	}
	return s
}

// clauseSegments splits a sentence at commas, semicolons, colons, dashes
// and brackets (but not at the comma of "2,900" nor at one of a list of
// nouns: listComma).
func clauseSegments(s string) []Span {
	// The marks are ASCII but for the dashes, "—" and "–" (E2 80 94 and
	// E2 80 93): a byte scan finds each where a rune scan would, since
	// neither 0xE2 nor an ASCII byte continues a rune. The spans gather
	// on the stack and are copied once.
	var buf [32]Span
	out := buf[:0]
	start := 0
	for i := 0; i < len(s); i++ {
		if !segmentMark[s[i]] {
			continue
		}
		if k := segmentBreak(s, i); k > 0 {
			if s[i] == ',' && listComma(s, start, i) {
				continue // "the roads, bridges and schools"
			}
			out = append(out, Span{start, i})
			start = i + k
			i += k - 1
		}
	}
	out = append(out, Span{start, len(s)})
	return append([]Span(nil), out...)
}

// segmentBreak returns the length of the clause break at s[i] (a comma or
// colon before white space or the end, a semicolon, a bracket, an em or
// en dash), 0 when there is none.
func segmentBreak(s string, i int) int {
	switch s[i] {
	case ';', '(', ')':
		return 1
	case ',', ':':
		if i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n' {
			return 1
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x94 || s[i+2] == 0x93) {
			return 3
		}
	}
	return 0
}

// segmentMark holds the bytes that may open a clause break.
var segmentMark = [256]bool{';': true, '(': true, ')': true, ',': true, ':': true, 0xE2: true}

// eventSubordinators open a clause inside a segment: the event after "since the
// mission began in June" is "the mission began".
var eventSubordinators = map[string]bool{
	"since": true, "when": true, "after": true, "because": true, "while": true, "where": true,
	"until": true, "once": true, "before": true,
}

// afterSubordinator keeps the part of body after the last subordinator that
// precedes the date (before is the text of the segment before the date),
// when that part still has a subject and a verb.
//
// A subordinator before an -ing form ("since retaking it") opens a clause
// without a subject: it takes the subject of the clause it hangs off, and
// "it" the antecedent of that clause's relative (see gerundClause); sent,
// segs and idx give the segments before the date's.
func afterSubordinator(body, before, sent string, segs []Span, idx int) string {
	// Walk the words of before from the end, counting them.
	end, seen := len(before), 0
	for end > 0 {
		for end > 0 && before[end-1] == ' ' {
			end--
		}
		start := strings.LastIndexByte(before[:end], ' ') + 1
		// "Since taking office in 2021, the president", "When the rebels
		// entered Goma in January, …": a subordinate clause may open the
		// segment.
		opening := start == 0 && seen >= 2 && (eventSubordinators[lowerKey(before[:end])] ||
			ingSubordinator(lowerKey(before[:end])) && gerund(firstWord(strings.TrimSpace(before[end:]))))
		if start == 0 && !opening || end == 0 {
			break
		}
		if w := lowerKey(before[start:end]); seen >= 2 && (eventSubordinators[w] || clauseRelatives[w] || w == "and" || w == "but" ||
			ingSubordinator(w) && gerund(firstWord(strings.TrimSpace(before[end:])))) {
			rest := strings.TrimSpace(before[end:])
			// "since retaking it" has no subject: an earlier boundary may
			// ("that the army had used as a base since retaking it").
			if gerund(firstWord(rest)) && !isUpperStart(rest) && ingSubordinator(w) {
				if i := strings.Index(body, rest); i >= 0 {
					prev, head := "", ""
					if idx > 0 {
						prev = cleanEvent(sent[segs[idx-1].Start:segs[idx-1].End])
						head = cleanEvent(sent[segs[0].Start:segs[0].End])
					} else if len(segs) > 1 {
						// "Since taking office in 2021, the president has".
						head = cleanEvent(sent[segs[1].Start:segs[1].End])
					}
					if c := gerundClause(w, body[i:], before[:start], prev, head); c != "" {
						return c
					}
				}
			}
			if (w == "and" || w == "but") && secondPredicate(w, rest) {
				// "were flown to Gusau … and will be reunited with their
				// families this week": the second predicate's subject.
				if subj := leadingSubject(stripLeadingAttribution(before[:start])); subj != "" {
					if i := strings.Index(body, rest); i >= 0 {
						return subj + " " + strings.TrimSpace(body[i:])
					}
				}
			}
			if clauseRelatives[w] && w != "where" && subjectRelative(rest) && !quotesOrReports(rest) {
				// "the earthquake that struck the centre a week ago":
				// the relative's antecedent did what its verb says.
				if ante := objectAntecedent(before[:start]); ante != "" {
					if i := strings.Index(body, rest); i >= 0 {
						clause := strings.TrimSpace(body[i:])
						if v := firstWord(strings.TrimSpace(body[i+len(rest):])); finiteVerb(v) || eventAuxiliaries[v] {
							// "The strike that hit the market on Tuesday
							// killed nine": the main verb follows the date.
							clause = rest
						}
						return ante + " " + clause
					}
				}
			}
			if gerund(firstWord(rest)) || w == "that" && !startsDeterminer(rest) || w != "that" && !eventSubordinators[w] {
				seen++
				end = start
				continue
			}
			if i := strings.Index(body, rest); i >= 0 && rest != "" {
				if w == "that" {
					// "the framework that the Council endorsed": the
					// Council endorsed the framework.
					return fillObjectGap(strings.TrimSpace(body[i:]), objectAntecedent(before[:start]))
				}
				if closedBeforeMainVerb(rest, body[i+len(rest):]) {
					return rest // "The number killed when the gang stormed the town last week has risen"
				}
				return strings.TrimSpace(body[i:])
			}
		}
		seen++
		end = start
	}
	return body
}

// closedRelative finds, before the date at pre, a relative clause that
// ends with a date of its own right before the main verb: "The toll from a
// quake that struck Turkey 24 hours earlier continued to rise on Tuesday".
// It returns where the relative pronoun starts and where its date ends, or
// -1: the date at pre belongs to the main clause, without the relative.
func closedRelative(text string, ws, pre int, others []Span) (int, int) {
	k := sort.Search(len(others), func(k int) bool { return others[k].Start >= pre })
	for k--; k >= 0; k-- {
		c := others[k]
		if c.End > pre {
			continue
		}
		if c.Start < ws {
			break
		}
		w, _ := nextWord(text[:pre], c.End)
		lw := lowerKey(w)
		if w == "" || isUpperStart(w) || !finiteVerb(lw) || eventReportingVerbs[lw] || eventAuxiliaries[lw] {
			continue
		}
		head := text[ws:c.Start]
		if strings.ContainsAny(head, ",;") {
			return -1, -1
		}
		for _, r := range []string{" that ", " which "} {
			if i := strings.LastIndex(head, r); i > 0 && subjectRelative(strings.TrimSpace(head[i+len(r):])) {
				return ws + i + 1, c.End
			}
		}
		return -1, -1
	}
	return -1, -1
}

// withSpan returns spans, in order, with sp in place of those it covers.
func withSpan(spans []Span, sp Span) []Span {
	out := make([]Span, 0, len(spans)+1)
	for _, c := range spans {
		if c.End <= sp.Start {
			out = append(out, c)
		}
	}
	out = append(out, sp)
	for _, c := range spans {
		if c.Start >= sp.End {
			out = append(out, c)
		}
	}
	return out
}

// ingSubordinator reports whether w opens an -ing clause: a subordinator
// ("after seizing the airport") or a preposition that takes one ("by
// seizing the bridge", "on reaching the border").
func ingSubordinator(w string) bool {
	switch w {
	case "by", "on", "upon", "without", "despite":
		return true
	}
	return eventSubordinators[w]
}

// subjectRelative reports whether rest, the words after a relative
// pronoun, opens with its verb: "that struck the centre", "who had shot
// the envoy" (the antecedent is the subject), not "that the army used".
func subjectRelative(rest string) bool {
	w := firstWord(rest)
	return !eventReportingVerbs[w] && (eventAuxiliaries[w] || finiteVerb(w) && !isUpperStart(rest))
}

// quotesOrReports reports whether s holds a quotation mark or a verb of
// saying: a relative clause that runs into the report of a quote ("…
// who are requesting help," said the spokeswoman on Tuesday) does not
// end at the date.
func quotesOrReports(s string) bool {
	if strings.ContainsAny(s, "\"“”") {
		return true
	}
	for w, i := nextWord(s, 0); w != ""; w, i = nextWord(s, i) {
		if eventReportingVerbs[lowerKey(strings.Trim(w, ".,;:"))] {
			return true
		}
	}
	return false
}

// eventReportingVerbs end an attribution clause ("President Ruto announced").
var eventReportingVerbs = map[string]bool{
	"said": true, "says": true, "announced": true, "told": true, "added": true, "noted": true,
	"stated": true, "reported": true, "confirmed": true, "warned": true, "reporters": true,
	"tweeted": true, "wrote": true, "claimed": true, "insisted": true, "explained": true,
}

// ReportingVerb reports whether w (any case) is a verb of saying that
// closes an attribution: "said", "told", "warned", "tweeted".
func ReportingVerb(w string) bool { return eventReportingVerbs[lowerKey(w)] }

// isAttribution reports whether s only says who said something.
func isAttribution(s string) bool {
	first := firstWord(s)
	if first == "" {
		return false
	}
	if first == "according" || first == "saying" {
		return true
	}
	last := s[strings.LastIndexByte(s, ' ')+1:]
	return eventWordCount(s) <= 8 && eventReportingVerbs[lowerKey(trimSet(last, ".,;:!?\"'”’"))]
}

// cleanEvent collapses white space and control characters, removes
// zero-width and bidirectional format characters, and drops linking words
// at the start and punctuation at the ends.
func cleanEvent(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if hasFormatChar(s) {
		s = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1 // zero-width and bidi controls
			}
			return r
		}, s)
	}
	s = collapseSpace(s)
	for s != "" {
		first, _, _ := strings.Cut(s, " ")
		if !isLinkingWord(strings.TrimRight(first, ",")) {
			break
		}
		s = strings.TrimSpace(s[len(first):])
	}
	return trimSet(s, " ,;:.-—–\"'“”‘’")
}

// hasFormatChar reports whether s holds a format character (Unicode Cf:
// zero-width and bidirectional controls), none of which is ASCII.
func hasFormatChar(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Cf, r) {
			return true
		}
		i += n
	}
	return false
}

// isLinkingWord reports whether w, in any case, is a word that links an
// event to the one before it ("and", "however", "meanwhile").
func isLinkingWord(w string) bool { return lowerIn(linkingWords, w) }

var linkingWords = map[string]bool{"and": true, "but": true, "however": true, "additionally": true,
	"meanwhile": true, "then": true, "so": true, "also": true, "yet": true}

// collapseSpace turns every run of white space and control characters into
// one space and trims the ends, allocating only when something inside
// changes.
func collapseSpace(s string) string {
	// One pass: the first and last rune that is no separator, and whether
	// every run of separators between them is a single space.
	from, to := -1, 0
	seps, onlySpace := 0, true
	for i := 0; i < len(s); {
		if c := s[i]; c > ' ' && c < 0x7f {
			// A run of printable ASCII, word or punctuation, at once.
			if from < 0 {
				from = i
			} else if seps > 1 || seps == 1 && !onlySpace {
				return joinFields(s)
			}
			seps, onlySpace = 0, true
			for i++; i < len(s) && s[i] > ' ' && s[i] < 0x7f; i++ {
			}
			to = i
			continue
		}
		// ASCII white space and control characters are the bytes up to
		// the space, and DEL.
		c, n := s[i], 1
		sep, space := c <= ' ' || c == 0x7f, c == ' '
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			sep, space = isSeparator(r), false
		}
		if sep {
			seps++
			onlySpace = onlySpace && space
			i += n
			continue
		}
		if from < 0 {
			from = i
		} else if seps > 1 || seps == 1 && !onlySpace {
			return joinFields(s)
		}
		seps, onlySpace = 0, true
		i += n
		to = i
	}
	if from < 0 {
		return ""
	}
	return s[from:to]
}

// isSeparator reports whether r is white space or a control character.
func isSeparator(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// joinFields joins the runs of s between separators with single spaces.
func joinFields(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	in := false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if isSeparator(r) {
			in = false
		} else {
			if !in && b.Len() > 0 {
				b.WriteByte(' ')
			}
			in = true
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// dropTrailingPreposition removes a preposition left dangling before the
// removed date ("net income for | the third quarter").
func dropTrailingPreposition(s string) string {
	t := strings.TrimRight(s, " ")
	i := strings.LastIndexByte(t, ' ')
	switch p := lowerKey(t[i+1:]); p {
	case "for", "in", "on", "at", "since", "during", "of", "from", "by", "until", "till", "to", "into", "between",
		"within", "throughout", "over", "before", "after", "about", "around", "approximately",
		"nearly", "almost":
		if i > 0 && verbParticle(lowerKey(lastWordOf(t[:i])), p) {
			return s // "was sworn in | on Monday", "to be handed over | this Saturday"
		}
		return dropTrailingAdverb(t[:i+1])
	}
	return dropTrailingAdverb(s)
}

// verbParticle reports whether p after verb is the verb's particle, not
// the preposition of the date after it: "sworn in", "handed over", "took
// over".
func verbParticle(verb, p string) bool {
	switch p {
	case "over":
		switch strings.TrimSuffix(strings.TrimSuffix(verb, "s"), "ed") {
		case "hand", "handing", "turn", "turning", "take", "took", "taken", "taking", "handover", "pass", "passing", "sign", "signing", "cross", "crossing":
			return true
		}
	case "in":
		switch verb {
		case "sworn", "swore", "swear", "swears", "swearing":
			return true
		}
	}
	return false
}

// dropTrailingAdverb removes an adverb that only measured the removed
// date ("took effect only | at 11:15", "shortly | after the assembly").
func dropTrailingAdverb(s string) string {
	t := strings.TrimRight(s, " ")
	i := strings.LastIndexByte(t, ' ')
	switch lowerKey(t[i+1:]) {
	case "only", "just", "shortly", "soon", "even", "exactly", "precisely":
		if i > 0 {
			return t[:i+1]
		}
	}
	return s
}

// ownPossessive returns after, the text after an entry's own date,
// without the date's "'s" ("Friday's attack" is the attack). The
// preposition before the date (pre, "after" of "came after Sunday's
// strike") is the noun's, not the date's: it stays, with "the" for the
// date, so that "came after Sunday's strike" reads "came after the
// strike" and not "came strike"; with no preposition the noun takes
// "the" too ("Sunday's attack killed 12": the attack).
func ownPossessive(after, pre string) string {
	a := dropPossessive(after)
	if len(a) == len(after) {
		return after
	}
	if p := strings.TrimSpace(pre); p != "" && strings.IndexByte(p, ' ') < 0 && p[0] >= 'a' && p[0] <= 'z' && !boundaryPrepositions[p] {
		return p + " the " + a
	} else if p == "" {
		return "the " + a // "Sunday's attack killed 12" is the attack
	}
	return a
}

// boundaryPrepositions keep their date in the event ("have fled since
// Tuesday's airstrike": boundaryEvent), so ownPossessive leaves them out.
var boundaryPrepositions = map[string]bool{"since": true, "until": true, "till": true}

// dropPossessive removes the "'s" of a date ("Friday's attack").
func dropPossessive(s string) string {
	for _, p := range []string{"'s ", "’s ", "' ", "’ "} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

// eventWordCount counts the words of s.
func eventWordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		word := !wordBreak[s[i]]
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

// wordBreak holds the bytes eventWordCount splits words at.
var wordBreak = [256]bool{' ': true, '\t': true, '\n': true, '\r': true}

// capitaliseEvent upper-cases the first letter of s.
func capitaliseEvent(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// shortenEvent cuts s to at most n bytes at a word boundary, marking the cut.
func shortenEvent(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n-len("…")+1], ' ')
	if cut <= 0 {
		cut = n - len("…")
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// headLine reports whether the sentence text[start:end] ends its line
// with no closing stop: a headline, or the head of a live page's update
// after its stamp ("2100 GMT — UN aid could resume on Thursday").
func headLine(text string, start, end int) bool {
	s := strings.TrimRight(text[start:end], " \t\r")
	if s == "" {
		return false
	}
	// The sentence's last mark first: most sentences close on a stop, and
	// are settled without reading the sentence again for a line break.
	switch s[len(s)-1] {
	case '.', '!', '?', '"', ')', ':':
		return false
	}
	if strings.HasSuffix(s, "”") || end < len(text) && strings.IndexByte(text[end:min(len(text), end+2)], '\n') < 0 {
		return false
	}
	return strings.IndexByte(s, '\n') < 0
}
