package extract

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// briefingBody returns the body of a briefing file: what follows its YAML
// front matter, as the library passes it to Figures.
func briefingBody(data string) string {
	data = strings.TrimPrefix(data, "\ufeff")
	if !strings.HasPrefix(data, "---\n") && !strings.HasPrefix(data, "---\r\n") {
		return data
	}
	rest := data[strings.IndexByte(data, '\n')+1:]
	for off := 0; off < len(rest); {
		nl := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if nl >= 0 {
			line = rest[off : off+nl]
		}
		if strings.TrimRight(line, "\r") == "---" {
			if nl < 0 {
				return ""
			}
			return rest[off+nl+1:]
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return data
}

// TestKeyFiguresGold measures precision and recall of the key figures on
// the hand-annotated sample briefings (testdata/*.gold.json, whose "file"
// names a briefing in content/briefings). A key figure matches a gold
// figure when value and category agree; each gold figure matches at most
// once. Counts are summed over all briefings (micro-average) and the test
// fails below an F1 of 0.95.
func TestKeyFiguresGold(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join("testdata", "*.gold.json"))
	if len(golds) == 0 {
		t.Skip("no gold annotations in testdata: skipping")
	}
	tp, fp, fn := 0, 0, 0
	for _, path := range golds {
		g := loadGold(t, path)
		data, err := os.ReadFile(filepath.Join("..", "..", "content", "briefings", g.File))
		if err != nil {
			t.Errorf("%s names %s: %v", path, g.File, err)
			continue
		}
		var key []Figure
		for _, f := range Figures(briefingBody(string(data))) {
			if f.Key {
				key = append(key, f)
			}
		}
		used := make([]bool, len(g.Figures))
		ftp := 0
		for _, f := range key {
			found := false
			for i, gf := range g.Figures {
				if !used[i] && gf.Category == f.Category && sameValue(gf.Value, f.Value) {
					used[i], found = true, true
					break
				}
			}
			if found {
				ftp++
			} else {
				fp++
				t.Logf("%s: extra key figure %q (%g, %s)", g.File, f.Text, f.Value, f.Category)
			}
		}
		for i, gf := range g.Figures {
			if !used[i] {
				fn++
				t.Logf("%s: missed %q (%g, %s)", g.File, gf.Text, gf.Value, gf.Category)
			}
		}
		tp += ftp
	}
	p := float64(tp) / math.Max(1, float64(tp+fp))
	r := float64(tp) / math.Max(1, float64(tp+fn))
	f1 := 0.0
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	t.Logf("key figures over %d briefings: precision %.3f, recall %.3f, F1 %.3f (tp %d, fp %d, fn %d)", len(golds), p, r, f1, tp, fp, fn)
	if f1 < 0.95 {
		t.Errorf("key-figure F1 %.3f is below 0.95", f1)
	}
}
