package extract

// The first passes of emitBatch (readOwn) read, for every figure of a
// batch, what its own sentence says of it apart from the figures before
// it: the category words around it, the role word of its clause and its
// unit's name. Each reader runs over the whole batch before the next, so
// that its code is fetched into the instruction cache once a batch, where
// between the many rules of emit it would be fetched again for each
// figure. emit then takes the readings in order.

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
// order, and the figures' starts of its pieces (see emitBatch), laid out
// as the batch's clauses.
type ownReads struct {
	reads  []ownRead
	starts []int
	next   int      // the reading of the next figure emit makes
	cur    *ownRead // the reading of the figure emit is making
}

// readOwn reads every figure of the batch that cannot inherit its noun
// (not elliptic): an elliptic figure's unit and category may come from
// the figure before it, so emit reads its own. It leaves the readings for
// emit to take (take).
func (fx *figurer) readOwn() {
	b := &fx.batch
	o := &b.own
	o.next = 0
	o.starts = grow(o.starts[:0], len(b.clauses))[:len(b.clauses)]
	o.reads = grow(o.reads[:0], len(b.cands))[:len(b.cands)]
	for _, p := range b.pieces {
		toks, cands, starts, reads := fx.ownPiece(p)
		fig := 0
		for k := range starts {
			starts[k] = fig
			if fig < len(cands) && cands[fig].b.num.first == k {
				fig++
			}
		}
		for k := range cands {
			if c := &cands[k]; !c.elliptic {
				reads[k] = fx.categoryOwn(fx.text, toks, cands, starts, k, ownUnit(fx.text, toks, c))
			}
		}
	}
	for _, p := range b.pieces {
		toks, cands, _, reads := fx.ownPiece(p)
		for k := range cands {
			if c := &cands[k]; !c.elliptic && (c.q.kind == QuantityNumber || c.q.kind == QuantityPercent) {
				r := &reads[k]
				r.roleWord, r.roleAt, r.roleHow, r.roleClause = fx.ownRoleWord(toks, c)
				r.roleRead = true
			}
		}
	}
	for _, p := range b.pieces {
		toks, cands, _, reads := fx.ownPiece(p)
		for k := range cands {
			if c := &cands[k]; !c.elliptic {
				r := &reads[k]
				r.unit, r.unitRead = fx.unitName(toks, cands, k, writtenUnit(fx.text, toks, c)), true
			}
		}
	}
}

// ownPiece makes the piece p of the batch the figurer's sentence, with its
// index as its pass left it, as emitBatch does. It returns its tokens,
// candidates, figures' starts and readings.
func (fx *figurer) ownPiece(p sentencePiece) ([]ntoken, []candidate, []int, []ownRead) {
	b := &fx.batch
	toks := b.toks[p.tok:p.tokEnd]
	n := len(toks)
	fx.clauses, fx.trigBefore, fx.roleBefore = b.clauses[p.at:p.at+n+1], b.trigBefore[p.at:p.at+n+1], b.roleBefore[p.at:p.at+n+1]
	fx.triggers = b.triggers[p.trig:p.trigEnd]
	fx.marks, fx.phrases, fx.folds = p.marks, p.phrases, p.folds
	return toks, b.cands[p.cand:p.candEnd], b.own.starts[p.at : p.at+n+1], b.own.reads[p.cand:p.candEnd]
}

// take returns the reading of the next figure of the batch, which emit
// is making, and makes it the current one.
func (o *ownReads) take() *ownRead {
	o.cur = &o.reads[o.next]
	o.next++
	return o.cur
}

// writtenUnit is the unit emit gives the figure c before unitName names
// it, when c inherits none.
func writtenUnit(text string, toks []ntoken, c *candidate) string {
	if c.q.kind == QuantityPercent {
		return "%"
	}
	return ownUnit(text, toks, c)
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
