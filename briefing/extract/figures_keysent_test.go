package extract

import (
	"math"
	"strings"
)

// The sentence key model asks what the story-shape key model
// (figures_keymodel_test.go) could not answer: do the words around a
// number tell the rules' false keys from their true ones? The spurious
// keys on stories the rules have not read are parts and breakdowns of a
// toll ("six of them children", "including 12 children"), a party's own
// fighters, restatements, figures of other or earlier events ("last year",
// "in 2014", "since"), counts inside quotes, and running totals beside the
// day's event. Each is told, if at all, by the words of the number's
// sentence and clause. Two kinds of sentence signal are read here, both
// general (no name of a place, page or party): a small set of hand-defined
// signals (h:…), readable and few, and a bag of the lowercased words in a
// window around the number and in its clause (w:…), whose vocabulary is
// cut to the words seen in three or more training batches so that nothing
// one batch holds can be learnt. Measured, not wired: see
// TestKeySentCeiling and TestKeySentTransfer
// (figures_keysent_train_test.go).

// sentTok is a token of a sentence: a word, a number, or a clause mark.
type sentTok struct {
	start, end int    // in the text
	w          string // lowercased word; "#" for a number; the mark itself
	mark       bool   // a clause mark: , ; : ( ) quote or dash
}

// sentTokens splits text[from:to] into tokens.
func sentTokens(text string, from, to int) []sentTok {
	var out []sentTok
	for i := from; i < to; {
		c := text[i]
		switch {
		case isLetter(c):
			j := i + 1
			for j < to && (isLetter(text[j]) || text[j] == '\'' || text[j] == '-' && j+1 < to && isLetter(text[j+1])) {
				j++
			}
			out = append(out, sentTok{start: i, end: j, w: strings.ToLower(text[i:j])})
			i = j
		case '0' <= c && c <= '9':
			j := i + 1
			for j < to && ('0' <= text[j] && text[j] <= '9' || (text[j] == ',' || text[j] == '.') && j+1 < to && '0' <= text[j+1] && text[j+1] <= '9') {
				j++
			}
			out = append(out, sentTok{start: i, end: j, w: "#"})
			i = j
		case c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"':
			out = append(out, sentTok{start: i, end: i + 1, w: string(c), mark: true})
			i++
		case c == '-' && i+1 < to && text[i+1] == ' ' && i > from && text[i-1] == ' ':
			out = append(out, sentTok{start: i, end: i + 1, w: "—", mark: true})
			i++
		case c >= 0x80:
			r, n := decodeRuneAt(text, i)
			switch r {
			case '“', '”', '—', '–', '‘':
				out = append(out, sentTok{start: i, end: i + n, w: string(r), mark: true})
			case '’':
				// an apostrophe inside a word is read with the word above;
				// a closing single quote is a mark
				out = append(out, sentTok{start: i, end: i + n, w: "‘", mark: true})
			}
			i += n
		default:
			i++
		}
	}
	return out
}

func decodeRuneAt(s string, i int) (rune, int) {
	for _, r := range s[i:] {
		n := len(string(r))
		return r, n
	}
	return 0, 1
}

