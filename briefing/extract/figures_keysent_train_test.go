package extract

import (
	"flag"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The sentence key model is measured here, never wired: an L2 logistic
// regression over a figure's sentence signals (figures_keysent_test.go),
// alone or with the story-shape signals, that may only drop a key figure
// the rules gave. It learns from and is scored on the rules' figures at
// each batch's first sight (keymodel-firstsight.jsonl), the profile of
// errors the held-out sets see. articles-b19 is the check batch: it is
// kept out of every table here and scored once, by summary, with
// -keysent19.
//
//	go test ./briefing/extract -run 'TestKeySent' -keysent -v
var (
	keySentReport = flag.Bool("keysent", false, "log the sentence key model's ceiling, transfer and signal tables")
	keySentCheck  = flag.Bool("keysent19", false, "score articles-b19 once with the sentence key model (summary only)")
	keySentDump   = flag.Bool("keysentdump", false, "log every first-sight story key figure of the dev batches with its label, sentence and hand signals")
)

// keySentBatches are the dev article sets the sentence model reads; b19 is
// the check batch and not among them.
var keySentBatches = []string{"-b6", "-b7", "-b9", "-b10", "-b14", "-b17", "-b18"}

// keySentLambdas and the drop thresholds (keyModelThresholds) are fixed in
// advance; nested leave-one-batch-out chooses among them.
var keySentLambdas = []float64{0.3, 1, 3, 10, 30, 100}

// keySentMinBatches is how many training batches a window word must be
// seen in to be a signal: a word of one story or one batch cannot be.
const keySentMinBatches = 3

// keySentSet is a choice of signals by prefix: s: story shape, h: hand
// sentence signals, w: window and clause words.
type keySentSet struct {
	name     string
	prefixes []string
}

var keySentSets = []keySentSet{
	{"story", []string{"s:"}},
	{"signals", []string{"h:"}},
	{"story+signals", []string{"s:", "h:"}},
	{"words", []string{"w:"}},
	{"signals+words", []string{"h:", "w:"}},
	{"story+signals+words", []string{"s:", "h:", "w:"}},
	// the window alone, without the clause's words
	{"window", []string{"w:l:", "w:r:", "w:f:"}},
	{"story+signals+window", []string{"s:", "h:", "w:l:", "w:r:", "w:f:"}},
	// added after the tables above were read: how much the sentence
	// shares the words of the story's title and lede
	{"story+overlap", []string{"s:", "o:"}},
	{"story+signals+overlap", []string{"s:", "h:", "o:"}},
}

// sentData is the first-sight docs with every figure's named signals.
type sentData struct {
	docs    []keyDoc
	feats   [][]map[string]float64
	batches []string
	cache   map[string][]float64
}

func loadSentData(t *testing.T, batches []string) *sentData {
	t.Helper()
	today := loadKeyDocsOf(t, batches)
	docs := loadFirstSightDocs(t, today, batches)
	sd := &sentData{docs: docs, batches: batches, cache: map[string][]float64{}}
	sd.feats = make([][]map[string]float64, len(docs))
	for i := range docs {
		d := &docs[i]
		sd.feats[i] = make([]map[string]float64, len(d.figs))
		lede := ledeWords(d.art.Title, d.art.Text)
		for j := range d.figs {
			m := map[string]float64{}
			overlapFeatures(d.art.Text, lede, &d.figs[j], m)
			storyFeatures(&d.rows[j], d.figs[j].why.key, m)
			sentFeatures(d.art.Text, d.figs, j, m)
			sd.feats[i][j] = m
		}
	}
	return sd
}

// sentDesign maps signal names to columns; column 0 is the bias.
type sentDesign struct {
	col   map[string]int
	names []string
}

func hasPrefix(name string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// design lays out the columns the training batches give: every story and
// hand signal seen, and the words seen in keySentMinBatches batches or
// more.
func (sd *sentData) design(train []int, set keySentSet) sentDesign {
	seen := map[string]map[int]bool{}
	for i := range sd.docs {
		d := &sd.docs[i]
		if !d.story || !slices.Contains(train, d.batch) {
			continue
		}
		for j := range d.figs {
			if !d.figs[j].Key {
				continue
			}
			for name := range sd.feats[i][j] {
				if !hasPrefix(name, set.prefixes) {
					continue
				}
				if seen[name] == nil {
					seen[name] = map[int]bool{}
				}
				seen[name][d.batch] = true
			}
		}
	}
	ds := sentDesign{col: map[string]int{}, names: []string{"bias"}}
	var names []string
	for name, bs := range seen {
		if strings.HasPrefix(name, "w:") && len(bs) < keySentMinBatches {
			continue
		}
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		ds.col[n] = len(ds.names)
		ds.names = append(ds.names, n)
	}
	return ds
}

func (ds sentDesign) row(m map[string]float64) sparse {
	s := sparse{idx: []int{0}, val: []float64{1}}
	for name, v := range m {
		if c, ok := ds.col[name]; ok {
			s.idx = append(s.idx, c)
			s.val = append(s.val, v)
		}
	}
	return s
}

// fit fits the model on the story key figures of the train batches,
// cached by batches, set and strength.
func (sd *sentData) fit(train []int, set keySentSet, lambda float64) (sentDesign, []float64) {
	ds := sd.design(train, set)
	key := fmt.Sprint(train, set.name, lambda)
	if w, ok := sd.cache[key]; ok {
		return ds, w
	}
	var xs []sparse
	var ys []float64
	for i := range sd.docs {
		d := &sd.docs[i]
		if !d.story || !slices.Contains(train, d.batch) {
			continue
		}
		for j := range d.figs {
			if d.figs[j].Key {
				xs = append(xs, ds.row(sd.feats[i][j]))
				ys = append(ys, b2f(d.labels[j]))
			}
		}
	}
	w := fitSparseLogistic(xs, ys, len(ds.names), lambda)
	sd.cache[key] = w
	return ds, w
}

// fitSparseLogistic minimises the L2-regularised logistic loss (the bias
// unpenalised) by Newton steps solved by conjugate gradients, halving a
// step that does not lower the loss.
func fitSparseLogistic(xs []sparse, ys []float64, n int, lambda float64) []float64 {
	w := make([]float64, n)
	reg := func(k int) float64 {
		if k == 0 {
			return 1e-6
		}
		return lambda
	}
	dot := func(x sparse, v []float64) float64 {
		z := 0.0
		for k, c := range x.idx {
			z += v[c] * x.val[k]
		}
		return z
	}
	loss := func(w []float64) float64 {
		l := 0.0
		for i, x := range xs {
			z := dot(x, w)
			if ys[i] > 0 {
				l += math.Log1p(math.Exp(-z))
			} else {
				l += math.Log1p(math.Exp(z))
			}
		}
		for k, v := range w {
			l += reg(k) * v * v / 2
		}
		return l
	}
	cur := loss(w)
	for range 20 {
		g := make([]float64, n)
		d := make([]float64, len(xs))
		for i, x := range xs {
			p := 1 / (1 + math.Exp(-dot(x, w)))
			d[i] = p * (1 - p)
			for k, c := range x.idx {
				g[c] += (p - ys[i]) * x.val[k]
			}
		}
		for k := range g {
			g[k] += reg(k) * w[k]
		}
		hv := func(v []float64) []float64 {
			out := make([]float64, n)
			for i, x := range xs {
				z := dot(x, v) * d[i]
				for k, c := range x.idx {
					out[c] += z * x.val[k]
				}
			}
			for k := range out {
				out[k] += reg(k) * v[k]
			}
			return out
		}
		// conjugate gradients for H s = g
		s := make([]float64, n)
		r := slices.Clone(g)
		p := slices.Clone(r)
		rr := 0.0
		for _, v := range r {
			rr += v * v
		}
		g0 := rr
		for it := 0; it < 200 && rr > 1e-12*g0; it++ {
			hp := hv(p)
			php := 0.0
			for k := range p {
				php += p[k] * hp[k]
			}
			a := rr / php
			rr1 := 0.0
			for k := range s {
				s[k] += a * p[k]
				r[k] -= a * hp[k]
				rr1 += r[k] * r[k]
			}
			for k := range p {
				p[k] = r[k] + rr1/rr*p[k]
			}
			rr = rr1
		}
		step := 1.0
		next := make([]float64, n)
		for range 20 {
			for k := range w {
				next[k] = w[k] - step*s[k]
			}
			if l := loss(next); l <= cur {
				cur = l
				break
			}
			step /= 2
		}
		if step < 1e-5 {
			break
		}
		copy(w, next)
		if g0 < 1e-10 {
			break
		}
	}
	return w
}

// probs gives each story key figure of the docs of batch out its
// probability of matching a gold key figure, by the model fit on train.
func (sd *sentData) probs(train []int, out []int, set keySentSet, lambda float64) map[*keyDoc][]float64 {
	ds, w := sd.fit(train, set, lambda)
	ps := map[*keyDoc][]float64{}
	for i := range sd.docs {
		d := &sd.docs[i]
		if !d.story || !slices.Contains(out, d.batch) {
			continue
		}
		p := make([]float64, len(d.figs))
		for j := range d.figs {
			p[j] = 1
			if d.figs[j].Key {
				x := ds.row(sd.feats[i][j])
				z := 0.0
				for k, c := range x.idx {
					z += w[c] * x.val[k]
				}
				p[j] = 1 / (1 + math.Exp(-z))
			}
		}
		ps[d] = p
	}
	return ps
}

// score scores the docs of batches out with key figures under threshold
// dropped (the rules alone for a nil ps).
func (sd *sentData) score(out []int, ps map[*keyDoc][]float64, threshold float64) (keyTally, int, int) {
	right, wrong := 0, 0
	tl := scoreKeyDocsBy(sd.docs, func(d *keyDoc) bool { return slices.Contains(out, d.batch) }, func(d *keyDoc, figs []Figure) {
		p, ok := ps[d]
		if !ok {
			return
		}
		for j := range figs {
			if figs[j].Key && p[j] < threshold {
				figs[j].Key = false
				if d.labels[j] {
					wrong++
				} else {
					right++
				}
			}
		}
	})
	return tl, right, wrong
}

// auc is the area under the ROC curve of the probabilities of the story
// key figures of ps against their labels: the chance that a gold key
// figure scores above a figure that matches none (ties count half).
func auc(ps map[*keyDoc][]float64) float64 {
	type pl struct {
		p    float64
		gold bool
	}
	var xs []pl
	for d, p := range ps {
		for j := range d.figs {
			if d.figs[j].Key {
				xs = append(xs, pl{p[j], d.labels[j]})
			}
		}
	}
	sort.Slice(xs, func(a, b int) bool { return xs[a].p < xs[b].p })
	pos, neg, rank := 0.0, 0.0, 0.0
	for i := 0; i < len(xs); {
		j := i
		for j < len(xs) && xs[j].p == xs[i].p {
			j++
		}
		mid := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			if xs[k].gold {
				pos++
				rank += mid
			} else {
				neg++
			}
		}
		i = j
	}
	if pos == 0 || neg == 0 {
		return 0.5
	}
	return (rank - pos*(pos+1)/2) / (pos * neg)
}

func without(all []int, out int) []int {
	var in []int
	for _, b := range all {
		if b != out {
			in = append(in, b)
		}
	}
	return in
}

// choose picks the strength and threshold by leave-one-batch-out over the
// batches in: the pooled key vqc F1 of the batches each fit did not see.
func (sd *sentData) choose(in []int, set keySentSet) keyFit {
	var best keyFit
	bestF := -1.0
	for _, lambda := range keySentLambdas {
		tls := make([]keyTally, len(keyModelThresholds))
		for _, out := range in {
			ps := sd.probs(without(in, out), []int{out}, set, lambda)
			for k, th := range keyModelThresholds {
				tl, _, _ := sd.score([]int{out}, ps, th)
				tls[k].add(tl)
			}
		}
		for k, th := range keyModelThresholds {
			if f := prf1(tls[k].vqc); f > bestF+1e-9 {
				best, bestF = keyFit{lambda, th}, f
			}
		}
	}
	return best
}

func (sd *sentData) all() []int {
	var all []int
	for i := range sd.batches {
		all = append(all, i)
	}
	return all
}

func (sd *sentData) keyCounts() (figs, gold int) {
	for i := range sd.docs {
		d := &sd.docs[i]
		if !d.story {
			continue
		}
		for j := range d.figs {
			if d.figs[j].Key {
				figs++
				if d.labels[j] {
					gold++
				}
			}
		}
	}
	return figs, gold
}

func fmtTally(tl keyTally) string {
	return fmt.Sprintf("F1 %5.1f P %5.1f R %5.1f value %5.1f lead %d/%d", prf1(tl.vqc), prec(tl.vqc), rec(tl.vqc), prf1(tl.value), tl.lead, tl.gold)
}

// TestKeySentCeiling fits each signal set on every dev batch's first-sight
// figures and scores it on the same figures: what the signals can tell at
// best. If they cannot lift the rules here, they cannot on unseen text.
func TestKeySentCeiling(t *testing.T) {
	if !*keySentReport {
		t.Skip("a measurement: go test ./briefing/extract -run TestKeySentCeiling -keysent -v")
	}
	sd := loadSentData(t, keySentBatches)
	all := sd.all()
	n, g := sd.keyCounts()
	rules, _, _ := sd.score(all, nil, 0)
	t.Logf("first sight, %s: %d story key figures, %d match gold; rules %s", strings.Join(keySentBatches, " "), n, g, fmtTally(rules))
	for _, set := range keySentSets {
		var line []string
		bestF, best := -1.0, ""
		for _, lambda := range keySentLambdas {
			ps := sd.probs(all, all, set, lambda)
			for _, th := range keyModelThresholds {
				tl, right, wrong := sd.score(all, ps, th)
				line = append(line, fmt.Sprintf("%g/%.1f:%.1f", lambda, th, prf1(tl.vqc)))
				if f := prf1(tl.vqc); f > bestF {
					bestF = f
					best = fmt.Sprintf("λ %g thr %.1f %s (dropped %d not gold, %d gold)", lambda, th, fmtTally(tl), right, wrong)
				}
			}
		}
		ds, _ := sd.fit(all, set, 1)
		var aucs []string
		for _, lambda := range keySentLambdas {
			aucs = append(aucs, fmt.Sprintf("%g:%.3f", lambda, auc(sd.probs(all, all, set, lambda))))
		}
		t.Logf("%-20s %4d cols | best %s | in-sample AUC by λ %s", set.name, len(ds.names), best, strings.Join(aucs, " "))
		t.Logf("%-20s      grid %s", "", strings.Join(line, " "))
	}
}

// TestKeySentTransfer is the fair test: each batch scored by a model
// trained on the others, its strength and threshold chosen by
// leave-one-batch-out inside them; then the "fresh" batches 17 and 18,
// by a model of the batches before them.
func TestKeySentTransfer(t *testing.T) {
	if !*keySentReport {
		t.Skip("a measurement: go test ./briefing/extract -run TestKeySentTransfer -keysent -v")
	}
	sd := loadSentData(t, keySentBatches)
	all := sd.all()
	for _, set := range keySentSets {
		t.Logf("== %s: leave-one-batch-out at first sight (rules → rules + model)", set.name)
		var ra, ma keyTally
		dr, dw := 0, 0
		oof := map[*keyDoc][]float64{}
		for _, bi := range all {
			in := without(all, bi)
			fit := sd.choose(in, set)
			ps := sd.probs(in, []int{bi}, set, fit.lambda)
			for d, p := range ps {
				oof[d] = p
			}
			r, _, _ := sd.score([]int{bi}, nil, 0)
			m, right, wrong := sd.score([]int{bi}, ps, fit.threshold)
			ra.add(r)
			ma.add(m)
			dr += right
			dw += wrong
			t.Logf("  %-13s λ %-4g thr %.1f | rules %s | model %s | %+5.1f (dropped %d not gold, %d gold)", "articles"+sd.batches[bi], fit.lambda, fit.threshold,
				fmtTally(r), fmtTally(m), prf1(m.vqc)-prf1(r.vqc), right, wrong)
		}
		t.Logf("  %-13s %14s | rules %s | model %s | %+5.1f (dropped %d not gold, %d gold) | out-of-batch AUC %.3f", "pooled", "", fmtTally(ra), fmtTally(ma), prf1(ma.vqc)-prf1(ra.vqc), dr, dw, auc(oof))
		var before, fresh []int
		for i, b := range sd.batches {
			if b == "-b17" || b == "-b18" {
				fresh = append(fresh, i)
			} else {
				before = append(before, i)
			}
		}
		fit := sd.choose(before, set)
		ps := sd.probs(before, fresh, set, fit.lambda)
		r, _, _ := sd.score(fresh, nil, 0)
		m, right, wrong := sd.score(fresh, ps, fit.threshold)
		t.Logf("  %-13s λ %-4g thr %.1f | rules %s | model %s | %+5.1f (dropped %d not gold, %d gold)", "fresh b17+b18", fit.lambda, fit.threshold,
			fmtTally(r), fmtTally(m), prf1(m.vqc)-prf1(r.vqc), right, wrong)
	}
}

// TestKeySentSignals logs each hand signal's counts over the story key
// figures at first sight — where it fires, how many match a gold key
// figure and how many do not — and the weights of the story+signals
// model fit on every batch, and the words model's largest weights.
func TestKeySentSignals(t *testing.T) {
	if !*keySentReport {
		t.Skip("a measurement: go test ./briefing/extract -run TestKeySentSignals -keysent -v")
	}
	sd := loadSentData(t, keySentBatches)
	all := sd.all()
	n, g := sd.keyCounts()
	type count struct{ gold, not int }
	counts := map[string]count{}
	perBatch := map[string][]count{}
	for i := range sd.docs {
		d := &sd.docs[i]
		if !d.story {
			continue
		}
		for j := range d.figs {
			if !d.figs[j].Key {
				continue
			}
			for name := range sd.feats[i][j] {
				if strings.HasPrefix(name, "h:") || strings.HasPrefix(name, "o:") {
					c := counts[name]
					if d.labels[j] {
						c.gold++
					} else {
						c.not++
					}
					counts[name] = c
					if perBatch[name] == nil {
						perBatch[name] = make([]count, len(sd.batches))
					}
					pb := &perBatch[name][d.batch]
					if d.labels[j] {
						pb.gold++
					} else {
						pb.not++
					}
				}
			}
		}
	}
	// where the spurious keys stand: a value a gold-matched figure of the
	// story also has (a restatement), a sentence with a gold-matched
	// figure (a part, a pair, a breakdown), or a sentence with none (an
	// aside, another event, a minor count)
	var restated, withGold, alone int
	for i := range sd.docs {
		d := &sd.docs[i]
		if !d.story {
			continue
		}
		for j, f := range d.figs {
			if !f.Key || d.labels[j] {
				continue
			}
			same, sent := false, false
			for k, o := range d.figs {
				if k == j || !d.labels[k] {
					continue
				}
				same = same || o.Value == f.Value
				sent = sent || o.SentenceStart == f.SentenceStart
			}
			switch {
			case same:
				restated++
			case sent:
				withGold++
			default:
				alone++
			}
		}
	}
	t.Logf("spurious story keys: %d restate a gold-matched value, %d share a sentence with a gold-matched figure, %d stand in a sentence with none", restated, withGold, alone)
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range perBatch {
			if !yield(k) {
				return
			}
		}
	})
	t.Logf("hand signals by batch, not gold/fired over the story key figures (%s)", strings.Join(sd.batches, " "))
	for _, name := range names {
		var cells []string
		for _, c := range perBatch[name] {
			cells = append(cells, fmt.Sprintf("%2d/%-3d", c.not, c.gold+c.not))
		}
		t.Logf("  %-28s %s", name, strings.Join(cells, " "))
	}
	for _, set := range []keySentSet{keySentSets[1], keySentSets[2], keySentSets[5], keySentSets[7], keySentSets[9]} {
		fit := sd.choose(all, set)
		ds, w := sd.fit(all, set, fit.lambda)
		t.Logf("== %s fit on all seven batches (λ %g by leave-one-batch-out); base rate %d/%d = %.1f%% gold", set.name, fit.lambda, g, n, 100*float64(g)/float64(n))
		order := make([]int, len(ds.names))
		for k := range order {
			order[k] = k
		}
		sort.Slice(order, func(a, b int) bool { return math.Abs(w[order[a]]) > math.Abs(w[order[b]]) })
		shown := 0
		for _, k := range order {
			name := ds.names[k]
			c := counts[name]
			if strings.HasPrefix(name, "h:") || strings.HasPrefix(name, "o:") {
				t.Logf("  %+6.2f  %-28s fires %4d: gold %4d, not gold %3d (%.0f%% not gold)", w[k], name, c.gold+c.not, c.gold, c.not, 100*float64(c.not)/math.Max(1, float64(c.gold+c.not)))
			} else if shown < 30 {
				t.Logf("  %+6.2f  %s", w[k], name)
				shown++
			}
		}
	}
}

