package tui

import (
	"cmp"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"

	"sitrep/briefing"
)

// filterText is what the list filter searches of one story, lower-cased:
// its metadata (title, summary, region, countries, tags) and its body,
// with the pairs of characters the body holds, so that a story without a
// word's pairs is passed over without reading its body.
type filterText struct {
	meta, body string
	pairs      charPairs
}

// filterBodyLimit bounds the body text kept per story for the filter.
const filterBodyLimit = 256 << 10

// filterTextsMsg brings the filter's texts of a library's stories, in
// library order.
type filterTextsMsg struct {
	lib   *briefing.Library
	texts *filterIndex
}

// filterTextsCmd reads every story's body (off the key path: bodies are
// read from disk on first use) and builds what the filter searches.
func filterTextsCmd(lib *briefing.Library) tea.Cmd {
	return func() tea.Msg {
		all := lib.Briefings()
		texts := make([]filterText, len(all))
		for i, b := range all {
			meta := append(append([]string{b.Title, b.Summary, b.Region}, b.Countries...), b.Tags...)
			texts[i].meta = strings.ToLower(strings.Join(meta, " "))
			if body, err := lib.Body(b.ID); err == nil {
				if len(body) > filterBodyLimit {
					body = strings.ToValidUTF8(body[:filterBodyLimit], "")
				}
				texts[i].body = strings.ToLower(body)
				texts[i].pairs = pairsOf(texts[i].body)
			}
		}
		return filterTextsMsg{lib: lib, texts: newFilterIndex(texts)}
	}
}

// charPairs is the set of characters and of pairs of adjacent characters a
// text holds, letters and digits each by themselves, everything else as one
// class: a word is in the text only if all its characters and pairs are.
type charPairs [(charClasses*charClasses + charClasses + 63) / 64]uint64

// charClasses: a to z, 0 to 9, and the rest.
const charClasses = 37

func charClass(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c >= '0' && c <= '9':
		return 26 + int(c-'0')
	}
	return 36
}

// pairsOf is the set of characters and pairs of s (bytes, lower-cased).
func pairsOf(s string) charPairs {
	var p charPairs
	prev := -1
	for i := 0; i < len(s); i++ {
		c := charClass(s[i])
		p.set(charClasses*charClasses + c)
		if prev >= 0 {
			p.set(prev*charClasses + c)
		}
		prev = c
	}
	return p
}

func (p *charPairs) set(bit int) { p[bit/64] |= 1 << (bit % 64) }

// holds reports whether p has every character and pair of q.
func (p *charPairs) holds(q *charPairs) bool {
	for i := range p {
		if p[i]&q[i] != q[i] {
			return false
		}
	}
	return true
}

// filterIndex is what the filter searches, with the results of the words
// typed so far: each key narrows the result of the query it extends (a
// word more, or a longer last word) instead of searching every story
// again, and backspace finds the shorter query's result kept.
type filterIndex struct {
	texts []filterText
	// stages are the stories left after the first words of a query, by
	// the words joined with filterSep ("" for none); at most maxStages.
	stages map[string]*filterStage
	gen    atomic.Uint64 // counts the jobs made, so that older ones stop
}

// filterStage is the stories that match some words, in library order, each
// with its score so far; exact is false when the last word matched only by
// its letters in order (a longer word cannot then narrow from it).
type filterStage struct {
	items  []scored
	exact  bool
	sorted []int // items best first, once asked for
}

// scored is a story (its index in the library) and its score, with where
// its last word was first found in its metadata and body: a longer form of
// the word can only be found from there on (-1: nowhere; a body not
// searched, because the metadata had the word, is searched from 0).
type scored struct{ i, score, meta, body int32 }

const (
	filterSep = "\x00"
	maxStages = 24
)

func newFilterIndex(texts []filterText) *filterIndex {
	f := &filterIndex{texts: texts}
	f.reset()
	return f
}

// len is how many stories the index holds.
func (f *filterIndex) len() int { return len(f.texts) }

// reset forgets every result but the whole library's.
func (f *filterIndex) reset() {
	all := make([]scored, len(f.texts))
	for i := range all {
		all[i].i = int32(i)
	}
	f.stages = map[string]*filterStage{"": {items: all, exact: true}}
}

