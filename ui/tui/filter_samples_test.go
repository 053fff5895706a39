package tui

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"sitrep/briefing"
	"sitrep/content"
)

// Random queries cut from the real sample texts (punctuation, dashes,
// accents, quotes, Markdown) against the scan oracle, typed key by key.
func TestFilterRandomQueriesOnSamples(t *testing.T) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	f, texts := filterIndexOf(t, lib), scanTexts(t, lib)
	r := rand.New(rand.NewPCG(1, 2))
	bad := 0
	for n := 0; n < 4000 && bad < 15; n++ {
		tx := texts[r.IntN(len(texts))]
		src := tx.body
		if r.IntN(3) == 0 {
			src = tx.meta
		}
		if len(src) < 20 {
			continue
		}
		at := r.IntN(len(src) - 15)
		for at > 0 && !utf8.RuneStart(src[at]) {
			at--
		}
		end := at + 1 + r.IntN(14)
		for end < len(src) && !utf8.RuneStart(src[end]) {
			end++
		}
		q := src[at:end]
		if r.IntN(4) == 0 {
			q = strings.ToUpper(q)
		}
		for _, typed := range typedQueries(q) {
			if !utf8.ValidString(typed) {
				continue
			}
			want, got := scanStories(typed, texts), matchesOf(f, typed)
			if !slices.Equal(got, want) {
				bad++
				t.Errorf("query %q: filter %d %v; scan %d %v", typed, len(got), head(got), len(want), head(want))
				break
			}
		}
	}
}