// TestKeySentCheck scores articles-b19 once, by the summary alone: the
// model trained on every other dev batch, strength and threshold chosen by
// leave-one-batch-out over them.
func TestKeySentCheck(t *testing.T) {
	if !*keySentCheck {
		t.Skip("the check batch, once: go test ./briefing/extract -run TestKeySentCheck -keysent19 -v")
	}
	batches := append(slices.Clone(keySentBatches), "-b19")
	sd := loadSentData(t, batches)
	b19 := len(batches) - 1
	train := without(sd.all(), b19)
	r, _, _ := sd.score([]int{b19}, nil, 0)
	t.Logf("articles-b19 first sight: rules %s", fmtTally(r))
	for _, set := range keySentSets {
		fit := sd.choose(train, set)
		ps := sd.probs(train, []int{b19}, set, fit.lambda)
		m, right, wrong := sd.score([]int{b19}, ps, fit.threshold)
		t.Logf("  %-20s λ %-4g thr %.1f | model %s | %+5.1f (dropped %d not gold, %d gold)", set.name, fit.lambda, fit.threshold, fmtTally(m), prf1(m.vqc)-prf1(r.vqc), right, wrong)
	}
}

// TestKeySentDump logs the first-sight story key figures of the dev
// batches (never b19), each with whether it matches a gold key figure, its
// batch, role and rule, its hand signals and its sentence, the figure in
// [[ ]]: what to read when writing a rule from the signal tables.
func TestKeySentDump(t *testing.T) {
	if !*keySentDump {
		t.Skip("go test ./briefing/extract -run TestKeySentDump -keysentdump -v")
	}
	sd := loadSentData(t, keySentBatches)
	for i := range sd.docs {
		d := &sd.docs[i]
		if !d.story {
			continue
		}
		for j, f := range d.figs {
			if !f.Key {
				continue
			}
			var hs []string
			for name := range sd.feats[i][j] {
				if strings.HasPrefix(name, "h:") && name != "h:sentence-figures" {
					hs = append(hs, name[2:])
				}
			}
			sort.Strings(hs)
			s := d.art.Text[f.SentenceStart:f.Start] + "[[" + f.Text + "]]" + d.art.Text[f.End:f.SentenceEnd]
			t.Logf("%v\t%s\t%s\t%s\t%s\t%s", d.labels[j], sd.batches[d.batch], f.Role, f.why.key.rule().String(), strings.Join(hs, ","), strings.ReplaceAll(s, "\n", " "))
		}
	}
}