// appendMatches appends to dst the stories that match every word of the
// query, best first and, among equals, in library order (newest first). A
// word matches as a word or a word prefix (in the metadata above in the
// body), else inside a word; only when no story has it so is it matched by
// its letters in order — inside one word of the metadata first, then
// across it — so a typo still finds something without a correct word
// drowning in near misses.
func (f *filterIndex) appendMatches(dst []int, query string) []int {
	st := f.stage(strings.Fields(strings.ToLower(query)))
	if st.sorted == nil {
		st.sorted = bestFirst(st.items)
	}
	return append(dst, st.sorted...)
}

// stage is the result of words: the results kept, and what is missing
// worked out now.
func (f *filterIndex) stage(words []string) *filterStage {
	job := f.job(words)
	if job.done() {
		return job.start
	}
	res := job.run()
	f.keep(res)
	return res.stages[len(res.stages)-1]
}

// filterJob is the work a query needs beyond the results kept: the words
// left to match from the result of the words before them. It holds values
// only (the texts and stages are never changed once made), so it can run
// in a command while the analyst types on.
type filterJob struct {
	texts  []filterText
	key    string       // the words matched so far, joined by filterSep
	start  *filterStage // their result
	within *filterStage // a kept result that holds the next word's stories, or nil
	words  []string     // the words left
	gen    *atomic.Uint64
	mine   uint64 // gen when the job was made: a later job makes it stale
}

// filterResultMsg brings the results of a filter job.
type filterResultMsg struct {
	index  *filterIndex
	query  string
	top    bool // select the best match when it shows
	keys   []string
	stages []*filterStage
}

// job is what words need beyond the results kept.
func (f *filterIndex) job(words []string) *filterJob {
	for k := len(words); k >= 0; k-- { // the longest first words kept
		key := ""
		for _, w := range words[:k] {
			key += filterSep + w
		}
		cur, ok := f.stages[key]
		if !ok {
			continue
		}
		if k == len(words) {
			return &filterJob{key: key, start: cur}
		}
		return &filterJob{texts: f.texts, key: key, start: cur, within: f.shorter(key, words[k]),
			words: words[k:], gen: &f.gen, mine: f.gen.Add(1)}
	}
	panic("filterIndex: the whole library's result is always kept")
}

func (j *filterJob) done() bool { return len(j.words) == 0 }

// cost is how many stories the job looks at for its first word.
func (j *filterJob) cost() int {
	if j.within != nil {
		return len(j.within.items)
	}
	return len(j.start.items)
}

// filterSyncLimit is the most stories a key press looks at before the
// list shows it (a few milliseconds of reading bodies): beyond it the
// filter runs in a command.
const filterSyncLimit = 4_000

// run matches the words left; the result has no stages when a later job
// made this one stale.
func (j *filterJob) run() filterResultMsg {
	var res filterResultMsg
	cur, key, within := j.start, j.key, j.within
	for _, w := range j.words {
		next, ok := narrow(j.texts, cur, within, w, j.stale)
		if !ok {
			return filterResultMsg{}
		}
		key += filterSep + w
		res.keys, res.stages = append(res.keys, key), append(res.stages, next)
		cur, within = next, nil
	}
	return res
}

// stale reports whether a later job replaced this one.
func (j *filterJob) stale() bool { return j.gen != nil && j.gen.Load() != j.mine }

// filterCmd runs a filter job off the key path.
func filterCmd(f *filterIndex, query string, top bool, job *filterJob) tea.Cmd {
	return func() tea.Msg {
		res := job.run()
		if len(res.stages) == 0 {
			return nil
		}
		res.index, res.query, res.top = f, query, top
		return res
	}
}

// applyFilter shows the stories that match the query, selecting the best
// match when top is set (else keeping the selection): at once when that
// is quick, else from a command, whose result arrives as a
// filterResultMsg; until then the list shows what it showed.
func (l *listPane) applyFilter(top bool) tea.Cmd {
	if q := strings.TrimSpace(l.query); q != "" && l.texts != nil {
		if job := l.texts.job(strings.Fields(strings.ToLower(q))); !job.done() && job.cost() > filterSyncLimit {
			return filterCmd(l.texts, l.query, top, job)
		}
	}
	l.showFilter(top)
	return nil
}

// showFilter shows the stories that match the query.
func (l *listPane) showFilter(top bool) {
	id := ""
	if b, ok := l.selected(); ok {
		id = b.ID
	}
	l.refilter(id)
	if top && strings.TrimSpace(l.query) != "" {
		l.moveTo(0) // best match first
	}
}

// filterResult keeps a filter job's results and shows them when they are
// for the query typed.
func (l *listPane) filterResult(msg filterResultMsg) {
	if msg.index != l.texts {
		return // for texts since replaced
	}
	l.texts.keep(msg)
	if msg.query == l.query {
		l.showFilter(msg.top)
	}
}

