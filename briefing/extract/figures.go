package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Figures returns every figure in text, in order of appearance: each number
// that counts or measures something, with its qualifier, counted noun,
// category and whether it belongs in the key-figures panel (extraction.md
// section 1). Years, dates, times, ordinals, list numbers, phone numbers,
// ages and numbers inside names are not figures.
//
// It works sentence by sentence and is linear in the length of text.
func Figures(text string) []Figure {
	prepare()
	spans := furniture(text)
	figs := figuresOf(text, spans)
	if len(spans) > 0 {
		k := 0
		figs = slices.DeleteFunc(figs, func(f Figure) bool { return inFurniture(spans, &k, f.Start) })
	}
	storyKeys(text, figs)    // parts of a total, raised tolls, "hundreds" after 304 (figures_key7story.go)
	restatedKeys(text, figs) // "dozens of bodies" after 47 killed; "including 1,900 who have reached" (figures_keyrestated.go)
	// The headline is the text's first sentence: its figures are those of
	// the first figure's sentence when that is the first one.
	var head []Figure
	firstEnd := 0
	if len(figs) > 0 && strings.TrimSpace(text[:figs[0].SentenceStart]) == "" {
		firstEnd = figs[0].SentenceEnd
		n := 1
		for n < len(figs) && figs[n].SentenceStart == figs[0].SentenceStart {
			n++
		}
		// They are read in place, not copied out: markLead writes only
		// the lead's flag, after its last reading of them.
		head = figs[:n]
	}
	markLead(text, figs, text[:firstEnd], head)
	return figs
}

// figuresOf finds the figures of text, without choosing a lead.
//
// It reads the text in three passes over batches of sentences: the first
// tokenizes and indexes each sentence (scan), the second parses the
// candidates (parseBatch), the third turns them into figures (emitBatch).
// Each pass runs one body of code over many sentences, so that its code
// stays in the processor's instruction cache; interleaved per sentence,
// they are more than it holds, and each sentence or figure fetched them
// again. The first two passes read nothing a later one writes (the
// figures so far, the keys, the values seen), so the figures are those of
// a sentence-by-sentence reading.
func figuresOf(text string, skip []Span) []Figure {
	bufs := figureBuffers.Get().(*figurerBuffers)
	// The set of values starts at a size for a figure every 64 bytes and
	// no more than 1024 figures: a long text names most of its values
	// more than once, and the set grows when it must, so a large text does
	// not clear a table it mostly leaves empty.
	size := valueSetSize(min(len(text)/64+4, 1024))
	if cap(bufs.seen) < size {
		bufs.seen = make([]uint64, size)
	}
	seen := bufs.seen[:size]
	clear(seen)
	// The key figures' heads start as keyHeads.add lays them out.
	if cap(bufs.keySlots) < 64 {
		bufs.keySlots = make([]int32, 64)
	}
	keySlots := bufs.keySlots[:64]
	clear(keySlots)
	// The figures' buffer starts at the same guess when the pool's is
	// smaller: the pool loses its buffers to the collector often (every
	// other call of a 1 MB text), and growing the buffer by append from
	// nothing allocates some five times its final size and copies four,
	// which made such a call take twice as long as one with the pool's.
	if est := min(len(text)/64+4, maxPooled); cap(bufs.out) < est {
		bufs.out = make([]Figure, 0, est)
	}
	spans := appendSentences(bufs.spans[:0], text)
	fx := figurer{text: text, out: bufs.out, seen: valueSet{slots: seen}, keys: keyHeads{slots: keySlots, heads: bufs.keyHeads},
		batch: bufs.batch, starts: bufs.starts}
	defer func() {
		// A huge text's buffers are not kept for the next call (they
		// would stay alive as long as calls keep coming), and a batch
		// left full by a panic (recovered by briefing.Guarded) is emptied.
		if cap(fx.out) > maxPooled || cap(spans) > maxPooled || cap(fx.keys.heads) > maxPooled || len(fx.seen.slots) > 2*maxPooled {
			return
		}
		clear(fx.out) // the figures' strings and heads are the text's
		clear(fx.keys.heads)
		fx.batch.reset()
		bufs.out, bufs.batch, bufs.starts, bufs.seen = fx.out[:0], fx.batch, fx.starts[:0], fx.seen.slots[:0]
		bufs.keySlots, bufs.keyHeads, bufs.spans = fx.keys.slots[:0], fx.keys.heads[:0], spans[:0]
		figureBuffers.Put(bufs)
	}()
	b := &fx.batch
	k := 0
	for _, s := range spans {
		if inFurniture(skip, &k, s.Start) && s.End <= skip[k].End {
			continue // a caption's toll is no earlier mention of the story's (figures_key7.go)
		}
		// A "sentence" of many kilobytes (a table, a list without stops,
		// hostile input) is read in pieces cut after commas or spaces, so
		// that the buffers stay small and the work stays linear.
		for from := s.Start; from < s.End; {
			to := chunkEnd(text, from, s.End)
			t0 := len(b.toks)
			b.toks = ntokenize(text, from, to, b.toks)
			fx.scan(t0, s)
			if len(b.toks) >= batchTokens || len(b.nums) >= batchCands {
				fx.parseBatch()
				fx.emitBatch()
			}
			from = to
		}
	}
	fx.parseBatch()
	fx.emitBatch()
	if n := len(fx.out); n >= handOver && 2*n >= cap(fx.out) && cap(fx.out) <= maxPooled {
		// A long text's figures keep the buffer they were made in, which
		// they fill at least half, and the next call gets a new one of
		// its size: zeroing fresh memory costs less than copying them out
		// and clearing the buffer, both of which the collector's write
		// barrier slows while it marks. A buffer too large to go back to
		// the pool is copied out of as before, not replaced for nothing.
		figs := fx.out[:n:n]
		fx.out = make([]Figure, 0, cap(fx.out))
		return figs
	}
	// The figures are copied out of the buffer they were made in, into
	// memory of just their size.
	figs := make([]Figure, len(fx.out))
	copy(figs, fx.out)
	return figs
}

