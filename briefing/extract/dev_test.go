package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// The dev sets of issue 12 (testdata/dev, described in its README), in
// batches (devBatches):
// conflict and disaster sentences with a role for every figure, whole
// articles with their timelines and page furniture, and general-news
// quantities with normalised units. Each was annotated by hand before the
// extractor ran on it.
//
// TestDevSets reports the scores with t.Logf and never fails on them; it
// fails only when a set is malformed (bad JSON, a missing field, a span
// that is not in its text, a category that does not follow from its role).
//
// Matching, the same for every set: a predicted figure (or timeline entry)
// matches a gold one when their byte spans overlap and their values are
// equal (figures: within a relative 1e-6; timeline: the same TIMEX3 value
// string). Each gold item takes the first unused prediction that matches,
// in text order. Precision is matches over predictions, recall matches over
// gold items, F1 their harmonic mean. A stricter score (value+qualifier+
// category, value+unit, value+role) counts a match only when those fields
// agree as well.

// devRoleCategory is the category each role implies (extraction.md).
var devRoleCategory = map[string]Category{
	"killed": Casualties, "injured": Casualties, "missing": Casualties,
	"held": Detention, "detained": Detention, "released": Detention,
	"displaced": Displacement, "refugees": Displacement,
	"in_need": Humanitarian, "affected": Humanitarian,
	"deployed": Deployment, "pledged": Deployment, "withdrawn": Deployment,
	"money": Money, "duration": Duration, "other": Other,
}

// devQualifiers are the qualifiers of extraction.md.
var devQualifiers = map[string]bool{
	"exact": true, "about": true, "nearly": true, "at least": true, "more than": true,
	"less than": true, "up to": true, "range": true,
}

// devFigure is a hand-annotated figure of figures-roles.jsonl or
// quantities.jsonl (the latter without role, category and key).
type devFigure struct {
	Text      string   `json:"text"`
	Value     *float64 `json:"value"`
	Min       *float64 `json:"min"`
	Max       *float64 `json:"max"`
	Qualifier string   `json:"qualifier"`
	Unit      string   `json:"unit"`
	Role      string   `json:"role"`
	Category  Category `json:"category"`
	Key       *bool    `json:"key"`
	start     int
	end       int
}

// devSentence is one line of figures-roles.jsonl or quantities.jsonl.
type devSentence struct {
	Text    string      `json:"text"`
	Source  string      `json:"source"`
	Note    string      `json:"note"`
	Figures []devFigure `json:"figures"`
}

// devSpan is a byte range of an article with the text it must hold.
type devSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// devEntry is a gold timeline entry of timelines.jsonl.
type devEntry struct {
	devSpan
	Value    string `json:"value"`
	Event    string `json:"event"`
	Kind     string `json:"kind"`
	Planned  *bool  `json:"planned"`
	Optional bool   `json:"optional"`
}

// devArticle is one line of timelines.jsonl.
type devArticle struct {
	ID        string     `json:"id"`
	Source    string     `json:"source"`
	Published string     `json:"published"`
	Words     int        `json:"words"`
	Notes     string     `json:"notes"`
	Text      string     `json:"text"`
	Timeline  []devEntry `json:"timeline"`
	Furniture []devSpan  `json:"furniture"`
}

// devPRF is a count of matches against predictions and gold items.
type devPRF struct{ tp, pred, gold int }

