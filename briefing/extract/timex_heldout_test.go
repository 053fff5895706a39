package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// The held-out development set: news sentences written and annotated with
// TIMEX3 by hand (TimeML / TempEval-3 conventions) before the tagger ran on
// them, so that the scores below measure generalisation, not fitting.
const (
	txHeldoutFile     = "testdata/heldout/news-timex.jsonl"
	txHeldoutBaseline = "testdata/heldout/timex-baseline.json"
)

// timexHeldoutSentence is one line of the held-out set.
type timexHeldoutSentence struct {
	DCT     string `json:"dct"`
	Text    string `json:"text"`
	Timexes []struct {
		Text  string    `json:"text"`
		Type  TimexType `json:"type"`
		Value string    `json:"value"`
		Mod   Mod       `json:"mod"`
	} `json:"timexes"`
}

// timexScores are the TempEval-3 measures: span P/R/F1, strict (exact
// extent) and relaxed (overlap); type accuracy over the relaxed matches;
// value F1, where a timex counts when it overlaps a gold one with an equal
// value.
type timexScores struct {
	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	TypeAccuracy                  float64
	ValueP, ValueR, ValueF1       float64
}

// timexBaseline is the committed floor the scores must not fall below.
type timexBaseline struct {
	StrictF1     float64 `json:"strict_span_f1"`
	RelaxedF1    float64 `json:"relaxed_span_f1"`
	TypeAccuracy float64 `json:"type_accuracy"`
	ValueF1      float64 `json:"value_f1"`
}

// heldoutGoldTimex is a gold annotation placed in its sentence.
type heldoutGoldTimex struct {
	Timex
}

// loadHeldoutTimexes reads the held-out set.
func loadHeldoutTimexes(t *testing.T, path string) []timexHeldoutSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open held-out set: %v", err)
	}
	defer f.Close()
	var out []timexHeldoutSentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var s timexHeldoutSentence
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, s)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read held-out set: %v", err)
	}
	return out
}

// placeGold gives each gold annotation its byte span: the first occurrence
// of its text after the previous annotation's end (so that a paragraph may
// name "the year" twice).
func placeGold(t *testing.T, s timexHeldoutSentence) []heldoutGoldTimex {
	t.Helper()
	var out []heldoutGoldTimex
	from := 0
	for _, g := range s.Timexes {
		i := strings.Index(s.Text[from:], g.Text)
		if i < 0 {
			t.Fatalf("gold %q not found in %q", g.Text, s.Text)
		}
		start := from + i
		out = append(out, heldoutGoldTimex{Timex{Text: g.Text, Start: start, End: start + len(g.Text),
			Type: g.Type, Value: g.Value, Mod: g.Mod}})
		from = start + len(g.Text)
	}
	return out
}

// timexCounts accumulates matches over the set.
type timexCounts struct {
	gold, sys, strict, relaxed, typeOK, valueOK int
}

// matchSentence pairs system timexes with gold ones one to one (each gold
// to the first unused overlapping system timex) and counts what agrees. It
// returns a line per disagreement for the verbose log.
func (c *timexCounts) matchSentence(gold []heldoutGoldTimex, sys []Timex) []string {
	c.gold += len(gold)
	c.sys += len(sys)
	used := make([]bool, len(sys))
	var errs []string
	for _, g := range gold {
		k := -1
		for j, s := range sys {
			if !used[j] && s.Start < g.End && g.Start < s.End {
				k = j
				break
			}
		}
		if k < 0 {
			errs = append(errs, fmt.Sprintf("missed %q %s %s", g.Text, g.Type, g.Value))
			continue
		}
		used[k] = true
		s := sys[k]
		c.relaxed++
		if s.Start == g.Start && s.End == g.End {
			c.strict++
		} else {
			errs = append(errs, fmt.Sprintf("span %q, want %q", s.Text, g.Text))
		}
		if s.Type == g.Type {
			c.typeOK++
		}
		if s.Value == g.Value {
			c.valueOK++
		}
		if s.Type != g.Type || s.Value != g.Value {
			errs = append(errs, fmt.Sprintf("value %q = %s %s, want %s %s", g.Text, s.Type, s.Value, g.Type, g.Value))
		}
	}
	for j, s := range sys {
		if !used[j] {
			errs = append(errs, fmt.Sprintf("spurious %q %s %s", s.Text, s.Type, s.Value))
		}
	}
	return errs
}