// handOver is the fewest figures whose buffer figuresOf hands to the
// caller instead of copying them out (some 200 KB of figures).
const handOver = 1024

// maxPooled is the most figures, sentences or key heads whose buffers a
// call of figuresOf gives back for the next (a 1 MB text makes some
// 10,000 figures; 16,384 of them take 3 MB): those of a longer text go to
// the collector, so that one huge text does not keep its buffers alive
// while calls keep coming.
const maxPooled = 1 << 14

// figureBuffers holds the buffers of calls of figuresOf that have
// returned, for the next to reuse: memory written moments ago is in the
// processor's cache, where fresh memory has to be fetched from further
// away for each of its lines, which costs more than the work done in it.
var figureBuffers = sync.Pool{New: func() any {
	var b figurerBuffers
	b.batch.toks = make([]ntoken, 0, batchTokens+256)
	b.batch.cands = make([]candidate, 0, batchCands+8)
	b.batch.nums = make([]int, 0, batchCands+64) // a sentence may add many at once
	m := cap(b.batch.toks) + 32                  // a piece's counts take one entry more than its tokens
	b.batch.clauses, b.batch.trigBefore, b.batch.roleBefore, b.batch.triggers = make([]int32, 0, m), make([]int32, 0, m), make([]int32, 0, m), make([]int32, 0, m)
	return &b
}}

// figurerBuffers are the buffers a figurer reuses from call to call: the
// figures made, the batch, the list of number starts, the slots of the
// set of values seen, the key figures' heads and the sentences. Only the
// figures and the heads point into a text, and they are cleared when the
// call returns.
type figurerBuffers struct {
	out      []Figure
	batch    sentenceBatch
	starts   []int
	seen     []uint64
	keySlots []int32
	keyHeads []keyHead
	spans    []Span
}

// batchTokens and batchCands are the numbers of tokens of kept sentences
// and of tokens a number may start at (each at most one candidate) after
// which a batch is parsed and emitted: enough that each
// pass's code is fetched once for many figures, few enough that the
// batch stays in cache. The tokens bound a batch of news copy; 32 number
// starts cut it at a third of that, and the code the passes fetch again
// for each batch (instruction-cache misses, mispredicts) costs more than
// the data a bigger batch loses from the cache.
const (
	batchTokens = 1024
	batchCands  = 128
)

// sentenceBatch holds the sentences read but not yet emitted: their
// tokens, their candidates and what the sentence's pass (index) found,
// each sentence's share marked by a piece.
type sentenceBatch struct {
	toks       []ntoken
	cands      []candidate
	clauses    []int32
	trigBefore []int32
	roleBefore []int32
	triggers   []int32
	pieces     []sentencePiece
	// nums lists the tokens of each piece a number may start at (index),
	// and heads the numbers parseBatch reads there.
	nums  []int
	heads []numberHead
	own   ownReads // what readOwn read of the figures (figures_own.go)
}

// sentencePiece is one sentence, or piece of a long one, of a batch: its
// span, the offsets of its shares of the batch's slices and the marks,
// phrases and folds its pass found.
type sentencePiece struct {
	s             Span
	tok, tokEnd   int // toks
	num, numEnd   int // nums
	cand, candEnd int // cands
	at            int // clauses, trigBefore, roleBefore: tokEnd-tok+1 each
	trig, trigEnd int // triggers
	marks         lexMark
	phrases       sentencePhrases
	folds         bool
}