func (c devPRF) String() string {
	p, r := devRatio(c.tp, c.pred), devRatio(c.tp, c.gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P %5.1f R %5.1f F1 %5.1f (%d/%d/%d)", 100*p, 100*r, 100*f, c.tp, c.pred, c.gold)
}

func devRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// devBatches are the suffixes of the dev sets' batches, each annotated by
// hand before the extractor ran on it: batch 1 has none ("timelines.jsonl"),
// batch 2 is "-b2" ("timelines-b2.jsonl"), batch 3 "-b3", batch 4 "-b4",
// batch 5 "-b5", batch 6 "-b6", batch 7 "-b7".
var devBatches = []string{"", "-b2", "-b3", "-b4", "-b5", "-b6", "-b7"}

// devTimelineBatches are the batches that have a timelines set and no
// sentence sets: the whole web pages of batches 9 and 10, furniture and all.
var devTimelineBatches = []string{"-b9", "-b10", "-b11", "-b13", "-b14", "-b15", "-b16", "-b17", "-b18", "-b19", "-b20"}

// devQuantityBatches are the batches that have a quantities set and no
// other: scored on their own, never in quantities-all (they are held out).
var devQuantityBatches = []string{"-b13"}

// devHeldOut are the sets held out, annotated blind for this round's
// measure: the whole articles of batches 8, 11, 12, 13, 16, 20 and 21, the whole
// web pages with timelines of batches 11, 15, 16 and 20, and the general-news
// quantities of batch 13; and the timelines of batch 19, a check batch
// whose summary line the session's timeline helper may read, never its
// misses. A held-out batch becomes a dev set only after
// its first sight is recorded in the README (batches 6, 7, 9 and 10 before,
// the timelines of batch 13 since 2026-12-07), and a fresh blind batch
// takes its place. They are scored, but their misses are never listed
// (devLogErrors).
var devHeldOut = []string{"articles-b8", "articles-b11", "articles-b12", "articles-b13", "articles-b16", "articles-b20", "articles-b21", "timelines-b11", "timelines-b15", "timelines-b16", "timelines-b19", "timelines-b20", "quantities-b13"}

// TestDevSets scores the extractor on the three dev sets, batch by batch
// (subtests "figures-roles", "figures-roles-b2", ...) and then on all
// batches together ("figures-roles-all", ...), and reports.
func TestDevSets(t *testing.T) {
	dir := filepath.Join("testdata", "dev")
	var allFigs, allQty []devSentence
	var allArts []devArticle
	for _, b := range devBatches {
		figs := devLoadSentences(t, filepath.Join(dir, "figures-roles"+b+".jsonl"), true)
		arts := devLoadArticles(t, filepath.Join(dir, "timelines"+b+".jsonl"))
		qty := devLoadSentences(t, filepath.Join(dir, "quantities"+b+".jsonl"), false)
		t.Run("figures-roles"+b, func(t *testing.T) { devScoreFigures(t, figs) })
		t.Run("timelines"+b, func(t *testing.T) { devScoreTimelines(t, arts) })
		t.Run("quantities"+b, func(t *testing.T) { devScoreQuantities(t, qty) })
		allFigs, allArts, allQty = append(allFigs, figs...), append(allArts, arts...), append(allQty, qty...)
	}
	for _, b := range devTimelineBatches {
		arts := devLoadArticles(t, filepath.Join(dir, "timelines"+b+".jsonl"))
		t.Run("timelines"+b, func(t *testing.T) { devScoreTimelines(t, arts) })
		allArts = append(allArts, arts...)
	}
	for _, b := range devQuantityBatches {
		qty := devLoadSentences(t, filepath.Join(dir, "quantities"+b+".jsonl"), false)
		t.Run("quantities"+b, func(t *testing.T) { devScoreQuantities(t, qty) })
	}
	t.Run("figures-roles-all", func(t *testing.T) { devScoreFigures(t, allFigs) })
	t.Run("timelines-all", func(t *testing.T) { devScoreTimelines(t, allArts) })
	t.Run("quantities-all", func(t *testing.T) { devScoreQuantities(t, allQty) })
}

// devLines decodes every non-blank line of a JSONL file into a new T,
// rejecting unknown fields, and fails the test on the first bad line.
func devLines[T any](t *testing.T, path string) []T {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading dev set: %v", err)
	}
	var out []T
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var v T
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	if len(out) == 0 {
		t.Fatalf("%s is empty", path)
	}
	return out
}