// keep stores a job's results.
func (f *filterIndex) keep(res filterResultMsg) {
	if len(f.stages)+len(res.stages) > maxStages {
		f.reset()
	}
	for k, key := range res.keys {
		f.stages[key] = res.stages[k]
	}
}

// shorter is the kept result of the longest shorter form of word w after
// the words of key, when it matched exactly: every story that has w has it.
func (f *filterIndex) shorter(key, w string) *filterStage {
	for n := len(w) - 1; n > 0; n-- {
		if st, ok := f.stages[key+filterSep+w[:n]]; ok && st.exact {
			return st
		}
	}
	return nil
}

// narrow keeps the stories of base that match word, adding its score;
// within, when set, is a kept result that holds every story having the
// word (its scores include a shorter form's, so base gives the scores).
// When no story has the word as written, it is matched by its letters in
// order. It gives up (false) when stale says so.
func narrow(texts []filterText, base, within *filterStage, word string, stale func() bool) (*filterStage, bool) {
	q := pairsOf(word)
	cands := base.items
	if within != nil {
		cands = within.items
	}
	out := make([]scored, 0, len(cands))
	b := base.items
	for n, it := range cands {
		if n%4096 == 4095 && stale() {
			return nil, false
		}
		from := it
		if within != nil { // the score so far is base's
			for len(b) > 0 && b[0].i < it.i {
				b = b[1:]
			}
			if len(b) == 0 || b[0].i != it.i {
				continue
			}
			it = b[0]
		} else {
			from.meta, from.body = 0, 0
		}
		if s, meta, body := wordScore(&texts[it.i], word, &q, from.meta, from.body); s > 0 {
			out = append(out, scored{it.i, it.score + s, meta, body})
		}
	}
	if len(out) > 0 {
		return &filterStage{items: slices.Clip(out), exact: true}, true
	}
	return &filterStage{items: fuzzyMatches(word, texts, base.items)}, true
}

// wordScore scores word found as written in story t: by tier, then the
// metadata above the body, then earlier above later; 0 when it is absent.
// The search of each field starts where a shorter form of the word was
// first found (metaFrom, bodyFrom; -1 for nowhere), and the body is read
// to score only when it can score higher, and only when it holds the
// word's characters. It returns where the word was first found, for a
// longer form.
func wordScore(t *filterText, word string, q *charPairs, metaFrom, bodyFrom int32) (score, meta, body int32) {
	best, meta, body := 0, int32(-1), int32(-1)
	if metaFrom >= 0 {
		if tier, at, first := findWord(t.meta, word, int(metaFrom)); tier != tierNone {
			best, meta = tier*100000+50000-min(at, 49999), int32(first)
			if tier == tierPrefix {
				return int32(best), meta, 0 // the body cannot beat it: not searched
			}
		}
	}
	if bodyFrom >= 0 && t.pairs.holds(q) {
		if tier, at, first := findWord(t.body, word, int(bodyFrom)); tier != tierNone {
			best, body = max(best, tier*100000-min(at, 49999)), int32(first)
		}
	}
	return int32(best), meta, body
}

// bestFirst orders items (in library order) by score, best first, keeping
// library order among equals: a stable sort by score, by its bytes.
func bestFirst(items []scored) []int {
	if len(items) < 64 {
		sorted := slices.Clone(items)
		slices.SortStableFunc(sorted, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
		return indexesOf(sorted)
	}
	a, b := slices.Clone(items), make([]scored, len(items))
	var counts [256]int
	for shift := 0; shift < 32; shift += 8 {
		clear(counts[:])
		for _, it := range a {
			counts[byte(descending(it.score)>>shift)]++
		}
		if counts[byte(descending(a[0].score)>>shift)] == len(a) {
			continue // every score has this byte
		}
		sum := 0
		for d, c := range counts {
			counts[d] = sum
			sum += c
		}
		for _, it := range a {
			d := byte(descending(it.score) >> shift)
			b[counts[d]] = it
			counts[d]++
		}
		a, b = b, a
	}
	return indexesOf(a)
}

// descending is a key whose ascending order is score's descending order.
func descending(score int32) uint32 { return ^(uint32(score) ^ 1<<31) }

func indexesOf(items []scored) []int {
	out := make([]int, len(items))
	for k, it := range items {
		out[k] = int(it.i)
	}
	return out
}

// Match tiers of one query word in a story, best first.
const (
	tierNone    = iota
	tierScatter // the word's letters in order across the metadata (fuzzy)
	tierInWord  // the word's letters in order inside one word of the metadata
	tierInfix   // the word inside a word
	tierPrefix  // a word, or the start of one
)

// findWord finds word in text from byte from on: the first place it starts
// a word (a word prefix), else the first place it is at all (first).
func findWord(text, word string, from int) (tier, at, first int) {
	first = -1
	for off := from; off <= len(text); {
		j := strings.Index(text[off:], word)
		if j < 0 {
			break
		}
		j += off
		if first < 0 {
			first = j
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:j]); j == 0 || !isWordRune(r) {
			return tierPrefix, j, first
		}
		off = j + 1
	}
	if first >= 0 {
		return tierInfix, first, first
	}
	return tierNone, 0, -1
}