// grow makes room for n more elements past the length of s, keeping the
// elements so far.
func grow[T any](s []T, n int) []T {
	if cap(s)-len(s) < n {
		return slices.Grow(s, n)
	}
	return s
}

// scan is the first pass over the sentence piece whose tokens start at t0
// in the batch: it indexes the tokens and keeps them, with the tokens a
// number may start at, for parseBatch; a piece where no number may start
// leaves the batch as it was.
func (fx *figurer) scan(t0 int, s Span) {
	b := &fx.batch
	toks := b.toks[t0:]
	n := len(toks)
	// index writes its counts and category words into the free tails of
	// the batch's slices, which the piece takes when it is kept.
	b.clauses, b.trigBefore, b.roleBefore, b.triggers = grow(b.clauses, n+1), grow(b.trigBefore, n+1), grow(b.roleBefore, n+1), grow(b.triggers, n)
	at, trig := len(b.clauses), len(b.triggers)
	fx.clauses, fx.trigBefore, fx.roleBefore = b.clauses[at:at+n+1], b.trigBefore[at:at+n+1], b.roleBefore[at:at+n+1]
	fx.triggers = b.triggers[trig : trig+n]
	numStarts := fx.index(toks)
	if len(numStarts) == 0 {
		b.toks = b.toks[:t0]
		return
	}
	num := len(b.nums)
	b.nums = append(b.nums, numStarts...)
	b.clauses, b.trigBefore, b.roleBefore = b.clauses[:at+n+1], b.trigBefore[:at+n+1], b.roleBefore[:at+n+1]
	b.triggers = b.triggers[:trig+len(fx.triggers)]
	b.pieces = append(b.pieces, sentencePiece{s: s, tok: t0, tokEnd: len(b.toks), num: num, numEnd: len(b.nums), at: at,
		trig: trig, trigEnd: len(b.triggers), marks: fx.marks, phrases: fx.phrases, folds: fx.folds})
}

// parseBatch is the second pass: it parses the candidates of the batch's
// pieces, in order, with each piece's index as scan left it, and keeps
// the pieces that have one for emitBatch.
func (fx *figurer) parseBatch() {
	b := &fx.batch
	// The numbers first, all of them, each read as candidateAt would read
	// it: one inside the figure before is read for nothing, but numberAt
	// depends on nothing the figures before decide.
	b.heads = grow(b.heads[:0], len(b.nums))[:len(b.nums)]
	for _, p := range b.pieces {
		toks := b.toks[p.tok:p.tokEnd]
		for j, i := range b.nums[p.num:p.numEnd] {
			b.heads[p.num+j] = numberAt(fx.text, toks, i)
		}
	}
	kept := b.pieces[:0]
	for _, p := range b.pieces {
		toks := fx.usePiece(&p)
		c0 := len(b.cands)
		cands := b.cands
		next := 0
		for j, i := range b.nums[p.num:p.numEnd] {
			if i < next {
				continue // inside the figure before
			}
			h := &b.heads[p.num+j]
			if !h.ok {
				next = h.next
				continue
			}
			// candidateOf writes the whole candidate before it reads one
			// field, so the slot past the end is not cleared first; it joins
			// the candidates when it holds one.
			if len(cands) == cap(cands) {
				cands = slices.Grow(cands, 1)
			}
			var ok bool
			next, ok = fx.candidateOf(toks, h.p, &cands[:len(cands)+1][len(cands)])
			if ok {
				cands = cands[:len(cands)+1]
			}
		}
		b.cands = cands
		if len(cands) == c0 {
			continue // its tokens stay in the batch until it is emptied, unread
		}
		fx.coordinate(toks, cands[c0:])
		p.cand, p.candEnd = c0, len(cands)
		kept = append(kept, p)
	}
	b.pieces = kept
}

// usePiece makes piece p of the batch the figurer's sentence: its index
// as scan left it. It returns the piece's tokens.
func (fx *figurer) usePiece(p *sentencePiece) []ntoken {
	b := &fx.batch
	toks := b.toks[p.tok:p.tokEnd]
	n := len(toks)
	fx.clauses, fx.trigBefore, fx.roleBefore = b.clauses[p.at:p.at+n+1], b.trigBefore[p.at:p.at+n+1], b.roleBefore[p.at:p.at+n+1]
	fx.triggers = b.triggers[p.trig:p.trigEnd]
	fx.marks, fx.phrases, fx.folds = p.marks, p.phrases, p.folds
	return toks
}

// emitBatch is the third pass: it turns the batch's candidates into
// figures, sentence by sentence in order, with each sentence's index as
// scan left it, and empties the batch.
func (fx *figurer) emitBatch() {
	b := &fx.batch
	fx.readOwn() // each figure's own sentence, in passes over the batch (figures_own.go)
	for _, p := range b.pieces {
		toks := fx.usePiece(&p)
		cands := b.cands[p.cand:p.candEnd]
		for k := range cands {
			fx.emit(toks, cands, k, p.s)
		}
	}
	b.reset()
}

