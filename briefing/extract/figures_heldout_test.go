package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// heldoutSentence is one line of testdata/heldout/news-figures.jsonl: a news
// sentence and its figures, annotated by hand.
type heldoutSentence struct {
	Text    string          `json:"text"`
	Figures []heldoutFigure `json:"figures"`
}

// heldoutFigure is a hand-annotated figure; its span is the first
// occurrence of Text in the sentence at or after the previous figure's.
type heldoutFigure struct {
	Text      string    `json:"text"`
	Value     float64   `json:"value"`
	Qualifier Qualifier `json:"qualifier"`
	Unit      string    `json:"unit"`
	Category  Category  `json:"category"`
	start     int
	end       int
}

// heldoutScores are the counts of the held-out evaluation: value matches
// (overlapping spans, equal values), span matches (overlap alone), and
// qualifier and category agreement on the value matches.
type heldoutScores struct {
	gold, pred            int
	valueTP, spanTP       int
	qualifierOK, catOK    int
	misses, spurious, bad []string
}

// heldoutBaseline is one set's entry in testdata/heldout/baseline.json:
// the floor each score must reach.
type heldoutBaseline struct {
	ValueF1     float64 `json:"value_f1"`
	SpanF1      float64 `json:"span_f1"`
	QualifierAc float64 `json:"qualifier_accuracy"`
	CategoryAc  float64 `json:"category_accuracy"`
}

// TestFiguresHeldout measures the extractor on news sentences it was not
// written against (testdata/heldout/news-figures*.jsonl): value precision, recall and
// F1 over all figures (key or not), span F1, and qualifier and category
// accuracy on the value matches. It logs them per set, with the errors
// when run with -v, and fails below the set's committed baseline.
func TestFiguresHeldout(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "heldout", "baseline.json"))
	if err != nil {
		t.Fatalf("reading baseline: %v", err)
	}
	var bases map[string]heldoutBaseline
	if err := json.Unmarshal(data, &bases); err != nil {
		t.Fatalf("parsing baseline: %v", err)
	}
	sets, _ := filepath.Glob(filepath.Join("testdata", "heldout", "news-figures*.jsonl"))
	if len(sets) == 0 {
		t.Fatal("no held-out sets in testdata/heldout")
	}
	for _, path := range sets {
		name := filepath.Base(path)
		base, ok := bases[name]
		if !ok {
			t.Errorf("%s has no baseline in baseline.json", name)
			continue
		}
		t.Run(name, func(t *testing.T) { scoreHeldout(t, path, base) })
	}
}

// scoreHeldout scores one held-out set against its baseline.
func scoreHeldout(t *testing.T, path string, base heldoutBaseline) {
	sents := loadHeldout(t, path)
	var sc heldoutScores
	for _, s := range sents {
		sc.add(s, Figures(s.Text))
	}
	vp, vr, vf := prf(sc.valueTP, sc.pred, sc.gold)
	sp, sr, sf := prf(sc.spanTP, sc.pred, sc.gold)
	qa := ratioOf(sc.qualifierOK, sc.valueTP)
	ca := ratioOf(sc.catOK, sc.valueTP)
	t.Logf("%d sentences, %d gold figures, %d predicted", len(sents), sc.gold, sc.pred)
	t.Logf("value P %.3f R %.3f F1 %.3f; span P %.3f R %.3f F1 %.3f", vp, vr, vf, sp, sr, sf)
	t.Logf("qualifier accuracy %.3f, category accuracy %.3f (on %d value matches)", qa, ca, sc.valueTP)
	if testing.Verbose() {
		for _, m := range sc.misses {
			t.Logf("missed: %s", m)
		}
		for _, m := range sc.spurious {
			t.Logf("spurious: %s", m)
		}
		for _, m := range sc.bad {
			t.Logf("attribute: %s", m)
		}
	}
	check := func(name string, got, floor float64) {
		if got < floor-1e-9 {
			t.Errorf("%s %.3f is below the baseline %.3f", name, got, floor)
		}
	}
	check("value F1", vf, base.ValueF1)
	check("span F1", sf, base.SpanF1)
	check("qualifier accuracy", qa, base.QualifierAc)
	check("category accuracy", ca, base.CategoryAc)
}

