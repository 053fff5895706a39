package tui

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"
	"golang.org/x/sync/singleflight"

	"sitrep/briefing"
	"sitrep/briefing/wordindex"
)

// The filter finds the query's words in each story's metadata (title,
// summary, region, countries, tags) and body through a word index
// (briefing/wordindex) built off the key path when the library loads and
// brought up to date when it changes: a key looks up the range of the
// vocabulary its word starts and merges those words' lists of stories,
// instead of reading every body.

// filterBodyLimit bounds the body text indexed per story for the filter.
const filterBodyLimit = 256 << 10

// Fields of a story in the filter's word index: a word in the metadata
// ranks above the same word in the body.
const (
	metaField = iota
	bodyField
	filterFields
)

// filterMeta is the metadata of b the filter searches, as one text.
func filterMeta(b *briefing.Briefing) string {
	meta := append(append([]string{b.Title, b.Summary, b.Region}, b.Countries...), b.Tags...)
	return strings.Join(meta, " ")
}

// appendLowerMeta appends strings.ToLower(filterMeta(b)) to dst: each
// field lower-cased on its own (ToLower maps rune by rune), printable
// ASCII without strings.ToLower's copy.
func appendLowerMeta(dst []byte, b *briefing.Briefing) []byte {
	dst = appendLower(dst, b.Title)
	for _, f := range [][]string{{b.Summary, b.Region}, b.Countries, b.Tags} {
		for _, s := range f {
			dst = appendLower(append(dst, ' '), s)
		}
	}
	return dst
}

// appendLower appends strings.ToLower(s) to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(dst, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// libraryWords is the word index of one library's stories, in library
// order (slot i is story i). It is never changed once made, so the
// sessions of an SSH server share it.
type libraryWords struct {
	lib    *briefing.Library
	all    []*briefing.Briefing
	words  *wordindex.Index
	keptIn string // the file its index was kept in or opened from (see filter_kept.go), or ""
}

// filterDoc is what the index holds of story b: its metadata and its body
// (the first filterBodyLimit bytes), read from the library.
func filterDoc(lib *briefing.Library, b *briefing.Briefing) wordindex.Doc {
	d, _ := readFilterDoc(lib, b)
	return d
}

// readFilterDoc is filterDoc, and whether b's body was read: an unreadable
// body (a permission, a failing disk) is found by its metadata only, and
// must not be kept as if it had been read (buildKept).
func readFilterDoc(lib *briefing.Library, b *briefing.Briefing) (wordindex.Doc, bool) {
	body, err := lib.Body(b.ID)
	if err != nil {
		body = ""
	}
	if len(body) > filterBodyLimit {
		body = strings.ToValidUTF8(body[:filterBodyLimit], "")
	}
	return wordindex.Doc{Key: b.ID, Fields: []string{filterMeta(b), body}}, err == nil
}

// buildWords indexes lib: the stories added or changed since prev's
// library, when they are few (updateLimit) and few were changed or removed
// (their old words stay in the index, dead), else every story. The index
// of a library of onDisk stories or more has its lists in a file of dir,
// mapped, not in memory (wordindex.BuildOnDisk); in memory when that file
// cannot be written. It reads bodies and writes dir: run it in a command.
func buildWords(prev *libraryWords, lib *briefing.Library, dir string, onDisk int) *libraryWords {
	all := lib.Briefings()
	lw := &libraryWords{lib: lib, all: all}
	docs := func(ids []string) func(yield func(wordindex.Doc) bool) {
		return func(yield func(wordindex.Doc) bool) {
			for _, id := range ids {
				if b, ok := lib.Get(id); ok && !yield(filterDoc(lib, b)) {
					return
				}
			}
		}
	}
	order := make([]string, len(all))
	for i, b := range all {
		order[i] = b.ID
	}
	if prev != nil {
		fresh, gone := sinceIndexed(prev.lib, lib, false)
		added := len(all) - (prev.lib.Len() - gone)
		if changed := len(fresh) - added; changed+gone <= max(len(all)/4, 64) && len(fresh) <= updateLimit {
			lw.words = prev.words.Update(order, docs(fresh))
			return lw
		}
	}
	doc := func(i int) wordindex.Doc { return filterDoc(lib, all[i]) }
	if len(all) >= onDisk && dir != "" {
		if err := os.MkdirAll(dir, 0o700); err == nil {
			if ix, err := wordindex.BuildOnDisk(dir, filterFields, len(all), doc); err == nil {
				lw.words = ix
				return lw
			}
		}
	}
	lw.words = wordindex.Build(filterFields, len(all), doc)
	return lw
}

