package extract

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The articles sets (articles-b7.jsonl, ...) are whole real articles with
// every key figure an analyst would want in the side panel and the one the
// briefing leads with, annotated by hand with the page in view. They score
// what the reader shows for a whole briefing — the panel's key figures and
// the list's badge — as the maintainers measure it, where the sentence sets
// score each sentence (alone, or read with its page's other sentences).

// devArticleBatches are the batches that have an articles set.
var devArticleBatches = []string{"-b6", "-b7", "-b8", "-b9", "-b10", "-b11", "-b12", "-b13", "-b14", "-b16", "-b17", "-b18", "-b19", "-b20", "-b21"}

// devKeyArticle is one line of an articles set.
type devKeyArticle struct {
	ID        string          `json:"id"`
	Source    string          `json:"source"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	Notes     string          `json:"notes"`
	Text      string          `json:"text"`
	Figures   []devArticleFig `json:"figures"`
}

// devArticleFig is a key figure of an article, at its byte offsets.
type devArticleFig struct {
	devFigure
	Start int  `json:"start"`
	End   int  `json:"end"`
	Lead  bool `json:"lead"`
}

// TestDevArticles scores the key figures and the lead of whole articles:
// the figures come from Figures on the article's text and the lead from
// Lead with its headline, as the reader's analysis does (briefing.Lead). A
// prediction matches a gold figure of the same value at the same place, or
// failing that one with the same words elsewhere (devMatchElsewhere).
func TestDevArticles(t *testing.T) {
	for _, b := range devArticleBatches {
		path := filepath.Join("testdata", "dev", "articles"+b+".jsonl")
		arts := devLoadKeyArticles(t, path)
		t.Run("articles"+b, func(t *testing.T) { devScoreKeyArticles(t, arts) })
	}
}

// devLoadKeyArticles reads an articles set and checks that every figure
// is where it says it is, that its category follows from its role, and
// that each article with key figures has exactly one lead.
func devLoadKeyArticles(t *testing.T, path string) []devKeyArticle {
	t.Helper()
	arts := devLines[devKeyArticle](t, path)
	for i := range arts {
		a := &arts[i]
		where := fmt.Sprintf("%s: article %q", path, a.ID)
		if a.ID == "" || a.Source == "" || a.Text == "" || a.Title == "" {
			t.Fatalf("%s: id, source, title and text are required", where)
		}
		if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
			t.Fatalf("%s: published: %v", where, err)
		}
		leads := 0
		for j := range a.Figures {
			f := &a.Figures[j]
			switch {
			case f.Start < 0 || f.End > len(a.Text) || f.Start >= f.End || a.Text[f.Start:f.End] != f.Text:
				t.Fatalf("%s: figure %q is not at [%d,%d)", where, f.Text, f.Start, f.End)
			case f.Value == nil || !devQualifiers[f.Qualifier]:
				t.Fatalf("%s: figure %q needs a value and a qualifier", where, f.Text)
			case f.Category != devRoleCategory[f.Role]:
				t.Fatalf("%s: figure %q: category %q does not follow from role %q", where, f.Text, f.Category, f.Role)
			case f.Key != nil && !*f.Key:
				t.Fatalf("%s: figure %q: an articles set lists key figures only", where, f.Text)
			}
			f.start, f.end = f.Start, f.End
			if f.Lead {
				leads++
			}
		}
		if len(a.Figures) > 0 && leads != 1 {
			t.Fatalf("%s: %d figures marked lead, want exactly one", where, leads)
		}
	}
	return arts
}

// devScoreKeyArticles reports key figures value and value+qualifier+
// category over whole articles, and how often the lead is the gold one.
func devScoreKeyArticles(t *testing.T, arts []devKeyArticle) {
	var value, vqc devPRF
	leadValue, leadVQC, leadGold := 0, 0, 0
	var errs []string
	for _, a := range arts {
		var key []Figure
		for _, f := range Lead(Figures(a.Text), a.Text, a.Title) {
			if f.Key {
				key = append(key, f)
			}
		}
		gold := make([]devFigure, len(a.Figures))
		for i, g := range a.Figures {
			gold[i] = g.devFigure
		}
		match, used := devMatch(gold, key)
		devMatchElsewhere(gold, key, match, used)
		value.pred += len(key)
		value.gold += len(gold)
		for i, g := range a.Figures {
			j := match[i]
			if g.Lead {
				leadGold++
			}
			if j < 0 {
				errs = append(errs, fmt.Sprintf("%s: missed key %q (%s)%s", a.ID, g.Text, g.Role, devLeadMark(g.Lead)))
				continue
			}
			p := key[j]
			value.tp++
			same := string(p.Qualifier) == g.Qualifier && p.Category == g.Category
			if same {
				vqc.tp++
			} else {
				errs = append(errs, fmt.Sprintf("%s: %q is %s %s, gold %s %s", a.ID, g.Text, p.Qualifier, p.Category, g.Qualifier, g.Category))
			}
			if g.Lead && p.Lead {
				leadValue++
				if same {
					leadVQC++
				}
			}
		}
		for j, p := range key {
			if !used[j] {
				errs = append(errs, fmt.Sprintf("%s: spurious key %q (%s)%s", a.ID, p.Text, p.Role, devLeadMark(p.Lead)))
			}
			if p.Lead && !devGoldLeadAt(a.Figures, match, j) {
				errs = append(errs, fmt.Sprintf("%s: lead %q (%s) is not the gold lead", a.ID, p.Text, p.Role))
			}
		}
	}
	vqc.pred, vqc.gold = value.pred, value.gold
	t.Logf("articles: %d articles, %d gold key figures, %d predicted key", len(arts), value.gold, value.pred)
	t.Logf("  key figures  value                      %v", value)
	t.Logf("  key figures  value+qualifier+category   %v", vqc)
	t.Logf("  lead: %d of %d articles (%d with qualifier and category right)", leadValue, leadGold, leadVQC)
	devLogErrors(t, errs)
}

// devMatchElsewhere pairs each gold figure devMatch left alone with an
// unused prediction of the same value and the same words at another place
// in the article: a count said twice ("At least 95 people" in the summary
// and in the lede) is one line of the panel, whichever of its places the
// extractor keeps, as a gold annotation without offsets would score it.
func devMatchElsewhere(gold []devFigure, pred []Figure, match []int, used []bool) {
	for i, g := range gold {
		if match[i] >= 0 {
			continue
		}
		for j, p := range pred {
			if !used[j] && devSameValue(*g.Value, p.Value) && strings.EqualFold(g.Text, p.Text) {
				used[j], match[i] = true, j
				break
			}
		}
	}
}

// devGoldLeadAt reports whether prediction j is matched to the gold lead.
func devGoldLeadAt(gold []devArticleFig, match []int, j int) bool {
	for i, g := range gold {
		if match[i] == j {
			return g.Lead
		}
	}
	return false
}

func devLeadMark(lead bool) string {
	if lead {
		return " [lead]"
	}
	return ""
}