// TestSentFeatures checks the hand signals on sentences that carry them:
// the tables above are only as good as these readings.
func TestSentFeatures(t *testing.T) {
	for _, c := range []struct {
		text, fig string
		want      []string
	}{
		{"Ten people were killed, six of them children.", "six", []string{"of-them-after", "clause-start", "comma-before"}},
		{"The raid killed 20 people, including 11 children in the market.", "11 children", []string{"including-before", "people-kind"}},
		{"Two of the wounded died in hospital on Monday.", "Two", []string{"of-the-after", "day-in-clause", "sentence-start"}},
		{"\"We counted 40 bodies,\" the mayor said.", "40 bodies", []string{"in-quote", "said-in-sentence"}},
		{"The flood in 2014 had displaced 3,000 families (about 15,000 people).", "about 15,000 people", []string{"in-parens"}},
		{"The toll has risen to 268 people so far.", "268 people", []string{"cumulative", "has", "change"}},
		{"Security forces killed six militants in the raid.", "six militants", []string{"party"}},
	} {
		figs := Figures(c.text)
		i := slices.IndexFunc(figs, func(f Figure) bool { return strings.Contains(f.Text, c.fig) })
		if i < 0 {
			t.Errorf("%q: no figure %q in %v", c.text, c.fig, figs)
			continue
		}
		m := map[string]float64{}
		sentFeatures(c.text, figs, i, m)
		for _, w := range c.want {
			if m["h:"+w] != 1 {
				var got []string
				for k := range m {
					if strings.HasPrefix(k, "h:") {
						got = append(got, k)
					}
				}
				sort.Strings(got)
				t.Errorf("%q, figure %q: no %s among %v", c.text, figs[i].Text, w, got)
			}
		}
	}
}
