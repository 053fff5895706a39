package extract

import (
	"math"
	"testing"
)

// TestValueSet checks the set of seen values against a map, through its
// growth, with the values a map treats alike (0 and -0, NaNs).
func TestValueSet(t *testing.T) {
	var s valueSet
	want := map[float64]bool{}
	vals := []float64{0, math.Copysign(0, -1), math.NaN(), math.NaN(), 1, 115, 2900, 0.5, 1e6, -3}
	for i := range 5000 {
		vals = append(vals, float64(i*7)+0.25*float64(i%4))
	}
	for i, v := range vals {
		if i%3 != 2 {
			s.add(v)
			want[v] = true
		}
	}
	for _, v := range append(vals, 7.5, 1e9, -1) {
		got, ok := s.has(v), want[v]
		if got != ok {
			t.Errorf("has(%v) = %v, want %v", v, got, ok)
		}
	}
}

// TestKeyHeads checks the head nouns of key figures against a map of
// slices, through its growth: kinds that differ only in category or injury
// stay apart, "people" and an empty head repeat any head, NaN never does.
func TestKeyHeads(t *testing.T) {
	var s keyHeads
	want := map[keyKind][]string{}
	repeats := func(k keyKind, head string) bool {
		for _, h := range want[k] {
			if h == head || h == "" || head == "" || h == "people" || head == "people" {
				return true
			}
		}
		return false
	}
	heads := []string{"people", "", "troops", "officers", "families", "dollars"}
	cats := []Category{Casualties, Displacement, Deployment, Money}
	for i := range 4000 {
		k := keyKind{value: float64(i % 700), category: cats[i%len(cats)], injury: i%5 == 0}
		if i%97 == 0 {
			k.value = math.NaN()
		}
		head := heads[(i/3)%len(heads)]
		if got, w := s.repeats(k, head), repeats(k, head); got != w {
			t.Fatalf("step %d: repeats(%v, %q) = %v, want %v", i, k, head, got, w)
		}
		if i%2 == 0 {
			s.add(k, head)
			want[k] = append(want[k], head)
		}
	}
}