// sentWords is the hand signals' word lists, each a general reading of
// news copy that tells a part, an earlier event or a report from the
// day's count.
var (
	sentIncluding = words("including include includes included among")
	sentOfThem    = words("them whom which those these")
	sentOthers    = words("others other another more further additional")
	sentCumul     = words("since total overall altogether cumulative tally bringing brings brought far date")
	sentEarlier   = words("last earlier previous previously ago former past prior before")
	sentMonths    = words("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")
	sentWeekdays  = words("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight")
	sentSaid      = words("said says say told according reported statement announced added claimed")
	sentFuture    = words("will would could may might expected plans plan planned could")
	sentChange    = words("from rose risen up down increased jumped climbed fell compared")
	sentRate      = words("per each every daily weekly a")
	sentNegation  = words("no not none nor without never")
	sentOwn       = words("its their our his her own")
	sentParty     = words("militants fighters soldiers troops rebels police officers members insurgents gunmen jihadists forces personnel")
	sentPeople    = words("children women civilians men girls boys")
	sentToFrom    = words("to from")
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// sentWindow is the number of words each side of a figure its bag reads.
const sentWindow = 5

// sentFeatures appends the names of figs[i]'s sentence signals (value 1)
// to out: hand signals as h:…, window words as w:l:…/w:r:… and clause words
// as w:c:….
func sentFeatures(text string, figs []Figure, i int, out map[string]float64) {
	f := &figs[i]
	toks := sentTokens(text, f.SentenceStart, f.SentenceEnd)
	// the tokens before the figure (b) and after it (a), in reading order
	fb := 0
	for fb < len(toks) && toks[fb].end <= f.Start {
		fb++
	}
	fa := fb
	for fa < len(toks) && toks[fa].start < f.End {
		fa++
	}
	before, after := toks[:fb], toks[fa:]
	// the clause: from the last mark before to the first mark after
	cl := len(before)
	for cl > 0 && !before[cl-1].mark {
		cl--
	}
	cr := 0
	for cr < len(after) && !after[cr].mark {
		cr++
	}
	clBefore, clAfter := before[cl:], after[:cr]
	set := func(name string) { out["h:"+name] = 1 }
	inList := func(ts []sentTok, m map[string]bool) bool {
		for _, t := range ts {
			if m[t.w] {
				return true
			}
		}
		return false
	}
	near := func(ts []sentTok, n int, fromEnd bool) []sentTok {
		if len(ts) <= n {
			return ts
		}
		if fromEnd {
			return ts[len(ts)-n:]
		}
		return ts[:n]
	}
	b3, a3 := near(clBefore, 3, true), near(clAfter, 3, false)
	if inList(b3, sentIncluding) {
		set("including-before")
	}
	for k := 0; k+1 < len(a3); k++ {
		if (a3[k].w == "of" || a3[k].w == "among") && sentOfThem[a3[k+1].w] {
			set("of-them-after")
		}
	}
	if len(after) > 0 && after[0].w == "of" && len(after) > 1 && after[1].w == "the" {
		set("of-the-after")
	}
	if inList(a3, sentOthers) || inList(near(clBefore, 2, true), sentOthers) {
		set("others")
	}
	clause := append(append([]sentTok{}, clBefore...), clAfter...)
	if inList(clause, sentCumul) {
		set("cumulative")
	}
	for k := 0; k+1 < len(clause); k++ {
		switch clause[k].w + " " + clause[k+1].w {
		case "so far", "to date", "in total", "in all":
			set("cumulative")
		}
	}
	if inList(clause, sentEarlier) {
		set("earlier")
	}
	year, month, day := false, false, false
	for _, t := range clause {
		if t.w == "#" && t.end-t.start == 4 && (text[t.start:t.start+2] == "19" || text[t.start:t.start+2] == "20") {
			year = true
		}
		if sentMonths[t.w] && t.w != "may" {
			month = true
		}
		if sentWeekdays[t.w] {
			day = true
		}
	}
	if year {
		set("year-in-clause")
	}
	if month {
		set("month-in-clause")
	}
	if day {
		set("day-in-clause")
	}
	if inList(toks, sentSaid) {
		set("said-in-sentence")
	}
	if inList(clause, sentSaid) {
		set("said-in-clause")
	}
	quotes, parens := 0, 0
	for _, t := range before {
		switch t.w {
		case "\"":
			quotes++
		case "“":
			quotes = 1
		case "”":
			quotes = 0
		case "(":
			parens++
		case ")":
			parens--
		}
	}
	if quotes%2 == 1 {
		set("in-quote")
	}
	if parens > 0 {
		set("in-parens")
	}
	for k, t := range clause {
		switch t.w {
		case "had":
			set("had")
		case "was", "were":
			set("was")
		case "has", "have":
			set("has")
		}
		if k+1 < len(clause) && t.w == "had" && clause[k+1].w == "been" {
			set("had-been")
		}
	}
	if inList(clause, sentFuture) {
		set("modal-or-future")
	}
	if len(clBefore) > 0 && (clBefore[len(clBefore)-1].w == "and" || clBefore[len(clBefore)-1].w == "or") {
		set("and-before")
	}
	if len(clAfter) > 0 && (clAfter[0].w == "and" || clAfter[0].w == "or") {
		set("and-after")
	}
	if len(before) > 0 && before[len(before)-1].w == "," && len(before) > 1 && before[len(before)-2].w != "said" {
		set("comma-before")
	}
	n, at := 0, 0
	for j := range figs {
		if figs[j].SentenceStart == f.SentenceStart {
			if j < i {
				at++
			}
			n++
		}
	}
	out["h:sentence-figures"] = math.Log2(float64(n))
	if at > 0 {
		set("not-first-in-sentence")
	}
	nWords := 0
	for _, t := range before {
		if !t.mark {
			nWords++
		}
	}
	if nWords <= 2 {
		set("sentence-start")
	}
	if len(clBefore) == 0 {
		set("clause-start")
	}
	if len(b3) > 0 && sentChange[b3[len(b3)-1].w] || inList(b3, sentChange) && inList(b3, sentToFrom) {
		set("change")
	}
	for k := 0; k+1 < len(a3); k++ {
		if sentRate[a3[k].w] && (a3[k].w != "a" || a3[k+1].w == "day" || a3[k+1].w == "week" || a3[k+1].w == "month" || a3[k+1].w == "year") {
			set("rate")
		}
	}
	if inList(b3, sentNegation) {
		set("negation")
	}
	if inList(near(clBefore, 2, true), sentOwn) {
		set("own")
	}
	figWords := sentTokens(text, f.Start, f.End)
	if inList(figWords, sentParty) || inList(near(clAfter, 2, false), sentParty) {
		set("party")
	}
	if inList(figWords, sentPeople) || inList(near(clAfter, 2, false), sentPeople) {
		set("people-kind")
	}
	if len(before) == 0 || before[len(before)-1].w == "\"" || before[len(before)-1].w == "“" {
		set("starts-sentence")
	}
	// the bag of words
	for k := max(0, len(before)-sentWindow); k < len(before); k++ {
		out["w:l:"+before[k].w] = 1
	}
	for k := 0; k < len(after) && k < sentWindow; k++ {
		out["w:r:"+after[k].w] = 1
	}
	for _, t := range clause {
		if !t.mark {
			out["w:c:"+t.w] = 1
		}
	}
	for _, t := range figWords {
		if !t.mark {
			out["w:f:"+t.w] = 1
		}
	}
}

// storyFeatures adds the story-shape signals of the key model (s:…) and
// the rule that decided (s:rule/…) to out.
func storyFeatures(x *[keyFeatureCount]float64, rule ruleID, out map[string]float64) {
	for k, v := range x {
		if v != 0 && keyFeature(k) != kfBias {
			out["s:"+keyFeatureName(keyFeature(k))] = v
		}
	}
	if rule != ruleNone {
		out["s:rule/"+rule.rule().String()] = 1
	}
}

// sentStop are the short function words the lede-overlap signal skips
// besides every word under four letters.
var sentStop = words("that this with from have were been their they said says which would there about after when what also into more than other over some such them then these those will while where since people")

// ledeWords is the set of content words of a story's title and first two
// lines: what the story is about.
func ledeWords(title, text string) map[string]bool {
	end := len(text)
	for i, n := 0, 0; i < len(text); i++ {
		if text[i] == '\n' && i+1 < len(text) && text[i+1] != '\n' {
			if n++; n == 2 {
				end = i
				break
			}
		}
	}
	m := map[string]bool{}
	for _, s := range []string{title, text[:end]} {
		for _, t := range sentTokens(s, 0, len(s)) {
			if !t.mark && len(t.w) >= 4 && !sentStop[t.w] {
				m[t.w] = true
			}
		}
	}
	return m
}

// overlapFeatures adds o:lede-overlap, the share of the content words of
// figs[i]'s sentence (outside the figure) that the story's title and lede
// use, and o:lede-none when it shares none: a sentence about another event
// or an aside shares fewer of the story's words.
func overlapFeatures(text string, lede map[string]bool, f *Figure, out map[string]float64) {
	n, in := 0, 0
	for _, t := range sentTokens(text, f.SentenceStart, f.SentenceEnd) {
		if t.mark || len(t.w) < 4 || sentStop[t.w] || t.start >= f.Start && t.end <= f.End {
			continue
		}
		n++
		if lede[t.w] {
			in++
		}
	}
	if n == 0 {
		return
	}
	out["o:lede-overlap"] = float64(in) / float64(n)
	if in == 0 {
		out["o:lede-none"] = 1
	}
}
