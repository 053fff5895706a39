package briefing

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// TestSortNewestFirstIsNewestFirst: the sort by keys made once gives the
// order newestFirst gives, for briefings of few dates (some undated, some
// of one instant in other zones) and titles that share their first bytes,
// end early, hold NUL bytes or are equal.
func TestSortNewestFirstIsNewestFirst(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	east := time.FixedZone("east", 3*3600)
	titles := []string{"", "a", "ab", "ab\x00", "ab\x00c", "abcdefgh", "abcdefgh", "abcdefghi", "abcdefgh\x00", "abcdefgz",
		"Strikes on Gaza", "Strikes on Gaza kill 12", "Strikes on Gaza kill 9", "Ždár", "\xff\xfe"}
	for round := range 200 {
		bs := make([]*Briefing, 2+r.IntN(60))
		for i := range bs {
			var pub time.Time
			switch r.IntN(5) {
			case 0: // undated
			case 1:
				pub = day.Add(time.Duration(r.IntN(3)) * 24 * time.Hour).In(east)
			case 2:
				pub = day.Add(time.Duration(r.IntN(5)) * time.Nanosecond)
			default:
				pub = day.Add(time.Duration(r.IntN(3)) * 24 * time.Hour)
			}
			bs[i] = &Briefing{ID: string(rune('a'+i%26)) + string(rune('a'+i/26)), Title: titles[r.IntN(len(titles))], Published: pub}
		}
		want := slices.Clone(bs)
		slices.SortFunc(want, newestFirst)
		got := slices.Clone(bs)
		sortNewestFirst(got)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("round %d, place %d: %s %q %v, want %s %q %v", round, i, got[i].ID, got[i].Title, got[i].Published,
					want[i].ID, want[i].Title, want[i].Published)
			}
		}
	}
}