// updateLimit is the most stories an index is brought up to date with
// (Update, whose new words are held in memory): a library that grew by
// more, as one caught up from the top of the stored index, is indexed
// afresh.
const updateLimit = 8192

// onDiskFrom is the smallest library whose filter index has its lists on
// disk, mapped (at 20,000 stories an index in memory holds about 14 MiB).
const onDiskFrom = 20_000

// sinceIndexed lists the stories of lib to index again after prev's: those
// added, and those read again (another *Briefing: a file changed on disk,
// even with its front matter unchanged — briefing.Diff would compare the
// file with itself, as both libraries read one directory). gone counts the
// stories of prev that lib no longer holds. A library read further or
// caught up shares the briefings it did not read again. byFile (for a kept
// index, whose reloads read the library again: its briefings are its own,
// their files mostly unchanged) takes a briefing of lib's as prev's when
// it was read from the same file, unchanged since.
func sinceIndexed(prev, lib *briefing.Library, byFile bool) (fresh []string, gone int) {
	for _, b := range lib.Briefings() {
		was, ok := prev.Get(b.ID)
		if !ok || was != b && (!byFile || was.Path != b.Path || !was.FileStatus().Same(b.FileStatus())) {
			fresh = append(fresh, b.ID)
		}
	}
	for _, b := range prev.Briefings() {
		if _, ok := lib.Get(b.ID); !ok {
			gone++
		}
	}
	return fresh, gone
}

// FilterIndexes builds the filter's word index of each library a reader
// shows, from the last one built when it can. The SSH server gives one to
// all its sessions (Options.Filters), so that a library is indexed once
// however many sessions show it; a session without one makes its own.
type FilterIndexes struct {
	dir    string // where a large library's index has its lists ("": in memory)
	onDisk int    // the smallest library whose index has them there
	// keep keeps the index of a library of keepFrom stories or more in
	// dir, between runs (filter_kept.go), brought up to date with at most
	// overlay stories in memory; logf says what became of it.
	keep     bool
	keepFrom int
	overlay  int
	logf     func(format string, args ...any)
	flight   singleflight.Group
	mu       sync.Mutex
	latest   *libraryWords // the index built last: the base of the next
}

// NewFilterIndexes makes an empty set of filter indexes, whose large ones
// have their lists in sitrep's cache directory (briefing.CacheDir): kept
// there between runs for a library read from a directory (a log of what
// became of them beside them), else in files removed as soon as they are
// mapped.
func NewFilterIndexes() *FilterIndexes {
	dir, err := briefing.CacheDir()
	if err != nil {
		return &FilterIndexes{dir: os.TempDir(), onDisk: onDiskFrom}
	}
	return &FilterIndexes{dir: dir, onDisk: onDiskFrom, keep: true, keepFrom: keepFrom, overlay: keptOverlay,
		logf: fileLog(filepath.Join(dir, "words", "log"))}
}

// keepFrom is the smallest library whose word index is kept between runs
// (on disk, mapped, whatever onDiskFrom says): at 10,000 stories a reader
// that opens its kept index spends 0.2 s of processor time settling and
// peaks at 54 MiB, against 0.8 s and 85–90 MiB when it builds it in
// memory; a few thousand stories are indexed in a fraction of a second.
const keepFrom = 5_000

// words is lib's word index: kept between runs (keptWords) when lib is,
// else built, or brought up to date from prev (buildWords).
func (f *FilterIndexes) words(prev *libraryWords, lib *briefing.Library) *libraryWords {
	if path := f.keptPath(lib); path != "" {
		return f.keptWords(prev, lib, path)
	}
	return buildWords(prev, lib, f.dir, f.onDisk)
}

