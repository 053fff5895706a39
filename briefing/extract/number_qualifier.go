package extract

import "strings"

// qualKind is how a qualifier bounds the number it precedes or follows.
type qualKind uint8

const (
	qExact    qualKind = iota
	qAbout             // about, around, some, roughly
	qNearly            // nearly, almost, close to
	qAtLeast           // at least, no fewer than, or more
	qMoreThan          // more than, over, in excess of
	qLessThan          // less than, fewer than, under
	qUpTo              // up to, as many as, at most
	qEqual             // equal to, equals: exact, and said so
	qRange             // between X and Y, X to Y
)

// name is the qualifier of extraction.md section 1 that q stands for.
func (q qualKind) name() Qualifier {
	switch q {
	case qAbout:
		return About
	case qNearly:
		return Nearly
	case qAtLeast:
		return AtLeast
	case qMoreThan:
		return MoreThan
	case qLessThan:
		return LessThan
	case qUpTo:
		return UpTo
	case qRange:
		return Range
	}
	return Exact
}

// change is q in the compact notation of extraction.md section 1.
func (q qualKind) change() Change {
	switch q {
	case qAbout, qNearly:
		return ChangeApprox
	case qAtLeast, qMoreThan:
		return ChangeMore
	case qLessThan, qUpTo:
		return ChangeLess
	}
	return ChangeEqual
}

// qualPhrase is a qualifier written as words or symbols.
type qualPhrase struct {
	words []string
	kind  qualKind
}

// qualifiersBefore are the qualifiers that precede a number, indexed by
// their last word.
var qualifiersBefore = map[string][]qualPhrase{}

// qualifiersAfter follow a number: "20 or more", "500 or so", "40-odd".
var qualifiersAfter = map[string][]qualPhrase{}

// qualAfterFirst marks the first bytes of qualifiersAfter's phrases, so that
// a mark after a number ("," or ")") is looked up only when a phrase can
// start with it ("+").
var qualAfterFirst [256]bool

// buildQualifiers fills qualifiersBefore and qualifiersAfter from the
// qualifier phrases, and adds their words to the lexicon.
func buildQualifiers() {
	before := map[qualKind]string{
		qAbout: `about|around|approximately|roughly|some|an estimated|estimated|approx|approx .|circa|ca .|c .|in the region of|
			on the order of|of the order of|in the order of|give or take|an approximate|around about|or about|~|≈|close on|upwards of about|
			closer to`,
		qNearly: `nearly|almost|close to|just under|just below|just short of|just shy of|nigh on|not quite|approaching|
			getting on for|very nearly|almost exactly`,
		qAtLeast: `at least|no fewer than|no less than|not less than|not fewer than|a minimum of|at minimum|at the very least|
			greater than or equal to|greater or equal than|greater than or equal|at least or equal to|equal to or more than|
			equal to or greater than|bigger or equal than|higher or equal than|larger or equal than|more than or equal to|
			bigger than or equal to|≥|> =|>=`,
		qMoreThan: `more than|over|above|in excess of|upwards of|upward of|exceeding|exceed|exceeds|exceeded|surpass|surpassing|
			greater than|larger than|higher than|bigger than|just over|well over|well above|just above|well in excess of|
			in all more than|>|a little over|a little more than|slightly more than|slightly over|some more than`,
		qLessThan: `less than|fewer than|under|below|smaller than|lower than|well under|well below|just less than|<|
			a little under|slightly less than|slightly fewer than|no more than a`,
		qUpTo: `up to|as many as|as much as|as high as|at most|a maximum of|no more than|not more than|at the most|at maximum|
			less than or equal to|equal to or less than|smaller or equal than|lower or equal than|less or equal than|
			smaller than or equal to|fewer than or equal to|≤|< =|<=|a high of|a peak of`,
		qEqual: `equal to|equals|equals to|equaling to|equalling|exactly|precisely|a total of`,
	}
	for kind, list := range before {
		for _, p := range strings.Split(list, "|") {
			words := strings.Fields(p)
			if len(words) == 0 {
				continue
			}
			last := words[len(words)-1]
			qualifiersBefore[last] = append(qualifiersBefore[last], qualPhrase{words: words, kind: kind})
			for _, w := range words {
				numLexEntry(w)
			}
		}
	}
	after := map[qualKind]string{
		qAtLeast: `or more|and more|or greater|or above|and above|and over|or over|plus|+|or higher|and up|at least|
			or greater than|or more than|and upwards|or so more`,
		qUpTo:     `or less|or fewer|and under|or below|or lower|and below|at most|or less than|or equal|or equal to`,
		qAbout:    `or so|odd|-odd|or thereabouts|give or take`,
		qMoreThan: `-plus`,
	}
	for kind, list := range after {
		for _, p := range strings.Split(list, "|") {
			words := strings.Fields(p)
			if len(words) == 0 {
				continue
			}
			qualifiersAfter[words[0]] = append(qualifiersAfter[words[0]], qualPhrase{words: words, kind: kind})
			qualAfterFirst[words[0][0]] = true
			for _, w := range words {
				numLexEntry(w)
			}
		}
	}
}

// tokenWord returns the lower-case form of a word token, or the text of a
// punctuation token, for matching phrases.
func tokenWord(text string, t ntoken) string {
	if t.lx != nil {
		return t.lx.w
	}
	if t.kind == ntPunct {
		return ntText(text, t)
	}
	return "" // a word the lexicon does not know matches no phrase
}

// matchBefore finds the longest qualifier that ends just before token i and
// returns its kind and first token.
func matchBefore(text string, toks []ntoken, i int) (qualKind, int, bool) {
	if i == 0 {
		return qExact, i, false
	}
	best, bestStart, found := qExact, i, false
	var phrases []qualPhrase
	if t := toks[i-1]; t.lx != nil {
		phrases = t.lx.qualBefore
	} else if t.kind == ntPunct {
		phrases = qualifiersBefore[ntText(text, t)]
	}
	for _, ph := range phrases {
		n := len(ph.words)
		if i-n < 0 || i-n >= bestStart {
			continue
		}
		ok := true
		for k, w := range ph.words {
			if tokenWord(text, toks[i-n+k]) != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestStart, found = ph.kind, i-n, true
		}
	}
	return best, bestStart, found
}

// matchAfter finds the longest qualifier that starts just after token i
// and returns its kind and last token.
func matchAfter(text string, toks []ntoken, i int) (qualKind, int, bool) {
	if i+1 >= len(toks) {
		return qExact, i, false
	}
	best, bestEnd, found := qExact, i, false
	w0 := tokenWord(text, toks[i+1])
	if w0 == "-" && i+2 < len(toks) && !toks[i+1].space && !toks[i+2].space {
		switch tokenWord(text, toks[i+2]) {
		case "plus":
			return qAtLeast, i + 2, true
		case "odd":
			return qAbout, i + 2, true
		}
	}
	var phrases []qualPhrase
	if t := toks[i+1]; t.lx != nil {
		phrases = t.lx.qualAfter
	} else if t.kind == ntPunct && w0 != "" && qualAfterFirst[w0[0]] {
		phrases = qualifiersAfter[w0]
	}
	for _, ph := range phrases {
		n := len(ph.words)
		if i+n >= len(toks) || i+n <= bestEnd {
			continue
		}
		ok := true
		for k, w := range ph.words {
			if tokenWord(text, toks[i+1+k]) != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestEnd, found = ph.kind, i+n, true
		}
	}
	return best, bestEnd, found
}