// reset empties the batch, keeping its buffers.
func (b *sentenceBatch) reset() {
	b.toks, b.cands, b.pieces, b.nums = b.toks[:0], b.cands[:0], b.pieces[:0], b.nums[:0]
	b.clauses, b.trigBefore, b.roleBefore, b.triggers = b.clauses[:0], b.trigBefore[:0], b.roleBefore[:0], b.triggers[:0]
}

// figurer carries what one sentence's figures need from the sentences
// before: the previous count, for ellipses ("nearly 400 of those"), and the
// key figures so far, for deduplication.
type figurer struct {
	harmAt int  // toks[0].start+1 of the sentence harmed was read for
	harmed bool // harmedSentence of it
	// keyOldState is one more than the index in out of the last figure
	// that was key but for being the old state of a change ("from 45"):
	// the new state after it ("to 57") is key in its place.
	keyOldState int
	text        string
	out         []Figure
	// prev is the index in out of the last figure; hasPrev says it is a
	// count with a counted noun, which an ellipsis can refer back to.
	prev    int
	hasPrev bool
	// keys holds the head nouns of the key figures so far by value and
	// category, for deduplication; seen holds every value so far.
	keys keyHeads
	seen valueSet
	// batch holds the sentences read and not yet emitted (figuresOf).
	batch sentenceBatch
	// starts is the buffer index lists number starts in; clauses,
	// trigBefore, roleBefore and triggers are the current sentence's
	// share of the batch's; floats is the slab the bounds of figures
	// point into.
	starts  []int
	clauses []int32
	floats  []float64
	// triggers and trigBefore index the category words of the sentence
	// (see sentence).
	triggers   []int32
	trigBefore []int32
	// roleBefore[j] counts the tokens before token j whose word names a
	// role, so that a figure's role skips the scans that could find none
	// (see rolesIn).
	roleBefore []int32
	// phrases says which rare phrases the sentence has (see phrasesOf).
	phrases sentencePhrases
	// marks are the marks of the sentence's words, ORed (see sentence).
	marks lexMark
	// folds says the sentence has a word with a letter beyond ASCII,
	// which may fold to one ("ſ" to "s"): a word compared with
	// strings.EqualFold may then be there without its entry's mark (see
	// mayHave).
	folds bool
	// currencies are the rupee and pound the text names (number_unitname.go).
	currencies currencyHints
	// units are the short forms of units the text defines (number_abbrev.go).
	units definedUnits
	// totals are the largest counts by role of the sentences before (figures_keydoc.go).
	totals storyTotals
}

// keyKind is what makes two key figures the same figure, with the head
// noun of the unit.
type keyKind struct {
	value    float64
	category Category
	injury   bool
}

// candidate is a figure being built within a sentence.
//
// The token positions come first and the flags last, together, so that
// the flags pack into one word: a batch of candidates is written by the
// first pass and read by the second, and the fewer cache lines it takes,
// the more of the batch's tokens stay in the data cache between the two
// (figuresOf).
type candidate struct {
	b          bounds
	q          quantParse
	first      int // tokens of the figure's text
	last       int
	unitFirst  int // tokens of the counted noun, or -1
	unitLast   int
	chainFirst int // first token of the coordinated list the figure belongs to
	chainLast  int // last token of that list
	// perFirst and perLast are the tokens of a rate's denominator
	// ("barrel" of "$58.24 per barrel"), or 0 when there is none.
	perFirst, perLast int
	// nominal is the token of an adjective used as the counted noun ("12
	// dead"), or 0 when there is none.
	nominal int
	// sentenceStart is where the figure's sentence starts in the text.
	sentenceStart int
	inheritCat    Category // the category of the figure the unit is taken from (inherited)
	elliptic      bool     // no counted noun of its own: "nearly 400 of those", "110,750 wounded"
	// countPosition says an elliptic figure is the subject of its clause;
	// afterPrep that it is the object of a preposition.
	countPosition, afterPrep bool
	inherited                bool // unit taken from an earlier figure
	partitive                bool // "400 of those": a part of an earlier figure
	breakdown                bool // "137 hostages, 76 girls and 61 boys": a part of the figure before
	coord                    bool // joined to the figure before by "and", "or" or a comma
	rate                     bool // "30 for each hostage"
	definite                 bool // "the 600 additional officers": a figure named again
	vague                    bool
}