// of is lib's word index, built, or brought up to date from the last one
// built, or joined while another session builds it.
func (f *FilterIndexes) of(lib *briefing.Library) *libraryWords {
	f.mu.Lock()
	cur := f.latest
	f.mu.Unlock()
	if cur != nil && cur.lib == lib {
		return cur
	}
	v, _, _ := f.flight.Do(fmt.Sprintf("%p", lib), func() (any, error) {
		f.mu.Lock()
		base := f.latest
		f.mu.Unlock()
		if base != nil && base.lib == lib {
			return base, nil
		}
		lw := f.words(base, lib)
		f.mu.Lock()
		f.latest = lw
		f.mu.Unlock()
		return lw, nil
	})
	return v.(*libraryWords)
}

// filterTextsMsg brings the filter's word index of a library.
type filterTextsMsg struct {
	lib   *briefing.Library
	words *libraryWords
}

// filterTextsCmd builds (or brings up to date) the word index of lib.
func filterTextsCmd(f *FilterIndexes, lib *briefing.Library) tea.Cmd {
	return func() tea.Msg { return filterTextsMsg{lib: lib, words: f.of(lib)} }
}

// filterIndex is a list's filter over one library's word index, with the
// results of the words typed so far: backspace finds the shorter query's
// result kept, and a word more narrows the result of the words before it.
type filterIndex struct {
	*libraryWords
	// stages are the stories left after the first words of a query, by
	// the words joined with filterSep ("" for none); at most maxStages,
	// holding at most stageBudget stories per story of the library.
	stages  map[string]*filterStage
	gen     *atomic.Uint64 // counts the jobs made, so that older ones stop
	scratch *sync.Pool     // of *filterScratch
}

// filterScratch is what a filter job works in, reused from job to job: at
// 100,000 stories each of its slices is up to 0.8 MB, which a key typed
// allocated afresh and the collector then swept.
type filterScratch struct {
	acc     []wordindex.Hit // one per story
	need    []int           // the stories left without a hit that starts a word
	by, tmp []scored        // bestFirst's
}

// filterStage is the stories that match some words, in library order, each
// with its score so far, and best first once asked for.
type filterStage struct {
	items  []scored
	sorted []int
}

// scored is a story (its index in the library) and its score.
type scored struct{ i, score int32 }

const (
	filterSep   = "\x00"
	maxStages   = 24
	stageBudget = 8
)

func newFilterIndex(lw *libraryWords) *filterIndex {
	n := lw.words.Len()
	f := &filterIndex{libraryWords: lw, gen: new(atomic.Uint64),
		scratch: &sync.Pool{New: func() any { return &filterScratch{acc: make([]wordindex.Hit, n)} }}}
	f.reset()
	return f
}

// len is how many stories the index holds.
func (f *filterIndex) len() int { return f.words.Len() }

// reset forgets every result but the whole library's.
func (f *filterIndex) reset() {
	all := make([]scored, f.len())
	for i := range all {
		all[i].i = int32(i)
	}
	f.stages = map[string]*filterStage{"": {items: all}}
}

// queryWords are the words of a query as the filter matches them.
func queryWords(query string) []string { return strings.Fields(strings.ToLower(query)) }

// kept is the result kept for words, best first, or nil.
func (f *filterIndex) kept(words []string) *filterStage {
	st, ok := f.stages[stageKey(words)]
	if !ok {
		return nil
	}
	if st.sorted == nil {
		sc := f.scratch.Get().(*filterScratch)
		st.sorted = bestFirst(st.items, sc)
		f.scratch.Put(sc)
	}
	return st
}

func stageKey(words []string) string {
	key := ""
	for _, w := range words {
		key += filterSep + w
	}
	return key
}

// filterJob is the work a query needs beyond the results kept: the words
// left to match from the result of the words before them. It holds values
// only (the index and stages are never changed once made), so it can run
// in a command while the analyst types on.
type filterJob struct {
	f     *libraryWords
	key   string       // the words matched so far, joined by filterSep
	start *filterStage // their result
	words []string     // the words left
	pool  *sync.Pool
	gen   *atomic.Uint64
	mine  uint64 // gen when the job was made: a later job makes it stale
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
		key := stageKey(words[:k])
		cur, ok := f.stages[key]
		if !ok {
			continue
		}
		if k == len(words) {
			return &filterJob{key: key, start: cur}
		}
		return &filterJob{f: f.libraryWords, key: key, start: cur, words: words[k:], pool: f.scratch,
			gen: f.gen, mine: f.gen.Add(1)}
	}
	panic("filterIndex: the whole library's result is always kept")
}