// scores turns the counts into the TempEval-3 measures.
func (c timexCounts) scores() timexScores {
	prf := func(n int) (p, r, f float64) {
		if c.sys > 0 {
			p = float64(n) / float64(c.sys)
		}
		if c.gold > 0 {
			r = float64(n) / float64(c.gold)
		}
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		return p, r, f
	}
	var s timexScores
	s.StrictP, s.StrictR, s.StrictF1 = prf(c.strict)
	s.RelaxedP, s.RelaxedR, s.RelaxedF1 = prf(c.relaxed)
	s.ValueP, s.ValueR, s.ValueF1 = prf(c.valueOK)
	if c.relaxed > 0 {
		s.TypeAccuracy = float64(c.typeOK) / float64(c.relaxed)
	}
	return s
}

func TestTimexHeldoutNews(t *testing.T) {
	sents := loadHeldoutTimexes(t, txHeldoutFile)
	var c timexCounts
	for _, s := range sents {
		dct, err := time.Parse("2006-01-02", s.DCT)
		if err != nil {
			t.Fatalf("%q: bad dct %q: %v", s.Text, s.DCT, err)
		}
		errs := c.matchSentence(placeGold(t, s), Timexes(s.Text, dct))
		if testing.Verbose() && len(errs) > 0 {
			t.Logf("%s %q\n\t%s", s.DCT, s.Text, strings.Join(errs, "\n\t"))
		}
	}
	sc := c.scores()
	t.Logf("held-out news: %d sentences, %d gold timexes, %d tagged", len(sents), c.gold, c.sys)
	t.Logf("strict span  P %.3f R %.3f F1 %.3f", sc.StrictP, sc.StrictR, sc.StrictF1)
	t.Logf("relaxed span P %.3f R %.3f F1 %.3f", sc.RelaxedP, sc.RelaxedR, sc.RelaxedF1)
	t.Logf("value        P %.3f R %.3f F1 %.3f", sc.ValueP, sc.ValueR, sc.ValueF1)
	t.Logf("type accuracy %.3f", sc.TypeAccuracy)

	raw, err := os.ReadFile(txHeldoutBaseline)
	if err != nil {
		t.Fatalf("read baseline: %v", err)
	}
	var base timexBaseline
	if err := json.Unmarshal(raw, &base); err != nil {
		t.Fatalf("parse baseline %s: %v", txHeldoutBaseline, err)
	}
	const slack = 1e-9
	for _, m := range []struct {
		name      string
		got, base float64
	}{
		{"strict span F1", sc.StrictF1, base.StrictF1},
		{"relaxed span F1", sc.RelaxedF1, base.RelaxedF1},
		{"type accuracy", sc.TypeAccuracy, base.TypeAccuracy},
		{"value F1", sc.ValueF1, base.ValueF1},
	} {
		if m.got+slack < m.base {
			t.Errorf("%s %.3f fell below the baseline %.3f", m.name, m.got, m.base)
		}
	}
}

func TestTimexHeldoutScoring(t *testing.T) {
	gold := []heldoutGoldTimex{
		{Timex{Text: "last week", Start: 0, End: 9, Type: "DATE", Value: "2024-W40"}},
		{Timex{Text: "Friday", Start: 20, End: 26, Type: "DATE", Value: "2024-10-11"}},
	}
	sys := []Timex{
		{Text: "week", Start: 5, End: 9, Type: "DATE", Value: "2024-W40"},          // relaxed only
		{Text: "Friday", Start: 20, End: 26, Type: "TIME", Value: "2024-10-11TNI"}, // strict, wrong type and value
		{Text: "now", Start: 30, End: 33, Type: "DATE", Value: "PRESENT_REF"},      // spurious
	}
	var c timexCounts
	c.matchSentence(gold, sys)
	want := timexCounts{gold: 2, sys: 3, strict: 1, relaxed: 2, typeOK: 1, valueOK: 1}
	if c != want {
		t.Fatalf("counts = %+v, want %+v", c, want)
	}
	sc := c.scores()
	if d := sc.RelaxedF1 - 0.8; d > 1e-9 || d < -1e-9 {
		t.Errorf("relaxed F1 = %.3f, want 0.800", sc.RelaxedF1)
	}
	if sc.TypeAccuracy != 0.5 {
		t.Errorf("type accuracy = %.3f, want 0.500", sc.TypeAccuracy)
	}
}