// index makes the sentence's one pass over its tokens. It counts the
// clause breaks, category words and role words before each token (clauses,
// trigBefore, roleBefore), lists the category words (triggers), ORs the
// words' marks, notes the sentence's phrases and words beyond ASCII, and
// returns the tokens a number may start at (mayStartNumber), in order.
func (fx *figurer) index(toks []ntoken) []int {
	n := len(toks)
	// clauses[j] counts the clause breaks before token j: commas and
	// words such as "and that", which a category word rarely reaches across.
	if cap(fx.clauses) < n+1 {
		fx.clauses = make([]int32, n+1, 2*n+1)
	}
	// triggers holds the tokens whose word signals a category, in order,
	// and trigBefore[j] counts those before token j, so that a figure's
	// category reads only the words that can give one.
	if cap(fx.trigBefore) < n+1 {
		fx.trigBefore = make([]int32, n+1, 2*n+1)
	}
	if cap(fx.roleBefore) < n+1 {
		fx.roleBefore = make([]int32, n+1, 2*n+1)
	}
	if cap(fx.triggers) < n {
		fx.triggers = make([]int32, n, 2*n)
	}
	// The tokens a number may start at are listed in the buffer of starts,
	// which the sentence fills only once they are parsed.
	if cap(fx.starts) < n+1 {
		fx.starts = make([]int, n+1, 2*n+1)
	}
	clauses, trigBefore, roleBefore := fx.clauses[:n+1], fx.trigBefore[:n+1], fx.roleBefore[:n+1]
	// Both lists take at most one entry a token: they are written by
	// index, with their counts nt and ns.
	triggers, numStarts := fx.triggers[:n], fx.starts[:n]
	nt, ns := 0, 0
	roles := int32(0)
	var marks lexMark
	var phrases sentencePhrases
	folds := false
	c := 0 // clause breaks so far
	text := fx.text
	for k := 0; k < n; k++ {
		t := &toks[k]
		clauses[k] = int32(c)
		trigBefore[k] = int32(nt)
		roleBefore[k] = roles
		switch t.kind {
		case ntNum:
			numStarts[ns] = k
			ns++
			continue
		case ntPunct:
			// An ASCII mark is a token of one byte (a link starts with a
			// letter); clausePunct reads the dashes beyond ASCII.
			switch ch := text[t.start]; {
			case ch == ',' || ch == ';' || ch == ':':
				c++
			case ch == '-':
				numStarts[ns] = k // a minus sign
				ns++
			case ch >= 0x80:
				if clausePunct(text, *t) {
					c++
				}
				numStarts[ns] = k // "−", "½"
				ns++
			}
			continue
		}
		lx := t.lx
		if lx == nil {
			if t.foreign {
				folds = true
			}
			continue
		}
		m := lx.marks
		marks |= m
		if m&(markClauseBreak|markRoleWord|markTrigger|markPhrase|markNumStart) == 0 {
			continue // most words: nothing to count or index
		}
		if m&markNumStart != 0 && (lx.num != nkArticle || articleStarts(text, toks, k)) {
			numStarts[ns] = k
			ns++
		}
		if m&markClauseBreak != 0 {
			c++
		}
		if m&markRoleWord != 0 {
			roles++
		}
		if m&markTrigger != 0 {
			triggers[nt] = int32(k)
			nt++
		}
		if m&markPhrase != 0 {
			fx.phraseAt(toks, k, &phrases)
		}
	}
	clauses[n] = int32(c)
	trigBefore[n] = int32(nt)
	roleBefore[n] = roles
	fx.clauses, fx.trigBefore, fx.roleBefore = clauses, trigBefore, roleBefore
	fx.triggers = triggers[:nt]
	fx.marks, fx.folds, fx.phrases = marks, folds, phrases
	return numStarts[:ns]
}

// candidateAt parses the figure that starts at token i into c, if there is
// one, and returns the token to continue from.
func (fx *figurer) candidateAt(toks []ntoken, i int, c *candidate) (int, bool) {
	h := numberAt(fx.text, toks, i)
	if !h.ok {
		return h.next, false
	}
	return fx.candidateOf(toks, h.p, c)
}

// numberHead is the number that starts at a token, as numberAt reads it:
// ok when it may be a figure, and otherwise the token to continue from.
type numberHead struct {
	p    numParse
	next int
	ok   bool
}

// numberAt is the first half of candidateAt: it parses the number that
// starts at token i and asks whether it is no figure (notFigure). It reads
// only the tokens, so parseBatch runs it for all of a batch's number
// starts before the second half, and each half's code stays in the
// instruction cache from one number to the next.
func numberAt(text string, toks []ntoken, i int) numberHead {
	p, ok := parseNumber(text, toks, i)
	if !ok {
		return numberHead{next: i + 1}
	}
	if p.split || p.ordinal {
		return numberHead{next: p.last + 1}
	}
	if p.first < p.last && isDash(ntText(text, toks[p.first])) && toks[p.first+1].space && toks[p.first+1].kind == ntNum {
		p.first, p.value = p.first+1, -p.value // "- 115 people": a list bullet, not a minus sign
	}
	p = ratio(text, toks, p, false)
	if skip, next := notFigure(text, toks, p); skip {
		return numberHead{next: max(next, p.last+1)}
	}
	return numberHead{p: p, ok: true}
}

