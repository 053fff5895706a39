package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The shortcuts in furniture.go must give what the library calls they
// replace, on texts that mix their words with dashes, colons, case and
// runes that fold to ASCII letters ("K" the Kelvin sign, "ſ").
func TestFurnitureShortcutsMatchLibrary(t *testing.T) {
	pieces := []string{"Image", "Photo", "Credit", "credit", "CREDIT", "image credit", ":", "—", "–", "-", "\t", " ",
		"Published", "Updated", "updated", "Pictured:", "Source:", "K", "ſ", "©", "\xe2\x80", "Kyiv,", "Reuters", "x", "(", "(AFP)", ".", "!", "?", "”", "\"", "\x94"}
	for _, p := range furniturePrefixes {
		pieces = append(pieces, p, strings.ToUpper(p), strings.ToLower(p), "K"+p[1:], "ſ"+p[1:])
	}
	rng := rand.New(rand.NewPCG(11, 7))
	for _, s := range randomTexts(rng, pieces, 3000, 4) {
		if got, want := dashOrColon(s), strings.IndexAny(s, ":—–-"); got != want {
			t.Errorf("dashOrColon(%q) = %d, IndexAny gives %d", s, got, want)
		}
		if got, want := datelineMark(s), strings.IndexAny(s, "(:—–-"); got != want && got != -1 {
			t.Errorf("datelineMark(%q) = %d, IndexAny gives %d", s, got, want)
		}
		if got, want := lastStop(s), strings.LastIndexAny(s, ".!?”\""); got != want {
			t.Errorf("lastStop(%q) = %d, LastIndexAny gives %d", s, got, want)
		}
		if got, want := trimBlanks(s), strings.TrimLeft(s, " \t"); got != want {
			t.Errorf("trimBlanks(%q) = %q, want %q", s, got, want)
		}
		want := strings.Contains(s, "Image Credit") || strings.Contains(s, "Photo Credit") ||
			strings.Contains(s, "Photo credit") || strings.Contains(s, "Image credit")
		if got := creditLabel(s, "Image ") || creditLabel(s, "Photo "); got != want {
			t.Errorf("creditLabel(%q) = %v, Contains gives %v", s, got, want)
		}
		for _, p := range furniturePrefixes {
			if s != "" && len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) && !furnitureFirsts[s[0]] {
				t.Errorf("%q starts with furniture prefix %q, but its first byte is not marked", s, p)
			}
		}
	}
}

// indexShort must find the first sub wherever it stands, across the seams
// of its 64-byte pieces too.
func TestIndexShortMatchesIndex(t *testing.T) {
	for n := range 200 {
		for at := 0; at+4 <= n; at++ {
			b := []byte(strings.Repeat("the ", n/4+1)[:n])
			copy(b[at:], "hoto")
			if at+12 <= n {
				copy(b[at+8:], "hoto") // a second one after it
			}
			s := string(b)
			if got, want := indexShort(s, "hoto"), strings.Index(s, "hoto"); got != want {
				t.Errorf("indexShort(%q, \"hoto\") = %d, want %d", s, got, want)
			}
		}
		if s := strings.Repeat("tho ", n/4+1)[:n]; indexShort(s, "hoto") != -1 {
			t.Errorf("indexShort(%q, \"hoto\") = %d, want -1", s, indexShort(s, "hoto"))
		}
	}
}