func (j *filterJob) done() bool { return len(j.words) == 0 }

// cost is how many stories the job's index holds: a word's lists run over
// the whole library whatever the stories left, and a word found only
// inside others reads the lists of every word holding it.
func (j *filterJob) cost() int { return j.f.words.Len() }

// filterSyncLimit is the most stories a library has for a key press to
// filter it before the list shows the key: beyond it the filter runs in a
// command.
const filterSyncLimit = 4_000

// run matches the words left, the last result sorted best first; the
// result has no stages when a later job made this one stale.
func (j *filterJob) run() filterResultMsg {
	var res filterResultMsg
	cur, key := j.start, j.key
	sc := j.pool.Get().(*filterScratch)
	defer j.pool.Put(sc)
	for _, w := range j.words {
		if j.stale() {
			return filterResultMsg{}
		}
		if cur = narrow(j.f, cur, w, sc, j.stale); cur == nil {
			return filterResultMsg{} // a later job replaced this one
		}
		key += filterSep + w
		res.keys, res.stages = append(res.keys, key), append(res.stages, cur)
	}
	cur.sorted = bestFirst(cur.items, sc)
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

// keep stores a job's results, and forgets results past maxStages and
// stageBudget (at 100,000 stories a stage of a common letter holds 0.8 MB,
// and a word typed makes a stage a key): first those off the way to the
// newest (not a shorter query of it, which backspace finds), then the
// shortest on it; never the whole library's nor the newest. Only the
// newest keeps its order (the matches shown); another's is sorted again
// when it is shown.
func (f *filterIndex) keep(res filterResultMsg) {
	for k, key := range res.keys {
		f.stages[key] = res.stages[k]
	}
	newest := res.keys[len(res.keys)-1]
	total := 0
	for key, st := range f.stages {
		total += len(st.items)
		if key != newest {
			st.sorted = nil
		}
	}
	budget := stageBudget * f.len()
	if len(f.stages) <= maxStages && total <= budget {
		return
	}
	var keys []string
	for key := range f.stages {
		if key != "" && key != newest {
			keys = append(keys, key)
		}
	}
	onTheWay := func(key string) int {
		if strings.HasPrefix(newest, key) {
			return 1
		}
		return 0
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(onTheWay(a), onTheWay(b)), cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
	for _, key := range keys {
		if len(f.stages) <= maxStages && total <= budget {
			break
		}
		total -= len(f.stages[key].items)
		delete(f.stages, key)
	}
}

// narrow keeps the stories of base that have word, adding its score, in
// sc. When no story has the word as written, it is matched by its letters
// in order. It gives up (nil) when stale reports true.
func narrow(lw *libraryWords, base *filterStage, word string, sc *filterScratch, stale func() bool) *filterStage {
	acc := sc.acc
	clear(acc)
	lw.words.Starts(word, acc)
	need := sc.need[:0] // the stories that have it only inside a word, if at all
	for _, it := range base.items {
		if !acc[it.i].Start(filterFields) {
			need = append(need, int(it.i))
		}
	}
	sc.need = need
	if len(need) > 0 {
		lw.words.Inside(word, acc, need)
	}
	// Counted first, so that a stage holds its matches only (a stage is
	// kept, and the stage budget counts its stories).
	n := 0
	for _, it := range base.items {
		if acc[it.i] != 0 {
			n++
		}
	}
	if n > 0 {
		out := make([]scored, 0, n)
		for _, it := range base.items {
			if h := acc[it.i]; h != 0 {
				out = append(out, scored{it.i, it.score + hitScore(h)})
			}
		}
		return &filterStage{items: out}
	}
	items, ok := fuzzyMatches(lw, word, base.items, stale)
	if !ok {
		return nil
	}
	return &filterStage{items: items}
}

// hitScore is the score of a word found at h: by tier, then the metadata
// above the body, then earlier above later.
func hitScore(h wordindex.Hit) int32 {
	tier := tierInfix
	if h.Start(filterFields) {
		tier = tierPrefix
	}
	score := tier*100000 - min(h.Pos(), 49999)
	if h.Field(filterFields) == metaField {
		score += 50000
	}
	return int32(score)
}

// fuzzyMatches matches word by its letters in order in the metadata of the
// stories alive, adding to their scores: inside one word first, across the
// metadata (sahilm/fuzzy) only when no story has it inside a word. The
// metadata is lower-cased fuzzyChunk stories at a time (at 100,000 stories
// all at once held about 90 MB, and a job per key typed held its own); it
// gives up (false) when stale reports true.
func fuzzyMatches(lw *libraryWords, word string, alive []scored, stale func() bool) ([]scored, bool) {
	slack := make([]uint32, lw.words.Len())
	lw.words.WithinWord(word, metaField, slack)
	var next []scored
	for _, it := range alive {
		if s := slack[it.i]; s != 0 {
			next = append(next, scored{it.i, it.score + int32(tierInWord*100000-min(int(^s), 99999))})
		}
	}
	if len(next) > 0 {
		return next, true
	}
	metas := make([]string, 0, min(len(alive), fuzzyChunk))
	var lower []byte
	for from := 0; from < len(alive); from += fuzzyChunk {
		if stale() {
			return nil, false
		}
		chunk := alive[from:min(len(alive), from+fuzzyChunk)]
		// The chunk's metadata, lower-cased, in one string: not three
		// copies a story.
		lower = lower[:0]
		ends := make([]int, 0, len(chunk))
		for _, it := range chunk {
			lower = appendLowerMeta(lower, lw.all[it.i])
			ends = append(ends, len(lower))
		}
		text, start := string(lower), 0
		metas = metas[:0]
		for _, end := range ends {
			metas = append(metas, text[start:end])
			start = end
		}
		// sahilm/fuzzy gives its matches in the order of the texts it had,
		// each scored on its text alone: chunks keep the order and scores.
		for _, m := range fuzzy.FindNoSort(word, metas) {
			it := chunk[m.Index]
			next = append(next, scored{it.i, it.score + int32(tierScatter*100000+min(m.Score, 99999))})
		}
	}
	return next, true
}

// fuzzyChunk is how many stories' metadata fuzzyMatches holds at once.
const fuzzyChunk = 2048

// wantsTexts reports whether the library's word index is wanted now: the
// filter is in use, or the library is all there (not being read in parts
// or caught up with the files), so that the index is built once, in the
// background, and the first key typed finds it ready.
func (l *listPane) wantsTexts() bool {
	return l.filtering || strings.TrimSpace(l.query) != "" || !l.reading
}

// pendingNote says why the matches shown are not yet the query's: the
// library's word index is being built, or the matches counted.
func (l *listPane) pendingNote() string {
	if l.texts == nil || l.texts.lib != l.lib {
		return "indexing…"
	}
	return "counting…"
}

// requestTexts builds the filter's word index of the library shown, in a
// command (bodies are read from the library), unless it is built or being
// built.
func (l *listPane) requestTexts() tea.Cmd {
	if l.lib == nil || l.textsAsked || (l.texts != nil && l.texts.lib == l.lib) {
		return nil
	}
	l.textsAsked = true
	return filterTextsCmd(l.filters, l.lib)
}

// initTexts asks for the first library's word index, when it is wanted,
// from Init: the request New's library made went nowhere (New returns no
// command).
func (l *listPane) initTexts() tea.Cmd {
	l.textsAsked = false
	if !l.wantsTexts() {
		return nil
	}
	return l.requestTexts()
}

// installTexts takes a word index built; one built for a library since
// replaced is the base of the current library's.
func (l *listPane) installTexts(msg filterTextsMsg) tea.Cmd {
	l.textsAsked = false
	if msg.lib != l.lib {
		if !l.wantsTexts() {
			return nil
		}
		return l.requestTexts()
	}
	if l.texts != nil && l.texts.libraryWords == msg.words {
		return nil
	}
	l.texts = newFilterIndex(msg.words)
	top := !l.keepOnTexts
	l.keepOnTexts = false
	if strings.TrimSpace(l.query) != "" {
		return l.applyFilter(top)
	}
	return nil
}

// libraryChanged asks for the new library's word index; until it comes,
// the filter shows the stories it matched before that are still there,
// and says it is counting.
func (l *listPane) libraryChanged() tea.Cmd {
	if !l.wantsTexts() {
		// Read further with the filter not in use: its index is built
		// once the library is all there.
		l.texts = nil
		return nil
	}
	l.keepOnTexts = true
	cmd := l.requestTexts()
	l.counting = strings.TrimSpace(l.query) != "" && (l.texts == nil || l.texts.lib != l.lib)
	return cmd
}

// refilter recomputes the visible stories from the filter's matches and
// the starred-only switch, keeping the selection on keepID when it can.
// It works out nothing: until the filter has matched anything, every story
// shows.
func (l *listPane) refilter(keepID string) {
	l.visible = l.visible[:0]
	if strings.TrimSpace(l.query) != "" && l.matches != nil {
		l.visible = append(l.visible, l.matches...)
	} else {
		for i := range l.all {
			l.visible = append(l.visible, i)
		}
	}
	if l.starredOnly {
		l.visible = slices.DeleteFunc(l.visible, func(i int) bool { return !l.state.IsStarred(l.all[i].ID) })
	}
	l.cursor = 0
	for vi, i := range l.visible {
		if l.all[i].ID == keepID {
			l.cursor = vi
			break
		}
	}
	l.scroll.offset = 0
	l.scrollToCursor()
}

// applyFilter shows the stories that match the query, selecting the best
// match when top is set (else keeping the selection): at once when that
// is quick, else from a command, whose result arrives as a
// filterResultMsg; until then the list shows what it showed, counting.
func (l *listPane) applyFilter(top bool) tea.Cmd {
	words := queryWords(l.query)
	if len(words) == 0 {
		l.matches, l.counting = nil, false
		l.showFilter(top)
		return nil
	}
	if l.texts == nil || l.texts.lib != l.lib {
		l.counting = true
		return l.requestTexts()
	}
	if job := l.texts.job(words); !job.done() {
		if job.cost() > filterSyncLimit {
			l.counting = true
			return filterCmd(l.texts, l.query, top, job)
		}
		l.texts.keep(job.run())
	}
	l.matches, l.counting = l.texts.kept(words).sorted, false
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
	if msg.index != l.texts || l.texts.lib != l.lib {
		// For an index since replaced, or one whose library was (the
		// matches are positions in that library's list).
		return
	}
	l.texts.keep(msg)
	if words := queryWords(l.query); slices.Equal(queryWords(msg.query), words) {
		l.matches, l.counting = l.texts.kept(words).sorted, false
		l.showFilter(msg.top)
	}
}

// remapMatches is matches (indexes into old, best first) as indexes into
// now, without the stories now lacks.
func remapMatches(old, now []*briefing.Briefing, matches []int) []int {
	if matches == nil || len(old) == len(now) && (len(old) == 0 || &old[0] == &now[0]) {
		return matches
	}
	rank := make(map[string]int, len(matches))
	for r, i := range matches {
		rank[old[i].ID] = r
	}
	out := make([]int, len(matches))
	found := make([]bool, len(matches))
	for i, b := range now {
		if r, ok := rank[b.ID]; ok {
			out[r], found[r] = i, true
		}
	}
	n := 0
	for r, ok := range found {
		if ok {
			out[n] = out[r]
			n++
		}
	}
	return out[:n]
}

// bestFirst orders items (in library order) by score, best first, keeping
// library order among equals: a stable sort by score, by its bytes, in
// sc's buffers.
func bestFirst(items []scored, sc *filterScratch) []int {
	if len(items) < 64 {
		sorted := slices.Clone(items)
		slices.SortStableFunc(sorted, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
		return indexesOf(sorted)
	}
	if cap(sc.by) < len(items) {
		sc.by, sc.tmp = make([]scored, len(items)), make([]scored, len(items))
	}
	a, b := sc.by[:len(items)], sc.tmp[:len(items)]
	copy(a, items)
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
	for _, word := range queryWords(query) {
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
		if i == 0 || !wordindex.IsWordRune(text[i-1]) {
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
		if !wordindex.IsWordRune(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && wordindex.IsWordRune(text[j]) {
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