// candidateOf is the second half of candidateAt: it reads the figure of
// the number p, which numberAt let through, into c, and returns the token
// to continue from.
func (fx *figurer) candidateOf(toks []ntoken, p numParse, c *candidate) (int, bool) {
	text := fx.text
	b, second := boundsOf(text, toks, p)
	top := p
	if b.hasSecond {
		top = second
	}
	q := unitOf(text, toks, top)
	fx.definedUnitAfter(toks, &q) // "427 mt" after "40 million tonnes (mt)"
	if !b.hasSecond && q.num.value != p.value {
		b.min, b.max = q.num.value, q.num.value // "5 feet 2 inches", "2hr 5min 42sec", "3 dollars 50 cents"
	}
	if b.hasSecond {
		if q0 := unitOf(text, toks, p); q0.kind != QuantityNumber && q0.first < q.first {
			q.first = q0.first // "$2 to $3 million", "$5-10 million"
			if q.kind == QuantityNumber {
				q.kind, q.unitFirst, q.unitLast, q.rule = q0.kind, q0.unitFirst, q0.unitLast, q0.rule
			}
		}
	}
	if !b.hasSecond && (q.kind == QuantityDimension || q.kind == QuantityTemperature) {
		measureRange(text, toks, &b, &q) // "from up to 252 miles to 287 miles"
	}
	if q.first < p.first && b.kind == qExact {
		// "about $7 billion": the qualifier stands before the currency sign.
		if k, start, ok := matchBefore(text, toks, q.first); ok {
			b.kind, b.first, b.qualFirst = k, start, start
		}
	}
	if b.kind == qMoreThan && q.kind == QuantityDuration && b.qualFirst == p.first-1 && overMeansDuring(text, toks, b.qualFirst) {
		b.kind, b.first, b.qualFirst = qExact, p.first, p.first // "cut 10,000 jobs over five years": during, not more than
	}
	if q.kind == QuantityNumber && p.suffix >= 0 {
		return p.last + 1, false // "10am", "1990s", "4x4"
	}
	if q.kind == QuantityDuration && followsAgoOrOld(text, toks, q.last) && !(b.first > 0 && tokenWord(text, toks[b.first-1]) == "for" && !followsAgo(text, toks, q.last)) &&
		!periodNotOffset(text, toks, min(b.first, q.first), q.last) {
		return q.last + 1, false // "six months ago", "24-year-old"; but "in the two weeks after" (number_clock.go)
	}
	*c = candidate{b: b, q: q, first: min(b.first, q.first), last: max(b.last, q.last), unitFirst: q.unitFirst, unitLast: q.unitLast,
		sentenceStart: toks[0].start}
	c.vague = p.vague || p.quantifier
	if q.kind == QuantityNumber || (q.hyphenated && q.kind == QuantityNumber) {
		fx.countedNoun(text, toks, c)
	}
	if p.plain && q.kind == QuantityNumber && c.unitFirst >= 0 && properName(text, toks, c.unitFirst, c.unitLast) {
		return p.last + 1, false // "the 737 Max", "Highway 61 Revisited"
	}
	if c.first > 0 {
		if lx := toks[c.first-1].lx; lx != nil {
			c.definite = lx == lexThe || lx == lexThese || lx == lexThose
		}
		if t := toks[c.first-1]; (hasLex(t, lexWhich) || hasLex(t, lexWhom) || hasLex(t, lexThem)) && c.first > 1 && hasLex(toks[c.first-2], lexOf) {
			c.partitive = true // "of which 114 were shot down"
		}
	}
	if q.kind == QuantityPercent && q.last+1 < len(toks) && ntIsWord(toks[q.last+1], "of") {
		// "60% of hospitals": what the share is of.
		j := q.last + 2
		if j < len(toks) && toks[j].lx != nil && toks[j].lx.cls&clsDet != 0 {
			j++
		}
		if first, last, ok := nounRun(text, toks, j); ok {
			c.unitFirst, c.unitLast = first, last
		}
	}
	if k, end, ok := matchAfter(text, toks, c.last); ok && c.b.kind == qExact && q.kind != QuantityNumber {
		c.b.kind, c.last = k, end // "19% or more"
	}
	fx.oldState(toks, c) // "from 81 to 70 million", "from 5 to 7 percent"
	if c.q.kind != QuantityPercent && c.q.kind != QuantityDuration && (c.unitFirst >= 0 || c.q.kind != QuantityNumber) {
		if first, last, ok := rateAfter(text, toks, c.last); ok {
			c.perFirst, c.perLast, c.last, c.rate = first, last, last, true // "$58.24 per barrel", "40,000 jobs a month"
		}
	}
	return c.last + 1, true
}

