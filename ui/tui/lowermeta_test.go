package tui

import (
	"strings"
	"testing"

	"sitrep/briefing"
)

// FuzzLowerMeta: the fuzzy fallback's lower-cased metadata of a story is
// strings.ToLower of its metadata, on any fields (the matches and their
// scores depend on every byte).
func FuzzLowerMeta(f *testing.F) {
	f.Add("Kharkiv: STRIKES", "Summary Ünïcode İstanbul", "Europe", "Ukraine\x00Σ", "tag\xffBAD")
	f.Add("", "", "", "", "")
	f.Add("ΑΣ ΟΔΟΣ", "ẞ straße", "ǅ", "K\u212a", "\xe2\x82")
	f.Fuzz(func(t *testing.T, title, summary, region, countries, tags string) {
		b := &briefing.Briefing{Title: title, Summary: summary, Region: region,
			Countries: strings.Split(countries, "\x00"), Tags: strings.Split(tags, "\x00")}
		if got, want := string(appendLowerMeta([]byte("x"), b)), "x"+strings.ToLower(filterMeta(b)); got != want {
			t.Errorf("appendLowerMeta = %q, want %q", got, want)
		}
	})
}