// devLoadSentences reads a sentence set, checks every field a scorer needs
// and locates each gold figure in its sentence (the first occurrence at a
// word boundary at or after the previous figure's start, else anywhere).
func devLoadSentences(t *testing.T, path string, roles bool) []devSentence {
	t.Helper()
	sents := devLines[devSentence](t, path)
	for i := range sents {
		s := &sents[i]
		where := fmt.Sprintf("%s: sentence %d %q", path, i+1, devClip(s.Text))
		if strings.TrimSpace(s.Text) == "" || s.Source == "" {
			t.Fatalf("%s: text and source are required", where)
		}
		from := 0
		for j := range s.Figures {
			f := &s.Figures[j]
			switch {
			case f.Text == "" || f.Value == nil:
				t.Fatalf("%s: figure %d needs text and value", where, j+1)
			case !devQualifiers[f.Qualifier]:
				t.Fatalf("%s: figure %q has qualifier %q", where, f.Text, f.Qualifier)
			case f.Unit == "":
				t.Fatalf("%s: figure %q has no unit", where, f.Text)
			case f.Qualifier == "range" && (f.Min == nil || f.Max == nil):
				t.Fatalf("%s: range %q needs min and max", where, f.Text)
			}
			if roles {
				cat, ok := devRoleCategory[f.Role]
				switch {
				case !ok:
					t.Fatalf("%s: figure %q has role %q", where, f.Text, f.Role)
				case f.Category != cat:
					t.Fatalf("%s: figure %q: category %q does not follow from role %q", where, f.Text, f.Category, f.Role)
				case f.Key == nil:
					t.Fatalf("%s: figure %q has no key", where, f.Text)
				}
			}
			k := devIndexWord(s.Text, f.Text, from)
			if k < 0 {
				k = devIndexWord(s.Text, f.Text, 0)
			}
			if k < 0 {
				t.Fatalf("%s: figure %q is not a substring of the sentence", where, f.Text)
			}
			f.start, f.end = k, k+len(f.Text)
			from = k + 1
		}
	}
	return sents
}

// devIndexWord finds sub in s at or after from, not glued to a letter or
// digit on either side.
func devIndexWord(s, sub string, from int) int {
	for from <= len(s) {
		k := strings.Index(s[from:], sub)
		if k < 0 {
			return -1
		}
		k += from
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+len(sub):])
		if k == 0 || !devWordRune(before) {
			if k+len(sub) == len(s) || !devWordRune(after) {
				return k
			}
		}
		from = k + 1
	}
	return -1
}

func devWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// devLoadArticles reads timelines.jsonl and checks that every entry and
// furniture span is where it says it is.
func devLoadArticles(t *testing.T, path string) []devArticle {
	t.Helper()
	arts := devLines[devArticle](t, path)
	for _, a := range arts {
		where := fmt.Sprintf("%s: article %q", path, a.ID)
		if a.ID == "" || a.Source == "" || a.Text == "" {
			t.Fatalf("%s: id, source and text are required", where)
		}
		if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
			t.Fatalf("%s: published: %v", where, err)
		}
		check := func(sp devSpan, what string) {
			if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End || a.Text[sp.Start:sp.End] != sp.Text {
				t.Fatalf("%s: %s %q is not at [%d,%d)", where, what, sp.Text, sp.Start, sp.End)
			}
		}
		for _, e := range a.Timeline {
			check(e.devSpan, "entry")
			switch {
			case e.Value == "" || e.Event == "" || e.Planned == nil:
				t.Fatalf("%s: entry %q needs value, event and planned", where, e.Text)
			case e.Kind != "event" && e.Kind != "report":
				t.Fatalf("%s: entry %q has kind %q", where, e.Text, e.Kind)
			}
		}
		for _, f := range a.Furniture {
			check(f, "furniture")
		}
	}
	return arts
}

// devStringField returns the string value of the named field of v, if v
// has one. The scorer uses it for fields other issues add to the types
// (Figure.Role, Figure.Lead, TimelineEntry.Kind): once a field exists, it
// is scored, with no change here.
func devStringField(v any, name string) (string, bool) {
	f := reflect.ValueOf(v).FieldByName(name)
	if !f.IsValid() || f.Kind() != reflect.String {
		return "", false
	}
	return f.String(), true
}