// followsAgoOrOld reports whether a duration is a date or an age: "six
// months ago", "a 24-year-old", "30 years old".
func followsAgoOrOld(text string, toks []ntoken, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	w := tokenWord(text, toks[k+1])
	if w == "ago" || w == "old" || w == "earlier" || w == "later" || w == "before" || w == "after" {
		return true
	}
	return w == "-" && k+2 < len(toks) && tokenWord(text, toks[k+2]) == "old"
}

// coordinate links figures listed together ("84 Wagner fighters and 47
// Malian soldiers", "137 hostages, 76 girls and 61 boys"), so that a verb
// before or after the list applies to all of them, and marks a list in
// apposition to a total whose parts sum to it as a breakdown.
func (fx *figurer) coordinate(toks []ntoken, cands []candidate) {
	for k := range cands {
		cands[k].chainFirst, cands[k].chainLast = cands[k].first, cands[k].last
	}
	for k := 1; k < len(cands); k++ {
		a, b := &cands[k-1], &cands[k]
		joined := b.first > a.last+1
		for j := a.last + 1; j < b.first && joined; j++ {
			w := tokenWord(fx.text, toks[j])
			joined = w == "," || w == "and" || w == "or" || w == ";"
		}
		if joined {
			b.coord = true
			b.chainFirst = a.chainFirst
		}
	}
	for k := len(cands) - 2; k >= 0; k-- {
		if cands[k+1].coord {
			cands[k].chainLast = cands[k+1].chainLast
		}
	}
	// A breakdown: "137 hostages, 76 girls and 61 boys".
	for k := 0; k+2 < len(cands); k++ {
		total := cands[k].b.min
		sum, j := 0.0, k+1
		if !(j < len(cands) && cands[j].coord && cands[j].first == cands[k].last+2 && (tokenWord(fx.text, toks[cands[k].last+1]) == "," || tokenWord(fx.text, toks[cands[k].last+1]) == "(")) {
			continue
		}
		for ; j < len(cands) && j <= k+12 && cands[j].coord && sum < total; j++ {
			sum += cands[j].b.min
		}
		if j-k >= 3 && sameValue(sum, total) {
			for m := k + 1; m < j; m++ {
				cands[m].breakdown = true
			}
		}
	}
}

// mayStartNumber is a cheap test of whether a number can start at token t,
// so that most tokens are passed over without parsing. The sentence's pass
// (index) makes a closer one: a word's markNumStart leaves out "and", which
// starts no number, and "a" starts one only before a word it can count
// (articleStarts).
func mayStartNumber(text string, t ntoken) bool {
	switch t.kind {
	case ntNum:
		return true
	case ntWord:
		return t.lx != nil && (t.lx.num != nkNone || t.lx.cls&clsQuantifier != 0)
	}
	c := text[t.start]
	return c == '-' || c >= 0x80 // a minus sign, "−", "½"
}

// articleStarts reports whether a number may start at the "a" or "an" at
// token k: before a quantifier ("a few") or a word the article can count
// ("a hundred", "a dozen", "a third", "a half"), as parseNumber reads it;
// before any other word it starts none.
func articleStarts(text string, toks []ntoken, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if lx := toks[k+1].lx; lx != nil && lx.cls&clsQuantifier != 0 {
		return true
	}
	return articleTakes(skipHyphen(text, toks, k+1))
}

// properName reports whether a unit is a name rather than a counted noun:
// capitalised words whose head is not plural ("737 Max").
func properName(text string, toks []ntoken, first, last int) bool {
	for k := first; k <= last; k++ {
		if toks[k].kind != ntWord || !toks[k].upper {
			return false
		}
	}
	if n := last + 2; n < len(toks) && ntIsPunct(text, toks[last+1], '-') && !toks[last+1].space && !toks[n].space && toks[n].kind == ntNum {
		return false // "40 F-16s", "12 MiG-29 jets": a model, and the number counts it
	}
	lx := toks[last].lx
	return !pluralToken(text, toks[last]) && (lx == nil || lx.head == "" && lx.cls&clsPerson == 0)
}

