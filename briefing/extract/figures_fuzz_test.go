package extract

import (
	"testing"
	"unicode/utf8"
)

// FuzzFigures checks that no input makes the extractor panic, and that every
// figure's offsets lie in the text, on rune boundaries, with Text equal to
// the slice and the sentence around it.
func FuzzFigures(f *testing.F) {
	for _, s := range []string{
		benchArticle,
		"At least 115 people were killed; 600-strong, $4bn, 3.6m, two-thirds, ½, 1 1/2, 192.168.1.2.",
		"between 2 and 3 million people, - 10 k, 1e10, 1.1^--23, ninety - five hundred-fifths",
		"+1-222-2222/2222 5/17/2018 2024-10-11 8:30 a.m. Su-25 M23 Resolution 2699",
		"“Más de 300” — **1,200** ¥ 40\u202f000 people\n\n## 12 hostages\n1. 3 dozens",
		"one million and a half, two thirds of a million, a hundred trillionths, three lakh crore",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		figs := Figures(text)
		// Rune boundaries as Go decodes the text: an invalid byte is a rune
		// of its own, so boundaries exist in invalid UTF-8 too.
		boundary := make(map[int]bool, len(text)+1)
		if len(figs) > 0 {
			for i := range text {
				boundary[i] = true
			}
			boundary[len(text)] = true
		}
		for _, fig := range figs {
			if fig.Start < 0 || fig.End > len(text) || fig.Start >= fig.End {
				t.Fatalf("figure %q: offsets [%d:%d] out of range (len %d)", fig.Text, fig.Start, fig.End, len(text))
			}
			if text[fig.Start:fig.End] != fig.Text {
				t.Fatalf("figure text %q != slice %q", fig.Text, text[fig.Start:fig.End])
			}
			if !boundary[fig.Start] || !boundary[fig.End] || (utf8.ValidString(text) && !utf8.ValidString(fig.Text)) {
				t.Fatalf("figure %q: offsets [%d:%d] not on rune boundaries", fig.Text, fig.Start, fig.End)
			}
			if fig.Compact() == "" {
				t.Fatalf("figure %q: empty compact form", fig.Text)
			}
			if fig.SentenceStart > fig.Start || fig.SentenceEnd < fig.End || text[fig.SentenceStart:fig.SentenceEnd] != fig.Sentence {
				t.Fatalf("figure %q: sentence [%d:%d] does not hold it", fig.Text, fig.SentenceStart, fig.SentenceEnd)
			}
		}
		for _, n := range Numbers(text) {
			if n.Start < 0 || n.End > len(text) || n.Start >= n.End {
				t.Fatalf("number [%d:%d] out of range", n.Start, n.End)
			}
		}
		for _, q := range Quantities(text) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("quantity [%d:%d] out of range", q.Start, q.End)
			}
		}
		for _, r := range NumberRanges(text) {
			if r.Start < 0 || r.End > len(text) || r.Start >= r.End {
				t.Fatalf("range [%d:%d] out of range", r.Start, r.End)
			}
		}
	})
}