func devSameValue(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b))
}

func devOverlap(s1, e1, s2, e2 int) bool { return s1 < e2 && s2 < e1 }

// devMatch pairs each gold figure with the first unused prediction whose
// span overlaps it and whose value is equal; it returns, per gold figure,
// the index of its prediction or -1, and which predictions were used.
func devMatch(gold []devFigure, pred []Figure) ([]int, []bool) {
	used := make([]bool, len(pred))
	match := make([]int, len(gold))
	for i, g := range gold {
		match[i] = -1
		for j, p := range pred {
			if !used[j] && devOverlap(g.start, g.end, p.Start, p.End) && devSameValue(*g.Value, p.Value) {
				used[j], match[i] = true, j
				break
			}
		}
	}
	return match, used
}

// devFigureScores are the counts of the figures-roles set.
type devFigureScores struct {
	value, vqc, keyValue, keyVQC, role devPRF
	unitOK, qualOK, catOK, keyOK       int
	roleScored                         bool
	errs                               []string
	keyErrs                            []string // key flag differs on a value match
}

func devScoreFigures(t *testing.T, sents []devSentence) {
	var sc, inContext devFigureScores
	for i, s := range sents {
		sc.add(s, Figures(s.Text))
		inContext.add(s, devFiguresInContext(sents, i))
	}
	t.Logf("figures-roles: %d sentences, %d gold figures (%d key), %d predicted (%d key)",
		len(sents), sc.value.gold, sc.keyValue.gold, sc.value.pred, sc.keyValue.pred)
	t.Logf("  all figures  value                      %v", sc.value)
	t.Logf("  all figures  value+qualifier+category   %v", sc.vqc)
	t.Logf("  key figures  value                      %v", sc.keyValue)
	t.Logf("  key figures  value+qualifier+category   %v", sc.keyVQC)
	if sc.roleScored {
		t.Logf("  all figures  value+role                 %v", sc.role)
	} else {
		t.Logf("  role: not scored, Figure has no Role field yet")
	}
	n := sc.value.tp
	t.Logf("  on %d value matches: qualifier %.1f%%, category %.1f%%, key %.1f%%, unit %.1f%%",
		n, 100*devRatio(sc.qualOK, n), 100*devRatio(sc.catOK, n), 100*devRatio(sc.keyOK, n), 100*devRatio(sc.unitOK, n))
	t.Logf("  in context:  key figures value+qualifier+category %v", inContext.keyVQC)
	t.Logf("  in context:  all figures value+role               %v", inContext.role)
	devLogErrors(t, sc.errs)
	t.Logf("  key flag, in context, on %d value matches: %.1f%% agree", inContext.value.tp, 100*devRatio(inContext.keyOK, inContext.value.tp))
	devLogErrors(t, inContext.keyErrs)
}

// devFiguresInContext returns the figures of sentence i of sents as the
// extractor finds them when it reads the sentence in its article: with the
// other sentences of the same page (the run of sentences with its source,
// in the order the annotator took them from the page), each a paragraph
// of its own, before and after it. The annotators decided what is key
// with the page in front of them — a count said again, or a part whose
// total an earlier sentence gave, is not key — and the maintainers measure
// whole articles, so a sentence read alone hides from the extractor what
// the gold was made from. Sentences the annotators wrote themselves
// ("written") are read alone.
func devFiguresInContext(sents []devSentence, i int) []Figure {
	return devFiguresInContextBy(sents, i, Figures)
}

// devFiguresInContextBy is devFiguresInContext with the figures of a text
// found by figures (the key model's harness adds its say to Figures').
func devFiguresInContextBy(sents []devSentence, i int, figures func(string) []Figure) []Figure {
	src := sents[i].Source
	if src == "written" {
		return figures(sents[i].Text)
	}
	first, last := i, i
	for first > 0 && sents[first-1].Source == src {
		first--
	}
	for last+1 < len(sents) && sents[last+1].Source == src {
		last++
	}
	const sep = "\n\n"
	var text strings.Builder
	start := 0
	for k := first; k <= last; k++ {
		if k > first {
			text.WriteString(sep)
		}
		if k == i {
			start = text.Len()
		}
		text.WriteString(sents[k].Text)
	}
	end := start + len(sents[i].Text)
	var out []Figure
	for _, f := range figures(text.String()) {
		if f.Start >= start && f.End <= end {
			f.Start, f.End = f.Start-start, f.End-start
			out = append(out, f)
		}
	}
	return out
}