// overMeansDuring reports whether the "over" at token k before a duration
// means "during" ("a 38% rise over four years", "jobs cut over five
// years") rather than "more than" ("for over five years", "took over
// three years", "in over a decade", "jailed over 20 years" aside).
func overMeansDuring(text string, toks []ntoken, k int) bool {
	if tokenWord(text, toks[k]) != "over" || k == 0 {
		return false
	}
	if ntIsPunct(text, toks[k-1], '%') {
		return true // "rose 5% over two years"
	}
	if toks[k-1].kind != ntWord {
		return false
	}
	if lx := toks[k-1].lx; lx != nil && lx.cls&(clsStop|clsAux|clsDet) != 0 {
		return false // "for over", "in over", "was over", "than over"
	}
	return !foldIn(ntText(text, toks[k-1]), "took", "take", "takes", "taking", "lasted", "last", "lasts", "lasting", "spent", "spend",
		"spends", "spending", "served", "serve", "serving", "sentenced", "jailed", "imprisoned", "aged", "waited", "wait", "waiting",
		"lived", "worked", "ago", "just", "well", "slightly", "only", "nearly", "now", "already")
}

// chunkLen is the size of the pieces a very long sentence is read in.
const chunkLen = 8 << 10

// chunkEnd returns where the piece of text[from:end] that starts at from
// ends: the whole rest when short, else just after a comma, semicolon or
// space past chunkLen bytes, or at the next rune boundary when there is none.
func chunkEnd(text string, from, end int) int {
	if end-from <= 2*chunkLen {
		return end
	}
	cut := from + chunkLen
	for i := cut; i < end && i < cut+1024; i++ {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' {
			if text[i-1] == ',' || text[i-1] == ';' {
				return i
			}
		}
	}
	for i := cut; i < end && i < cut+1024; i++ {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' || c == '-' || c == '/' || c == ';' || c == '|' {
			return i + 1
		}
	}
	for cut < end && !utf8.RuneStart(text[cut]) {
		cut++
	}
	return cut
}

// followsAgo reports whether "ago" or "old" follows token k.
func followsAgo(text string, toks []ntoken, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	w := tokenWord(text, toks[k+1])
	return w == "ago" || w == "old" || w == "-" && k+2 < len(toks) && tokenWord(text, toks[k+2]) == "old"
}

const (
	lowBytes  = 0x0101010101010101
	highBytes = 0x8080808080808080
)

// mayHave reports whether the sentence may have a word of mark m: one of
// its words has the mark, or a letter beyond ASCII might fold to such a
// word for a check that compares with strings.EqualFold.
func (fx *figurer) mayHave(m lexMark) bool {
	return fx.marks&m != 0 || fx.folds
}

// rolesIn reports whether a token in [from, to) of the sentence names a
// role; the bounds are clamped to the sentence.
func (fx *figurer) rolesIn(from, to int) bool {
	from, to = max(from, 0), min(to, len(fx.roleBefore)-1)
	return from < to && fx.roleBefore[to] > fx.roleBefore[from]
}

// sentencePhrases records whether the sentence has anywhere the phrases
// that shareBase and rateVerbAfter need: a share followed by "of" ("90%
// of", "half of"), and "every", "each" or "per" followed by a unit of time.
// The sentence's pass over its tokens finds them, so that its figures skip
// the scans where the phrase is absent.
type sentencePhrases struct {
	shares, rates bool
}

// phrasesOf returns the phrases of the sentence toks, found by its pass
// over its tokens (see sentence).
func (fx *figurer) phrasesOf(toks []ntoken) sentencePhrases {
	return fx.phrases
}

// phraseAt adds to ph the phrase that token k, "of", "every", "each" or
// "per", ends or starts.
func (fx *figurer) phraseAt(toks []ntoken, k int, ph *sentencePhrases) {
	lx := toks[k].lx
	if lx == lexEvery || lx == lexEach || lx == lexPer {
		if k+1 < len(toks) && toks[k+1].lx != nil && toks[k+1].lx.timeUnit != "" {
			ph.rates = true
		}
		return
	}
	if k == 0 || toks[k].kind != ntWord {
		return
	}
	t := toks[k-1]
	if ntIsPunct(fx.text, t, '%') {
		ph.shares = true
	} else if lx := t.lx; lx != nil && (lx.cls&clsShareOf != 0 || lx.percent || lx.w == "cent" ||
		lx.num == nkHalf || lx.num == nkQuarter || lx.num == nkOrdinal) {
		ph.shares = true
	}
}

// load8 reads the eight bytes of b as a little-endian word, behind one
// bounds check.
func load8(b string) uint64 {
	b = b[:8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// clausePunct reports whether the punctuation token t separates clauses:
// a comma, semicolon, colon or dash. A word such as "and", "but", "that" or
// "while" does too (clauseBreakWords, markClauseBreak).
func clausePunct(text string, t ntoken) bool {
	switch ntText(text, t) {
	case ",", ";", ":", "—", "–":
		return true
	}
	return false
}

// clauseBreakWords are the words that separate clauses (markClauseBreak).
var clauseBreakWords = strings.Fields("and but that while whereas which who although though after before")