// loadHeldout reads the held-out set and locates each gold span.
func loadHeldout(t *testing.T, path string) []heldoutSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("opening held-out set: %v", err)
	}
	defer f.Close()
	var out []heldoutSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var s heldoutSentence
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		from := 0
		for i := range s.Figures {
			g := &s.Figures[i]
			k := indexWord(s.Text[from:], g.Text, from > 0 && wordByte(s.Text[from-1]))
			if k < 0 {
				t.Fatalf("%s:%d: figure %q is not in the sentence after offset %d", path, line, g.Text, from)
			}
			g.start, g.end = from+k, from+k+len(g.Text)
			from = g.start + 1
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading held-out set: %v", err)
	}
	if len(out) == 0 {
		t.Fatal("the held-out set is empty")
	}
	return out
}

// add scores one sentence: each gold figure matches at most one predicted
// figure, the first unmatched one that overlaps it (with an equal value,
// for a value match).
func (sc *heldoutScores) add(s heldoutSentence, pred []Figure) {
	sc.gold += len(s.Figures)
	sc.pred += len(pred)
	usedV := make([]bool, len(pred))
	usedS := make([]bool, len(pred))
	for _, g := range s.Figures {
		matched := -1
		for j, p := range pred {
			if !usedV[j] && overlaps(g.start, g.end, p.Start, p.End) && sameValue(g.Value, p.Value) {
				matched = j
				break
			}
		}
		for j, p := range pred {
			if !usedS[j] && overlaps(g.start, g.end, p.Start, p.End) {
				usedS[j] = true
				sc.spanTP++
				break
			}
		}
		if matched < 0 {
			sc.misses = append(sc.misses, describeGold(s.Text, g, pred))
			continue
		}
		usedV[matched] = true
		sc.valueTP++
		p := pred[matched]
		if p.Qualifier == g.Qualifier {
			sc.qualifierOK++
		} else {
			sc.bad = append(sc.bad, "qualifier "+string(p.Qualifier)+" for "+string(g.Qualifier)+" in "+quote(p.Text)+" of "+quote(s.Text))
		}
		if p.Category == g.Category {
			sc.catOK++
		} else {
			sc.bad = append(sc.bad, "category "+string(p.Category)+" for "+string(g.Category)+" in "+quote(p.Text)+" of "+quote(s.Text))
		}
	}
	for j, p := range pred {
		if !usedV[j] {
			sc.spurious = append(sc.spurious, quote(p.Text)+" = "+formatValue(p.Value)+" in "+quote(s.Text))
		}
	}
}

func describeGold(text string, g heldoutFigure, pred []Figure) string {
	var got []string
	for _, p := range pred {
		got = append(got, quote(p.Text)+"="+formatValue(p.Value))
	}
	return quote(g.Text) + " = " + formatValue(g.Value) + " in " + quote(text) + " (got " + strings.Join(got, ", ") + ")"
}

// indexWord is strings.Index for a needle that does not start inside a
// word or a number ("2%" is not in "1.2%"); glued says the byte before hay
// is such a character.
func indexWord(hay, needle string, glued bool) int {
	for off := 0; ; {
		k := strings.Index(hay[off:], needle)
		if k < 0 {
			return -1
		}
		at := off + k
		if at == 0 && !glued || at > 0 && !wordByte(hay[at-1]) {
			return at
		}
		off = at + 1
	}
}

func wordByte(c byte) bool {
	return c == '.' || c == ',' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func overlaps(a0, a1, b0, b1 int) bool { return a0 < b1 && b0 < a1 }

func quote(s string) string { return "\"" + s + "\"" }

func formatValue(v float64) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// prf is precision, recall and F1 from true positives and the numbers of
// predicted and gold items.
func prf(tp, pred, gold int) (p, r, f float64) {
	p, r = ratioOf(tp, pred), ratioOf(tp, gold)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func ratioOf(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
