// Package wordindex finds where a word is in a set of documents without
// reading them again: a vocabulary of the words they hold, sorted, with
// for each word the documents that hold it and where it first appears in
// each of their fields. A word typed is answered by the range of the
// vocabulary it starts (every word beginning with it) and by merging those
// words' lists, not by scanning text; only a word found inside other words
// ("placed" in "displaced") looks further, and only when some document
// does not have it at the start of a word.
//
// Matching is that of strings.Index on the lower-cased text, reported the
// way the reader's filter ranks it: where the word starts a word, else
// where it is at all, per field. Words are the runs of letters and digits;
// a query with other characters in it ("al-shabaab", "2,000") is looked
// for in the runs of the text between spaces that hold such characters.
//
// The index is immutable: Update makes a new one for a changed set of
// documents, sharing what did not change, so that queries run on the old
// one meanwhile. It imports nothing of the project.
package wordindex

import (
	"cmp"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MaxFields is the most fields a document may have.
const MaxFields = 4

// MaxPos is the largest position a hit reports: a word first found
// further on is reported at MaxPos.
const MaxPos = 1<<16 - 1

// Doc is one document: its key (unique in an index) and its fields, the
// weightiest first (a hit in an earlier field ranks above the same hit in
// a later one).
type Doc struct {
	Key    string
	Fields []string
	// Stamp is what the caller knows of the document's source when it
	// was read (a file's size and time): an index kept on disk
	// (BuildKept) keeps it by slot, for its next user to tell which
	// documents changed since. The index reads nothing of it.
	Stamp string
}

// Hit is where a word was found in a document: in which field, whether it
// starts a word there, and at which byte of the lower-cased field (at most
// MaxPos). The zero Hit is no hit. Of two hits the greater ranks higher: a
// word start above a find inside a word, then an earlier field, then an
// earlier position.
type Hit uint32

// Field is the field the hit is in.
func (h Hit) Field(fields int) int {
	r := int(h >> 16)
	if r > fields {
		return 2*fields - r
	}
	return fields - r
}

// Start reports whether the word starts a word there (else it is inside one).
func (h Hit) Start(fields int) bool { return int(h>>16) > fields }

// Pos is the byte offset of the hit in the lower-cased field.
func (h Hit) Pos() int { return MaxPos - int(h&MaxPos) }

func hitOf(rank uint32, pos int) Hit { return Hit(rank<<16 | uint32(MaxPos-min(pos, MaxPos))) }

// Index is the word index of a set of documents, each in a slot (its
// place in the order given to Build or Update).
type Index struct {
	fields int
	slots  int
	segs   []*segment
	built  int // the segments Build made: the first, and never merged
	// slotOf maps each segment's documents to their slots.
	slotOf []slotMap
}

// slotMap maps a segment's documents to slots: by of (-1: gone), or, when
// of is nil, document d is in slot base+d.
type slotMap struct {
	of   []int32
	base int
}

func (m slotMap) slot(d int) int {
	if m.of == nil {
		return m.base + d
	}
	return int(m.of[d])
}

// segment is the vocabulary and postings of documents indexed together.
type segment struct {
	keys   []string
	words  vocab // runs of letters and digits
	chunks vocab // runs between spaces holding another character
}

// vocab is a sorted list of terms, each with its postings: for each
// document holding it, in document order, the delta from the previous
// document (from 0 for the first) and the first field that holds it with
// its first position there (uvarint(delta), uvarint(pos<<2|field)).
type vocab struct {
	text  string   // the terms, concatenated in order
	ends  []uint32 // term t is text[ends[t]:ends[t+1]]
	post  []byte
	posts []uint32 // term t's postings are post[posts[t]:posts[t+1]]
	// skips are, for every skipEvery-th posting of a term but its first,
	// the document and where the posting starts in the term's postings
	// (pairs); term t's are skips[2*skipAt[t]:2*skipAt[t+1]].
	skips  []uint32
	skipAt []uint32
	// letters are the summaries of the letters inside many words, and of
	// those that start many, by letter.
	letters []letterSummary
}

// letterSummary answers a query of one letter found inside words, or
// starting them, without reading the lists of every such word (nearly
// all inside, for a common letter; thousands starting, whose lists a key
// of a common letter read): as postings, each document's best hit among
// those words, at the letter's position in the text.
type letterSummary struct {
	r      rune
	start  bool // the words it starts, else those it is inside
	inside []byte
}

// letter is the summary of word when it is one letter that has one: of
// the words it starts, or of those it is inside.
func (v *vocab) letter(word string, start bool) (*letterSummary, bool) {
	r, size := utf8.DecodeRuneInString(word)
	if size != len(word) {
		return nil, false
	}
	for k := range v.letters {
		if v.letters[k].r == r && v.letters[k].start == start {
			return &v.letters[k], true
		}
	}
	return nil, false
}

// summarize makes the summaries of the letters inside words whose lists
// hold more than two bytes a document (of docs), and of the letters
// starting such words, in one reading of the lists.
func (v *vocab) summarize(docs int) {
	size, startSize := map[rune]int{}, map[rune]int{}
	for t := range v.len() {
		term, n := v.term(t), len(v.postings(t))
		for k, r := range term {
			if k == 0 {
				startSize[r] += n
			} else if strings.IndexRune(term, r) == k {
				size[r] += n
			}
		}
	}
	// best[r] are a letter's best hits by document: the field first, then
	// the position, as (MaxFields-field)<<16 | (MaxPos-pos), 0 for none.
	best, bestStart := map[rune][]uint32{}, map[rune][]uint32{}
	for r, n := range size {
		if n > 2*docs {
			best[r] = make([]uint32, docs)
		}
	}
	for r, n := range startSize {
		if n > 2*docs {
			bestStart[r] = make([]uint32, docs)
		}
	}
	if len(best) == 0 && len(bestStart) == 0 {
		return
	}
	type use struct {
		b   []uint32
		off int
	}
	var uses []use
	for t := range v.len() {
		term := v.term(t)
		uses = uses[:0]
		for k, r := range term {
			if k == 0 {
				if b := bestStart[r]; b != nil {
					uses = append(uses, use{b, 0})
				}
			} else if b := best[r]; b != nil && strings.IndexRune(term, r) == k {
				uses = append(uses, use{b, k})
			}
		}
		if len(uses) == 0 {
			continue
		}
		eachPosting(v.postings(t), func(d, f, pos int) {
			for _, u := range uses {
				if key := uint32(MaxFields-f)<<16 | uint32(MaxPos-min(pos+u.off, MaxPos)); u.b[d] < key {
					u.b[d] = key
				}
			}
		})
	}
	encode := func(b []uint32) []byte {
		var out []byte
		prev := 0
		for d, key := range b {
			if key != 0 {
				f, pos := MaxFields-int(key>>16), MaxPos-int(key&MaxPos)
				out = appendUvarint(appendUvarint(out, uint64(d-prev)), uint64(pos)<<2|uint64(f))
				prev = d
			}
		}
		return out
	}
	for r, b := range best {
		v.letters = append(v.letters, letterSummary{r: r, inside: encode(b)})
	}
	for r, b := range bestStart {
		v.letters = append(v.letters, letterSummary{r: r, start: true, inside: encode(b)})
	}
	// By letter, a letter's summary of the words it is inside first.
	slices.SortStableFunc(v.letters, func(a, b letterSummary) int { return cmp.Compare(a.r, b.r) })
}

// skipEvery is how many postings a skip passes over.
const skipEvery = 64

func (v *vocab) len() int { return len(v.ends) - 1 }

func (v *vocab) term(t int) string { return v.text[v.ends[t]:v.ends[t+1]] }

func (v *vocab) postings(t int) []byte { return v.post[v.posts[t]:v.posts[t+1]] }

// prefixRange is the terms that start with w: [lo, hi).
func (v *vocab) prefixRange(w string) (lo, hi int) {
	n := v.len()
	lo = searchTerms(n, func(t int) bool { return v.term(t) >= w })
	hi = lo + searchTerms(n-lo, func(k int) bool { return !strings.HasPrefix(v.term(lo+k), w) })
	return lo, hi
}

// searchTerms is the first of 0..n-1 for which f holds (f false then true).
func searchTerms(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if !f(mid) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Build indexes n documents, asking doc for each (from several goroutines
// at once when there are many); the i-th is in slot i. fields is how many
// fields each document has (at most MaxFields; missing fields are empty).
func Build(fields, n int, doc func(i int) Doc) *Index {
	parts := max(1, min(runtime.GOMAXPROCS(0), n/buildPart))
	ix := &Index{fields: fields, slots: n, built: parts, segs: make([]*segment, parts), slotOf: make([]slotMap, parts)}
	var wg sync.WaitGroup
	for p := range parts {
		from, to := n*p/parts, n*(p+1)/parts
		ix.slotOf[p].base = from
		wg.Go(func() {
			ix.segs[p] = buildSegment(fields, func(yield func(Doc) bool) {
				for i := from; i < to && yield(doc(i)); i++ {
				}
			})
		})
	}
	wg.Wait()
	return ix
}

// buildPart is the fewest documents Build gives a goroutine of its own.
// (More, smaller parts would hold less while each is laid out, but each
// part is a segment with a vocabulary of its own, which every query reads.)
const buildPart = 4096

// Len is the number of slots.
func (ix *Index) Len() int { return ix.slots }

// Segments is how many segments the index reads: those Build made, then
// one per Update until they are merged.
func (ix *Index) Segments() int { return len(ix.segs) }

// Key is the key of the document in slot, for an index as Build,
// BuildOnDisk, BuildKept or OpenKept made it (not updated since); "" when
// the index cannot say.
func (ix *Index) Key(slot int) string {
	for s, seg := range ix.segs {
		if sm := ix.slotOf[s]; sm.of == nil && slot >= sm.base && slot < sm.base+len(seg.keys) {
			return seg.keys[slot-sm.base]
		}
	}
	return ""
}

// Overlay is how many documents the index holds in the segments its
// updates made (those still in a slot, and those replaced or gone since):
// they are held in memory, whatever Build or BuildOnDisk made.
func (ix *Index) Overlay() int {
	n := 0
	for _, seg := range ix.segs[ix.built:] {
		n += len(seg.keys)
	}
	return n
}

// Fields is the number of fields a document has.
func (ix *Index) Fields() int { return ix.fields }

// Size is about how many bytes the index holds.
func (ix *Index) Size() int {
	n := 0
	for s, seg := range ix.segs {
		n += seg.size() + 4*len(ix.slotOf[s].of)
	}
	return n
}

func (s *segment) size() int {
	n := 16 * len(s.keys)
	for _, v := range []*vocab{&s.words, &s.chunks} {
		n += len(v.text) + len(v.post) + 4*len(v.ends) + 4*len(v.posts) + 4*len(v.skips) + 4*len(v.skipAt)
		for _, l := range v.letters {
			n += len(l.inside)
		}
	}
	return n
}

// Update is the index of a changed set of documents: order is every key,
// in slot order; docs are the documents new or changed since ix, which are
// indexed afresh. A key of order that is neither in docs nor in ix has an
// empty slot. Segments are merged when there come to be many.
func (ix *Index) Update(order []string, docs iter.Seq[Doc]) *Index {
	seg := buildSegment(ix.fields, docs)
	slot := make(map[string]int32, len(order))
	for i, k := range order {
		slot[k] = int32(i)
	}
	fresh := make(map[string]bool, len(seg.keys))
	for _, k := range seg.keys {
		fresh[k] = true
	}
	next := &Index{fields: ix.fields, slots: len(order), built: ix.built}
	add := func(seg *segment, was slotMap, skip map[string]bool) {
		m := make([]int32, len(seg.keys))
		identity := true
		for d, k := range seg.keys {
			m[d] = -1
			if s, ok := slot[k]; ok && !skip[k] && was.slot(d) >= 0 {
				m[d] = s
			}
			identity = identity && m[d] == m[0]+int32(d)
		}
		sm := slotMap{of: m}
		if identity && len(m) > 0 && m[0] >= 0 {
			sm = slotMap{base: int(m[0])}
		}
		next.segs, next.slotOf = append(next.segs, seg), append(next.slotOf, sm)
	}
	for s, seg := range ix.segs {
		add(seg, ix.slotOf[s], fresh) // a document replaced stays gone
	}
	if len(seg.keys) > 0 {
		add(seg, slotMap{}, nil)
	}
	if len(next.segs)-next.built > maxSegments {
		next.mergeUpdates()
	}
	return next
}

// maxSegments is how many segments of updates an index keeps before
// merging them into one.
const maxSegments = 6

// Starts records in acc, by slot, the best hit of word where it starts a
// word: acc[slot] becomes the greater of itself and the hit. acc holds
// Len() hits. A word with characters other than letters and digits is
// found wherever it is, starting a word or not.
func (ix *Index) Starts(word string, acc []Hit) {
	word = strings.ToLower(word)
	if word == "" {
		return
	}
	for s, seg := range ix.segs {
		if !isWord(word) {
			seg.chunks.each(func(t int) {
				c := seg.chunks.term(t)
				if start, inside := find(c, word); start >= 0 {
					ix.apply(acc, seg.chunks.postings(t), ix.slotOf[s], true, start)
				} else if inside >= 0 {
					ix.apply(acc, seg.chunks.postings(t), ix.slotOf[s], false, inside)
				}
			})
			continue
		}
		if sum, ok := seg.words.letter(word, true); ok {
			ix.apply(acc, sum.inside, ix.slotOf[s], true, 0)
			continue
		}
		lo, hi := seg.words.prefixRange(word)
		for t := lo; t < hi; t++ {
			ix.apply(acc, seg.words.postings(t), ix.slotOf[s], true, 0)
		}
	}
	runtime.KeepAlive(ix) // its segments, whose postings may be mapped (BuildOnDisk)
}

// Inside records in acc the best hit of word inside a word, for a word of
// letters and digits (Starts finds the others), for the slots of need
// (sorted; nil for every slot) and maybe others: call it when some slot
// has no hit from Starts. A long list of a word holding it is read only
// around the slots needed, when they are few.
func (ix *Index) Inside(word string, acc []Hit, need []int) {
	word = strings.ToLower(word)
	if word == "" || !isWord(word) {
		return
	}
	for s, seg := range ix.segs {
		sm := ix.slotOf[s]
		var docs []int // need, as documents of the segment, when it can say
		if need != nil && sm.of == nil {
			lo, _ := slices.BinarySearch(need, sm.base)
			hi, _ := slices.BinarySearch(need, sm.base+len(seg.keys))
			docs = need[lo:hi] // read only: the first segment's documents are its slots
			if sm.base != 0 {
				docs = make([]int, hi-lo)
				for k, sl := range need[lo:hi] {
					docs[k] = sl - sm.base
				}
			}
		}
		v := &seg.words
		if sum, ok := v.letter(word, false); ok {
			ix.apply(acc, sum.inside, sm, false, 0)
			continue
		}
		v.each(func(t int) {
			at := strings.Index(v.term(t), word)
			if at <= 0 {
				return
			}
			if docs != nil && int(v.skipAt[t+1]-v.skipAt[t]) > len(docs) { // fewer to read
				ix.applyTo(acc, v, t, docs, sm, at)
				return
			}
			ix.apply(acc, v.postings(t), sm, false, at)
		})
	}
	runtime.KeepAlive(ix)
}

// applyTo merges the postings of term t into acc, as an inside hit at off
// past each position, for the documents docs (sorted) only, reading the
// postings from the skip before each.
func (ix *Index) applyTo(acc []Hit, v *vocab, t int, docs []int, sm slotMap, off int) {
	post, skips := v.postings(t), v.skips[2*v.skipAt[t]:2*v.skipAt[t+1]]
	i, last := 0, -1 // where the next posting is, and the document read last
	for _, want := range docs {
		if last >= want {
			continue
		}
		// The last skip at or before want, when it is past where reading is.
		k := searchTerms(len(skips)/2, func(k int) bool { return int(skips[2*k]) > want }) - 1
		jump := k >= 0 && int(skips[2*k+1]) > i
		if jump {
			i = int(skips[2*k+1])
		}
		for i < len(post) {
			delta, n := uvarint(post[i:])
			fp, m := uvarint(post[i+n:])
			next := max(last, 0) + int(delta)
			if jump {
				next, jump = int(skips[2*k]), false
			}
			if next > want {
				break
			}
			i, last = i+n+m, next
			if next == want {
				if h := hitOf(uint32(ix.fields-int(fp&3)), int(fp>>2)+off); acc[sm.base+next] < h {
					acc[sm.base+next] = h
				}
			}
		}
	}
}

// WithinWord records in acc, for the slots whose field holds a word with
// the letters of q in order, how many other letters the shortest such
// word has: acc[slot] becomes the greater of itself and ^slack (so the
// fewest wins, and 0 is none).
func (ix *Index) WithinWord(q string, field int, acc []uint32) {
	qr := []rune(strings.ToLower(q))
	if len(qr) == 0 {
		return
	}
	for s, seg := range ix.segs {
		seg.words.each(func(t int) {
			term := seg.words.term(t)
			if !subsequence(term, qr) {
				return
			}
			code := ^uint32(utf8.RuneCountInString(term) - len(qr))
			eachPosting(seg.words.postings(t), func(d, f, _ int) {
				if f != field {
					return
				}
				if sl := ix.slotOf[s].slot(d); sl >= 0 && acc[sl] < code {
					acc[sl] = code
				}
			})
		})
	}
	runtime.KeepAlive(ix)
}

// subsequence reports whether the runes of q appear in order in w.
func subsequence(w string, q []rune) bool {
	k := 0
	for _, r := range w {
		if r == q[k] {
			if k++; k == len(q) {
				return true
			}
		}
	}
	return false
}

func (v *vocab) each(f func(t int)) {
	for t := range v.len() {
		f(t)
	}
}

// apply merges postings into acc: each document's hit at its position
// plus off, a word start or not.
func (ix *Index) apply(acc []Hit, post []byte, slots slotMap, start bool, off int) {
	var rank [MaxFields]uint32
	for f := range ix.fields {
		rank[f] = uint32(ix.fields - f)
		if start {
			rank[f] += uint32(ix.fields)
		}
	}
	// The postings are read here rather than by a postingReader, whose
	// next does not inline: this is the loop a key waits for.
	for i, d := 0, 0; i < len(post); {
		delta, n := uvarint(post[i:])
		fp, m := uvarint(post[i+n:])
		i, d = i+n+m, d+int(delta)
		sl := slots.base + d
		if slots.of != nil {
			if sl = int(slots.of[d]); sl < 0 {
				continue
			}
		}
		if h := hitOf(rank[fp&3], int(fp>>2)+off); acc[sl] < h {
			acc[sl] = h
		}
	}
}

// postingReader reads a term's postings in order.
type postingReader struct {
	post []byte
	i, d int // where the next posting is, and the document of the last
}

// next is the next posting: its document, and its position<<2|field.
func (r *postingReader) next() (doc int, fp uint64) {
	delta, n := uvarint(r.post[r.i:])
	fp, m := uvarint(r.post[r.i+n:])
	r.i += n + m
	r.d += int(delta)
	return r.d, fp
}

// eachPosting calls f with each document, field and position of a term's
// postings.
func eachPosting(post []byte, f func(doc, field, pos int)) {
	for r := (postingReader{post: post}); r.i < len(post); {
		d, fp := r.next()
		f(d, int(fp&3), int(fp>>2))
	}
}

// uvarint decodes a varint (the encoding of encoding/binary).
func uvarint(b []byte) (uint64, int) {
	if b[0] < 0x80 {
		return uint64(b[0]), 1
	}
	var x uint64
	var s uint
	for i, c := range b {
		if c < 0x80 {
			return x | uint64(c)<<s, i + 1
		}
		x |= uint64(c&0x7f) << s
		s += 7
	}
	return x, len(b)
}

func appendUvarint(b []byte, x uint64) []byte {
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}

// find is where word first starts a word in text, and where it first is
// at all when it starts none (-1: nowhere): the filter's tiers.
func find(text, word string) (start, inside int) {
	inside = -1
	for off := 0; off <= len(text); {
		j := strings.Index(text[off:], word)
		if j < 0 {
			break
		}
		j += off
		if inside < 0 {
			inside = j
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:j]); j == 0 || !IsWordRune(r) {
			return j, -1
		}
		off = j + 1
	}
	return -1, inside
}

// IsWordRune reports whether r is part of a word: a letter or a digit.
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isWord(s string) bool {
	for _, r := range s {
		if !IsWordRune(r) {
			return false
		}
	}
	return true
}

// builder gathers the postings of one vocabulary while documents are read.
type builder struct {
	ids   map[string]int32
	terms []string
	post  [][]byte
	last  []int32 // the last document each term was seen in, +1
	count []int32 // how many postings each term has
	skips [][]uint32
}

func newBuilder() *builder { return &builder{ids: map[string]int32{}} }

// add records term at pos in field f of document d (documents come in
// order, and their fields in order): its first position in the first
// field that has it only.
func (b *builder) add(term []byte, d, f, pos int) {
	id, ok := b.ids[string(term)] // looked up without a copy
	if !ok {
		id = int32(len(b.terms))
		t := string(term)
		b.ids[t] = id
		b.terms = append(b.terms, t)
		b.post = append(b.post, nil)
		b.last = append(b.last, 0)
		b.count = append(b.count, 0)
		b.skips = append(b.skips, nil)
	}
	if b.last[id] == int32(d+1) {
		// Seen in this field, or in an earlier one, whose hit of any
		// word this term matches outranks this field's.
		return
	}
	delta := uint64(d - max(int(b.last[id])-1, 0)) // from the document before, or from 0
	b.last[id] = int32(d + 1)
	if b.count[id] > 0 && b.count[id]%skipEvery == 0 {
		b.skips[id] = append(b.skips[id], uint32(d), uint32(len(b.post[id])))
	}
	b.count[id]++
	b.post[id] = appendUvarint(appendUvarint(b.post[id], delta), uint64(min(pos, MaxPos))<<2|uint64(f))
}

// vocab sorts the terms and lays out their postings.
func (b *builder) vocab() vocab {
	order := make([]int32, len(b.terms))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int { return cmp.Compare(b.terms[x], b.terms[y]) })
	var v vocab
	var text strings.Builder
	size, n := 0, 0
	for _, id := range order {
		size += len(b.terms[id])
		n += len(b.post[id])
	}
	text.Grow(size)
	v.ends, v.posts = make([]uint32, 0, len(order)+1), make([]uint32, 0, len(order)+1)
	v.ends, v.posts = append(v.ends, 0), append(v.posts, 0)
	v.skipAt = make([]uint32, 1, len(order)+1)
	v.post = make([]byte, 0, n)
	for _, id := range order {
		text.WriteString(b.terms[id])
		v.post = append(v.post, b.post[id]...)
		v.ends, v.posts = append(v.ends, uint32(text.Len())), append(v.posts, uint32(len(v.post)))
		v.skips = append(v.skips, b.skips[id]...)
		v.skipAt = append(v.skipAt, uint32(len(v.skips)/2))
		b.post[id], b.skips[id] = nil, nil
	}
	v.text = text.String()
	return v
}

func buildSegment(fields int, docs iter.Seq[Doc]) *segment {
	words, chunks := newBuilder(), newBuilder()
	seg := &segment{}
	var lower []byte // the field lower-cased, the buffer kept from one to the next
	for doc := range docs {
		d := len(seg.keys)
		seg.keys = append(seg.keys, doc.Key)
		for f, text := range doc.Fields[:min(len(doc.Fields), fields)] {
			lower = appendLower(lower[:0], text)
			tokens(lower, func(term []byte, pos int, word bool) {
				if word {
					words.add(term, d, f, pos)
				} else {
					chunks.add(term, d, f, pos)
				}
			})
		}
	}
	seg.words, seg.chunks = words.vocab(), chunks.vocab()
	seg.words.summarize(len(seg.keys))
	return seg
}

// appendLower appends s lower-cased, as strings.ToLower has it (an
// invalid byte becomes U+FFFD), without a string made for it.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// tokens calls f with each word of text (a run of letters and digits) and
// each run between spaces that holds another character, with its byte
// offset (term is valid until f returns).
func tokens(text []byte, f func(term []byte, pos int, word bool)) {
	wordAt, chunkAt, odd := -1, -1, false
	for i := 0; i < len(text); {
		class, size := asciiClass[text[i]], 1
		if class == classRune {
			var r rune
			r, size = utf8.DecodeRune(text[i:])
			switch {
			case unicode.IsSpace(r):
				class = classSpace
			case IsWordRune(r):
				class = classWord
			default:
				class = classOther
			}
		}
		switch class {
		case classSpace:
			if wordAt >= 0 {
				f(text[wordAt:i], wordAt, true)
			}
			if chunkAt >= 0 && odd {
				f(text[chunkAt:i], chunkAt, false)
			}
			wordAt, chunkAt, odd = -1, -1, false
			i += size
			continue
		case classWord:
			if wordAt < 0 {
				wordAt = i
			}
		default:
			if wordAt >= 0 {
				f(text[wordAt:i], wordAt, true)
			}
			wordAt, odd = -1, true
		}
		if chunkAt < 0 {
			chunkAt = i
		}
		i += size
	}
	if wordAt >= 0 {
		f(text[wordAt:], wordAt, true)
	}
	if chunkAt >= 0 && odd {
		f(text[chunkAt:], chunkAt, false)
	}
}

// Classes of a byte of text for tokens.
const (
	classOther = iota
	classSpace
	classWord
	classRune // the first byte of a rune beyond ASCII: decode it
)

// asciiClass is the class of each byte: ASCII by itself, the rest as runes.
var asciiClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 0x80:
			t[c] = classRune
		case unicode.IsSpace(rune(c)):
			t[c] = classSpace
		case IsWordRune(rune(c)):
			t[c] = classWord
		}
	}
	return t
}()

