package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestRulesNamedAndTraced checks the rule book: every rule has a dimension,
// a unique name within it and an example, and the example of every rule
// of temporal expressions makes an expression that names that rule.
func TestRulesNamedAndTraced(t *testing.T) {
	rules := Rules()
	seen := map[string]bool{}
	count := map[string]int{}
	for _, r := range rules {
		if r.Dimension == "" || r.Name == "" || r.Example == "" {
			t.Errorf("rule %+v lacks a dimension, name or example", r)
		}
		if seen[r.String()] {
			t.Errorf("rule %s named twice", r)
		}
		seen[r.String()] = true
		count[r.Dimension]++
		if !traced(r) {
			t.Errorf("rule %s: its example %q does not name it", r, r.Example)
		}
	}
	t.Logf("%d rules: %v", len(rules), count)
}

// traced reports whether extracting the rule's example names the rule.
func traced(r Rule) bool {
	switch r.Dimension {
	case "timex", "timex-mod", "time-of-day":
		for _, x := range Timexes(r.Example, txFriday) {
			if slices.Contains(x.Rules(), r) {
				return true
			}
		}
		return false
	case "exclusion":
		return len(Figures(r.Example)) == 0
	}
	for _, f := range Figures(r.Example) {
		if slices.Contains(f.Rules(), r) {
			return true
		}
	}
	return false
}

// TestEveryResultNamesItsRules runs the extractor over the sample
// briefings: every expression names the rule that made it, and every
// figure one rule of each step.
func TestEveryResultNamesItsRules(t *testing.T) {
	for _, text := range ruleTestTexts(t) {
		for _, x := range Timexes(text, txFriday) {
			rs := x.Rules()
			if len(rs) == 0 || rs[0].Dimension != "timex" {
				t.Errorf("%q (%s %s) names no rule: %v", x.Text, x.Type, x.Value, rs)
			}
		}
		for _, f := range Figures(text) {
			var dims []string
			for _, r := range f.Rules() {
				dims = append(dims, r.Dimension)
			}
			if !slices.Equal(dims, []string{"number", "qualifier", "unit", "category", "role", "key"}) {
				t.Errorf("figure %q names rules %v", f.Text, f.Rules())
			}
		}
	}
}

// ruleTestTexts are the sample briefings of the repository.
func ruleTestTexts(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "content", "briefings", "*.md"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample briefings: %v", err)
	}
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}