// add scores one sentence of figures-roles.jsonl.
func (sc *devFigureScores) add(s devSentence, pred []Figure) {
	match, used := devMatch(s.Figures, pred)
	sc.value.gold += len(s.Figures)
	sc.value.pred += len(pred)
	sc.vqc.gold, sc.vqc.pred = sc.value.gold, sc.value.pred
	sc.role.gold, sc.role.pred = sc.value.gold, sc.value.pred
	for _, p := range pred {
		if p.Key {
			sc.keyValue.pred++
		}
	}
	for i, g := range s.Figures {
		if *g.Key {
			sc.keyValue.gold++
		}
		j := match[i]
		if j < 0 {
			sc.errs = append(sc.errs, fmt.Sprintf("missed %q (%s, %s) in %q", g.Text, g.Role, g.Category, s.Text))
			continue
		}
		p := pred[j]
		sc.value.tp++
		qc := string(p.Qualifier) == g.Qualifier && p.Category == g.Category
		if qc {
			sc.vqc.tp++
		}
		if *g.Key && p.Key {
			sc.keyValue.tp++
			if qc {
				sc.keyVQC.tp++
			}
		}
		if string(p.Qualifier) == g.Qualifier {
			sc.qualOK++
		}
		if p.Category == g.Category {
			sc.catOK++
		} else {
			sc.errs = append(sc.errs, fmt.Sprintf("category %s for %s (%s) of %q in %q", p.Category, g.Category, g.Role, g.Text, s.Text))
		}
		if p.Key == *g.Key {
			sc.keyOK++
		} else {
			sc.keyErrs = append(sc.keyErrs, fmt.Sprintf("key %t for %t (%s) of %q in %q", p.Key, *g.Key, g.Role, g.Text, s.Text))
		}
		if devCanonUnit(p.Unit) == devCanonUnit(g.Unit) {
			sc.unitOK++
		}
		// Role: Figure gains a Role field with issue 12; until then this is
		// skipped and the report says so.
		if role, ok := devStringField(p, "Role"); ok {
			sc.roleScored = true
			if role == g.Role {
				sc.role.tp++
			} else {
				sc.errs = append(sc.errs, fmt.Sprintf("role %s for %s of %q in %q", role, g.Role, g.Text, s.Text))
			}
		}
	}
	sc.keyVQC.gold, sc.keyVQC.pred = sc.keyValue.gold, sc.keyValue.pred
	for j, p := range pred {
		if !used[j] {
			sc.errs = append(sc.errs, fmt.Sprintf("spurious %q = %g (%s) in %q", p.Text, p.Value, p.Category, s.Text))
		}
	}
}

// devScoreQuantities scores quantities.jsonl: value, and value+unit after
// devCanonUnit on both sides.
func devScoreQuantities(t *testing.T, sents []devSentence) {
	var value, unit devPRF
	qualOK := 0
	var errs []string
	for _, s := range sents {
		pred := Figures(s.Text)
		match, used := devMatch(s.Figures, pred)
		value.gold += len(s.Figures)
		value.pred += len(pred)
		for i, g := range s.Figures {
			j := match[i]
			if j < 0 {
				errs = append(errs, fmt.Sprintf("missed %q (%g %s) in %q", g.Text, *g.Value, g.Unit, s.Text))
				continue
			}
			p := pred[j]
			value.tp++
			if string(p.Qualifier) == g.Qualifier {
				qualOK++
			}
			if devCanonUnit(p.Unit) == devCanonUnit(g.Unit) {
				unit.tp++
			} else {
				errs = append(errs, fmt.Sprintf("unit %q for %q of %q in %q", p.Unit, g.Unit, g.Text, s.Text))
			}
		}
		for j, p := range pred {
			if !used[j] {
				errs = append(errs, fmt.Sprintf("spurious %q = %g %q in %q", p.Text, p.Value, p.Unit, s.Text))
			}
		}
	}
	unit.gold, unit.pred = value.gold, value.pred
	t.Logf("quantities: %d sentences, %d gold quantities, %d predicted", len(sents), value.gold, value.pred)
	t.Logf("  value        %v", value)
	t.Logf("  value+unit   %v", unit)
	t.Logf("  qualifier agrees on %.1f%% of %d value matches", 100*devRatio(qualOK, value.tp), value.tp)
	devLogErrors(t, errs)
}