// mergeUpdates merges the segments that updates made into one, of their
// documents still in a slot, in slot order.
func (ix *Index) mergeUpdates() {
	segs, maps := ix.segs[ix.built:], ix.slotOf[ix.built:]
	var slots []int32 // of the documents kept, in order: the merged segment's
	keyOf := map[int32]string{}
	for s, seg := range segs {
		for d, k := range seg.keys {
			if sl := maps[s].slot(d); sl >= 0 {
				slots = append(slots, int32(sl))
				keyOf[int32(sl)] = k
			}
		}
	}
	slices.Sort(slots)
	docOf := make(map[int]int, len(slots))
	merged := &segment{keys: make([]string, len(slots))}
	for d, sl := range slots {
		docOf[int(sl)], merged.keys[d] = d, keyOf[sl]
	}
	merged.words = mergeVocab(segs, maps, docOf, func(s *segment) *vocab { return &s.words })
	merged.words.summarize(len(slots))
	merged.chunks = mergeVocab(segs, maps, docOf, func(s *segment) *vocab { return &s.chunks })
	ix.segs = append(ix.segs[:ix.built:ix.built], merged)
	ix.slotOf = append(ix.slotOf[:ix.built:ix.built], slotMap{of: slots})
}

// mergeVocab merges one vocabulary of segs (whose documents are in the
// slots of maps), numbering each document kept docOf its slot and dropping
// those gone.
func mergeVocab(segs []*segment, maps []slotMap, docOf map[int]int, of func(*segment) *vocab) vocab {
	type entry struct{ doc, fp int }
	b := newBuilder()
	var terms []string
	seen := map[string]bool{}
	for _, seg := range segs {
		v := of(seg)
		for t := range v.len() {
			if term := v.term(t); !seen[term] {
				seen[term] = true
				terms = append(terms, term)
			}
		}
	}
	var list []entry
	for _, term := range terms {
		list = list[:0]
		bterm := []byte(term)
		for s, seg := range segs {
			v := of(seg)
			t := searchTerms(v.len(), func(k int) bool { return v.term(k) >= term })
			if t == v.len() || v.term(t) != term {
				continue
			}
			eachPosting(v.postings(t), func(d, f, pos int) {
				if sl := maps[s].slot(d); sl >= 0 {
					list = append(list, entry{docOf[sl], pos<<2 | f})
				}
			})
		}
		slices.SortFunc(list, func(x, y entry) int {
			return cmp.Or(cmp.Compare(x.doc, y.doc), cmp.Compare(x.fp&3, y.fp&3), cmp.Compare(x.fp>>2, y.fp>>2))
		})
		for _, e := range list {
			b.add(bterm, e.doc, e.fp&3, e.fp>>2)
		}
	}
	return b.vocab()
}