// fuzzyMatches matches word by its letters in order in the metadata of the
// stories alive, adding to their scores: inside one word first, across the
// metadata (sahilm/fuzzy) only when no story has it inside a word.
func fuzzyMatches(word string, texts []filterText, alive []scored) []scored {
	var next []scored
	for _, it := range alive {
		if slack, ok := inOneWord(texts[it.i].meta, word); ok {
			next = append(next, scored{it.i, it.score + int32(tierInWord*100000-min(slack, 99999)), 0, 0})
		}
	}
	if len(next) > 0 {
		return next
	}
	metas := make([]string, len(alive))
	for k, it := range alive {
		metas[k] = texts[it.i].meta
	}
	for _, m := range fuzzy.FindNoSort(word, metas) {
		it := alive[m.Index]
		next = append(next, scored{it.i, it.score + int32(tierScatter*100000+min(m.Score, 99999)), 0, 0})
	}
	// sahilm/fuzzy gives its matches in the order of the texts it had.
	return next
}

// inOneWord reports whether the letters of q appear in order inside one
// word of text; slack is how many other letters that word has (the
// shortest such word counts).
func inOneWord(text, q string) (slack int, ok bool) {
	slack = -1
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) }) {
		if _, found := subsequence([]rune(w), []rune(q)); found {
			if s := utf8.RuneCountInString(w) - utf8.RuneCountInString(q); slack < 0 || s < slack {
				slack = s
			}
		}
	}
	return slack, slack >= 0
}

// subsequence finds the runes of q in order in w, at the positions it
// returns.
func subsequence(w, q []rune) ([]int, bool) {
	var at []int
	k := 0
	for i, r := range w {
		if k < len(q) && r == q[k] {
			at = append(at, i)
			k++
		}
	}
	return at, k == len(q) && len(q) > 0
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// filterHighlights are the cells of s (plain text) that the query's words
// match, as ranges styled st: each word where it starts a word, else
// where it is inside one, else its letters in order inside one word.
func filterHighlights(s, query string, st lipgloss.Style) []lipgloss.Range {
	runes := []rune(s)
	lower := make([]rune, len(runes))
	for i, r := range runes {
		lower[i] = unicode.ToLower(r)
	}
	marked := make([]bool, len(runes))
	for _, word := range strings.Fields(strings.ToLower(query)) {
		for _, i := range locateWord(lower, []rune(word)) {
			marked[i] = true
		}
	}
	var out []lipgloss.Range
	col, start := 0, -1
	for i, r := range runes {
		if marked[i] && start < 0 {
			start = col
		}
		if !marked[i] && start >= 0 {
			out = append(out, lipgloss.NewRange(start, col, st))
			start = -1
		}
		col += ansi.StringWidth(string(r))
	}
	if start >= 0 {
		out = append(out, lipgloss.NewRange(start, col, st))
	}
	return out
}

// locateWord is the rune positions in text that q matches, by the tiers of
// matchStories (without the scattered one, which would mark noise).
func locateWord(text, q []rune) []int {
	if len(q) == 0 {
		return nil
	}
	infix := -1
	for i := 0; i+len(q) <= len(text); i++ {
		if !slices.Equal(text[i:i+len(q)], q) {
			continue
		}
		if i == 0 || !isWordRune(text[i-1]) {
			return span(i, len(q))
		}
		if infix < 0 {
			infix = i
		}
	}
	if infix >= 0 {
		return span(infix, len(q))
	}
	for i := 0; i < len(text); {
		if !isWordRune(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isWordRune(text[j]) {
			j++
		}
		if at, ok := subsequence(text[i:j], q); ok {
			for k := range at {
				at[k] += i
			}
			return at
		}
		i = j
	}
	return nil
}

func span(from, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = from + i
	}
	return out
}