// devScoreTimelines scores timelines.jsonl: value P/R/F1 of the timeline
// entries (optional gold entries neither reward nor punish), planned on the
// matches, and how many entries and figures come from page furniture.
func devScoreTimelines(t *testing.T, arts []devArticle) {
	var value, planned, kind devPRF
	kindScored := false
	furnEntries, furnFigures, gold, opt := 0, 0, 0, 0
	var errs []string
	for _, a := range arts {
		pub, _ := time.Parse(time.DateOnly, a.Published)
		pred := Timeline(a.Text, pub)
		used := make([]bool, len(pred))
		for _, g := range a.Timeline {
			if g.Optional {
				opt++
				continue
			}
			gold++
			j := devTimelineMatch(g, pred, used, true)
			if j < 0 {
				errs = append(errs, fmt.Sprintf("%s: missed %q = %s (%s)", a.ID, g.Text, g.Value, g.Event))
				continue
			}
			used[j] = true
			value.tp++
			if pred[j].Planned == *g.Planned {
				planned.tp++
			} else {
				errs = append(errs, fmt.Sprintf("%s: planned %v for %q = %s", a.ID, pred[j].Planned, g.Text, g.Value))
			}
			// Kind (event or report) is scored once TimelineEntry has it.
			if k, ok := devStringField(pred[j], "Kind"); ok {
				kindScored = true
				if k == g.Kind {
					kind.tp++
				}
			}
		}
		// A prediction on an optional entry's span is not a false alarm.
		for _, g := range a.Timeline {
			if g.Optional {
				if j := devTimelineMatch(g, pred, used, false); j >= 0 {
					used[j] = true
				}
			}
		}
		for j, p := range pred {
			if used[j] {
				continue
			}
			value.pred++
			if devInSpans(p.Start, p.End, a.Furniture) {
				furnEntries++
				errs = append(errs, fmt.Sprintf("%s: furniture entry %q = %s", a.ID, p.Text, p.Value))
			} else {
				errs = append(errs, fmt.Sprintf("%s: spurious %q = %s (%s)", a.ID, p.Text, p.Value, devClip(p.Event)))
			}
		}
		for _, f := range Figures(a.Text) {
			if devInSpans(f.Start, f.End, a.Furniture) {
				furnFigures++
				errs = append(errs, fmt.Sprintf("%s: furniture figure %q", a.ID, f.Text))
			}
		}
	}
	value.pred += value.tp
	value.gold = gold
	planned.pred, planned.gold = value.tp, value.tp
	kind.pred, kind.gold = value.tp, value.tp
	t.Logf("timelines: %d articles, %d gold entries (+%d optional), %d predicted", len(arts), gold, opt, value.pred)
	t.Logf("  value     %v", value)
	t.Logf("  planned agrees on %.1f%% of %d matches", 100*devRatio(planned.tp, planned.gold), planned.gold)
	if kindScored {
		t.Logf("  kind (event/report) agrees on %.1f%% of %d matches", 100*devRatio(kind.tp, kind.gold), kind.gold)
	} else {
		t.Logf("  kind: not scored, TimelineEntry has no Kind field yet")
	}
	t.Logf("  furniture: %d timeline entries and %d figures inside furniture spans (want 0)", furnEntries, furnFigures)
	devLogErrors(t, errs)
}

