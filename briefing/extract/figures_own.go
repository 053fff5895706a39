package extract

// The first passes of emitBatch (readOwn) read, for every figure of a
// batch, what its own sentence says of it apart from the figures before
// it: the category words around it, the role word of its clause and its
// unit's name. The three readers run over the batch before emit: their
// code stays in the instruction cache from figure to figure, where
// between the many rules of emit it would be fetched again for each. (A
// pass over the whole batch for each reader saved 1% more misses, and
// cost more instructions than that in setting each sentence up again.)
// emit then takes the readings in order.

// ownRead is what a figure's own sentence says of it, apart from the
// figures before it. For category: the nearest word that names a category
// and its score, or the category its kind gives (kind). For clauseRole:
// the role word of its own clause (ownRoleWord), when roleRead. For the
// unit's name (unitName): unit, when unitRead. emitBatch
// reads them for a batch's figures in a pass of its own, so that the
// scans' code stays in cache from figure to figure; category and
// clauseRole add what the figures before say.
type ownRead struct {
	best   Category
	score  float64
	injury bool
	kind   bool
	why    ruleID
	word   *numLex
	wordAt int

	roleRead   bool
	roleClause bool
	roleHow    ruleID
	roleAt     int
	roleWord   *numLex

	unitRead bool
	unit     string
}

// ownReads holds the readings of a batch's figures, in the batch's
// order.
type ownReads struct {
	reads []ownRead
	next  int      // the reading of the next figure emit makes
	cur   *ownRead // the reading of the figure emit is making
}

// readOwn reads every figure of the batch that cannot inherit its noun
// (not elliptic): an elliptic figure's unit and category may come from
// the figure before it, so emit reads its own. It leaves the readings for
// emit to take (take).
func (fx *figurer) readOwn() {
	b := &fx.batch
	o := &b.own
	o.next = 0
	o.reads = grow(o.reads[:0], len(b.cands))[:len(b.cands)]
	for _, p := range b.pieces {
		toks, cands, reads := fx.ownPiece(p)
		starts := startsOf(cands)
		for k := range cands {
			c, r := &cands[k], &reads[k]
			if c.elliptic {
				continue
			}
			unit := ownUnit(fx.text, toks, c)
			fx.categoryOwn(r, fx.text, toks, cands, starts, k, unit)
			r.roleRead = c.q.kind == QuantityNumber || c.q.kind == QuantityPercent
			if r.roleRead {
				r.roleWord, r.roleAt, r.roleHow, r.roleClause = fx.ownRoleWord(toks, c)
			}
			if c.q.kind == QuantityPercent {
				unit = "%" // as emit writes it before unitName names it
			}
			r.unit, r.unitRead = fx.unitName(toks, cands, k, unit), true
		}
	}
}

// figStarts counts the figures of a sentence that begin before a token
// without a count for every token: they are the leading candidates whose
// first tokens rise, the ones a count in token order meets.
type figStarts []candidate

// startsOf returns the figStarts of a sentence's candidates.
func startsOf(cands []candidate) figStarts {
	n := 1
	for n < len(cands) && cands[n].b.num.first > cands[n-1].b.num.first {
		n++
	}
	return figStarts(cands[:min(n, len(cands))])
}

// between returns the number of figures that begin at a token from lo up
// to hi, hi not included. A sentence
// has few: they are counted, with a search only for a long list.
func (s figStarts) between(lo, hi int) int {
	if len(s) > 16 {
		return s.before(hi) - s.before(lo)
	}
	n := 0
	for i := range s {
		f := s[i].b.num.first
		if f >= hi {
			break
		}
		if f >= lo {
			n++
		}
	}
	return n
}

// before returns the number of figures that begin before token j.
func (s figStarts) before(j int) int {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s[m].b.num.first < j {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// ownPiece makes the piece p of the batch the figurer's sentence, as
// emitBatch does (usePiece). It returns its tokens, candidates and
// readings.
func (fx *figurer) ownPiece(p sentencePiece) ([]ntoken, []candidate, []ownRead) {
	b := &fx.batch
	return fx.usePiece(&p), b.cands[p.cand:p.candEnd], b.own.reads[p.cand:p.candEnd]
}

// take returns the reading of the next figure of the batch, which emit
// is making, and makes it the current one.
func (o *ownReads) take() *ownRead {
	o.cur = &o.reads[o.next]
	o.next++
	return o.cur
}

// ownUnit is the unit category reads for the figure c when it inherits
// none (emit): its counted noun, "%" or the noun it stands for.
func ownUnit(text string, toks []ntoken, c *candidate) string {
	switch {
	case c.unitFirst >= 0:
		return text[toks[c.unitFirst].start:toks[c.unitLast].end]
	case c.q.kind == QuantityPercent:
		return "%"
	case c.nominal > 0:
		return text[toks[c.nominal].start:toks[c.nominal].end]
	}
	return ""
}