// devTimelineMatch returns the first unused prediction overlapping g (with
// g's value, when strict), or -1.
func devTimelineMatch(g devEntry, pred []TimelineEntry, used []bool, strict bool) int {
	for j, p := range pred {
		if !used[j] && devOverlap(g.Start, g.End, p.Start, p.End) && (!strict || p.Value == g.Value) {
			return j
		}
	}
	return -1
}

func devInSpans(start, end int, spans []devSpan) bool {
	for _, s := range spans {
		if devOverlap(start, end, s.Start, s.End) {
			return true
		}
	}
	return false
}

// devLogErrors lists the errors behind the scores with -v, except for the
// held-out batches (devHeldOut), whose misses nobody tuning the extractor may
// read, and for all batches together (each dev batch listed its own).
func devLogErrors(t *testing.T, errs []string) {
	if !testing.Verbose() {
		return
	}
	name := t.Name()
	if strings.HasSuffix(name, "-all") || slices.ContainsFunc(devHeldOut, func(b string) bool { return strings.HasSuffix(name, b) }) {
		t.Logf("  (%d misses not listed: held out, or listed by batch)", len(errs))
		return
	}
	for _, e := range errs {
		t.Log("  " + e)
	}
}

func devClip(s string) string {
	if len(s) <= 80 {
		return s
	}
	cut := 80
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// devUnitWords are spellings that name the same unit as the canonical form
// on the right: currency words and codes, percent, temperature, and the
// metric and energy units the sets use. The comparison of units is thus
// blind to case, plural and spelling, but not to a different unit, a lost
// rate ("$ per barrel" against "$") or a lost currency. "pound" is not
// sterling here: the sets write "£" for the money and "pound" for the
// weight ("$ per pound" of coffee), and the two must not compare equal.
var devUnitWords = map[string]string{
	"us$": "$", "usd": "$", "dollar": "$", "dollars": "$", "eur": "€", "euro": "€", "euros": "€",
	"gbp": "£", "yen": "¥", "rs": "₹", "rupee": "₹", "rupees": "₹",
	"naira": "₦", "ngn": "₦",
	"cents": "cent", "percent": "%", "per cent": "%", "pc": "%", "percentage": "%",
	"c": "°c", "degree": "°c", "degrees": "°c", "degrees celsius": "°c", "degree celsius": "°c",
	"degrees celcius": "°c", "celsius": "°c",
	"kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"centimetre": "cm", "centimetres": "cm", "millimetre": "mm", "millimetres": "mm",
	"miles": "mile", "yards": "yard", "gigawatt": "gw", "gigawatts": "gw", "watts": "w", "watt": "w",
	"terawatt hours": "twh", "terawatt hour": "twh", "megawatt hour": "mwh", "megawatt hours": "mwh",
	"tonnes": "tonne", "tons": "tonne", "ton": "tonne", "seconds": "second", "hours": "hour",
	"hr": "hour", "years": "year", "months": "month", "weeks": "week", "days": "day",
	"bbl": "barrel", "barrels": "barrel", "square kilometre": "km²", "km2": "km²",
}

// devCanonUnit puts a unit in the form the sets' units are compared in:
// lower case, "a"/"an"/"/" of a rate as "per", each side of "per" mapped
// through devUnitWords or else stripped of a plural "s".
func devCanonUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	u = strings.ReplaceAll(u, "/", " per ")
	for _, a := range []string{" an ", " a "} {
		u = strings.ReplaceAll(u, a, " per ")
	}
	parts := strings.Split(u, " per ")
	for i, p := range parts {
		p = strings.Join(strings.Fields(p), " ")
		if c, ok := devUnitWords[p]; ok {
			p = c
		} else if len(p) > 3 && strings.HasSuffix(p, "s") && !strings.HasSuffix(p, "ss") {
			if c, ok := devUnitWords[p[:len(p)-1]]; ok {
				p = c
			} else {
				p = p[:len(p)-1]
			}
		}
		parts[i] = p
	}
	return strings.Join(parts, " per ")
}
